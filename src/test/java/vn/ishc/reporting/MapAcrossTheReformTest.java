package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/**
 * Report tables and exports of periods that run across 1 July 2025, or that lie before it, on either map.
 */
@SpringBootTest
class MapAcrossTheReformTest {

    static final AreaScope NATION = AreaScope.nation();
    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    IndicatorTables tables;
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

    MemberRow enrol(Club club, String name, LocalDate on) {
        return members.enrol(null, new PersonDetails(name, "F", "1957", "Tày", "POOR", null, null, null, false, false,
                null, null, null), club.id(), on, "t", NATION);
    }

    void meeting(Club club, MemberRow who, LocalDate on) {
        meetings.record(club.id(), new MeetingEntry(null, null, on, "Nhà văn hoá", "Sức khoẻ", null, 0, null,
                List.of(new MeetingEntry.Row(who.person().id(), AttendanceStatus.PRESENT, null))), "t", NATION);
    }

    /** MEETINGS_HELD of each row of the table, by the row's path. */
    Map<String, Long> meetingsByRow(String path, Period period, Boundaries boundaries) {
        Map<String, Long> out = new HashMap<>();
        for (IndicatorTables.Row r : tables.table(path, period, boundaries, NATION, VI).below()) {
            out.put(r.path(), r.figures().figures().stream().filter(f -> f.isTotal() && f.code().equals("MEETINGS_HELD"))
                    .mapToLong(Figure::value).sum());
        }
        return out;
    }

    @Test
    void aProvincesCommuneTableAcrossTheReformOnTheMapAsItWasHasEachCommuneForTheMonthsItExisted() {
        // 06322 went into 06313 on 1 July 2025.
        Club club = ClubFixtures.aClub(clubs, villages, units, "06322", LocalDate.of(2024, 2, 10));
        MemberRow hoa = enrol(club, "Chu Thị Hoà", club.foundedOn());
        worker.drain();
        String oldPath = jdbc.sql("select old_path from rpt_club_place where club_id = :c").param("c", club.id())
                .query(String.class).single();
        String nowPath = jdbc.sql("select now_path from rpt_club_place where club_id = :c").param("c", club.id())
                .query(String.class).single();
        assertThat(nowPath).isEqualTo("20.06313");
        Period year = Period.year(2025);
        Map<String, Long> before = meetingsByRow("20", year, Boundaries.AS_WAS);

        meeting(club, hoa, LocalDate.of(2025, 3, 5));
        meeting(club, hoa, LocalDate.of(2025, 4, 5));
        meeting(club, hoa, LocalDate.of(2025, 9, 5));
        worker.drain();
        Map<String, Long> after = meetingsByRow("20", year, Boundaries.AS_WAS);

        assertThat(after).as("the old commune is a row of the year").containsKey(oldPath);
        assertThat(after.get(oldPath) - before.getOrDefault(oldPath, 0L)).as("January to June under the old commune")
                .isEqualTo(2L);
        assertThat(after.get(nowPath) - before.getOrDefault(nowPath, 0L)).as("July to December under the new one")
                .isEqualTo(1L);
        // Each row is the figures its own table gives.
        IndicatorTables.Table old = tables.table(oldPath, year, Boundaries.AS_WAS, NATION, VI);
        assertThat(old.figures().figures().stream().filter(f -> f.isTotal() && f.code().equals("MEETINGS_HELD"))
                .mapToLong(Figure::value).sum()).isEqualTo(after.get(oldPath));
        IndicatorTables.Table now = tables.table(nowPath, year, Boundaries.AS_WAS, NATION, VI);
        assertThat(now.figures().figures().stream().filter(f -> f.isTotal() && f.code().equals("MEETINGS_HELD"))
                .mapToLong(Figure::value).sum()).isEqualTo(after.get(nowPath));
        // Restated on today's map the year is all under today's commune; each half on its own map.
        assertThat(meetingsByRow("20", year, Boundaries.RESTATED)).doesNotContainKey(oldPath);
        assertThat(meetingsByRow("20", Period.quarter(2025, 3), Boundaries.AS_WAS)).doesNotContainKey(oldPath);
    }
}
