package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.meetings.AttendanceStatus;
import vn.ishc.meetings.MeetingEntry;
import vn.ishc.meetings.Meetings;
import vn.ishc.meetings.ReadingValues;
import vn.ishc.members.LeavingReason;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.members.RetentionJob;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The retention job anonymises people and clears records past their periods, yet the figures of the periods
 * they were counted in stay as they were, whether kept or counted again from the records.
 */
@SpringBootTest
class RetentionKeepsFiguresTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    RetentionJob job;
    @Autowired
    Indicators indicators;
    @Autowired
    FigureWorker worker;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theFiguresOfTheYearsOfPeopleAnonymisedAndTheirReadingsAreUnchanged() {
        LocalDate today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(12);
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", founded);
        MemberRow hoa = enrol(club, "Lương Thị Hoa", "F", "1950", "Nùng", founded);
        MemberRow nam = enrol(club, "Hoàng Văn Nam", "M", "1955", "Tày", founded);
        meetings.record(club.id(), new MeetingEntry(null, null, founded.plusMonths(1), "Nhà văn hoá", "Huyết áp", null,
                0, null, List.of(
                new MeetingEntry.Row(hoa.person().id(), AttendanceStatus.PRESENT, new ReadingValues(165, 100, 80, null, null)),
                new MeetingEntry.Row(nam.person().id(), AttendanceStatus.PRESENT,
                        new ReadingValues(120, 80, 70, new BigDecimal("55.0"), null)))), "t", NATION);
        members.leave(hoa.membershipId(), today.minusYears(11), LeavingReason.MOVED, "t", NATION);
        members.leave(nam.membershipId(), today.minusYears(11), LeavingReason.MOVED, "t", NATION);
        worker.drain();
        Period year = Period.year(founded.plusMonths(1).getYear());
        Map<String, Long> before = values(indicators.ofClub(club.id(), year, NATION));
        assertThat(before).isNotEmpty();

        job.run();
        worker.drain();

        assertThat(jdbc.sql("select count(*) from person where id in (:p) and anonymised_on is not null")
                .param("p", List.of(hoa.person().id(), nam.person().id())).query(Long.class).single()).isEqualTo(2);
        assertThat(values(indicators.ofClub(club.id(), year, NATION))).isEqualTo(before);
        worker.rebuild();
        assertThat(values(indicators.ofClub(club.id(), year, NATION))).isEqualTo(before);
    }

    MemberRow enrol(Club club, String name, String sex, String birth, String ethnicity, LocalDate on) {
        return members.enrol(null, new PersonDetails(name, sex, birth, ethnicity, "POOR", null, null, null, false, false,
                null, null, null), club.id(), on, "t", NATION);
    }

    static Map<String, Long> values(AreaFigures f) {
        Map<String, Long> out = new HashMap<>();
        f.figures().forEach(x -> out.put(x.code() + (x.isTotal() ? "" : "[" + x.dimsKey() + "]"), x.value()));
        return out;
    }
}
