package vn.ishc.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/** Clubs with members, and meetings of them, for tests. */
public final class MeetingFixtures {

    public static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    public static final String[] GIVEN = {"Thị Hoa", "Văn Tám", "Thị Lan", "Văn Hùng", "Thị Mai", "Văn Nam"};

    private MeetingFixtures() {
    }

    /** A club founded on the date in a commune, with {@code size} members who joined on that date. */
    public static ClubWithMembers aClubWithMembers(Clubs clubs, Villages villages, AdminUnits units, Members members,
                                                   String communeCode, LocalDate foundedOn, int size) {
        return aClubWithMembers(clubs, villages, units, members, communeCode, foundedOn, size, MeetingDay.ofMonthDay(21));
    }

    /** A club meeting on the day, founded on the date in a commune, with {@code size} members who joined then. */
    public static ClubWithMembers aClubWithMembers(Clubs clubs, Villages villages, AdminUnits units, Members members,
                                                   String communeCode, LocalDate foundedOn, int size, MeetingDay meetingDay) {
        Club club = ClubFixtures.aClub(clubs, villages, units, communeCode, foundedOn, meetingDay);
        List<MemberRow> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + GIVEN[i % GIVEN.length] + " " + (i + 1);
            rows.add(members.enrol(null, new PersonDetails(name, i % 3 == 0 ? "Nam" : "Nữ", String.valueOf(1940 + i % 30),
                    "Kinh", "Khác", null, null, null, false, false, null, null, null), club.id(), foundedOn, "test",
                    AreaScope.nation()));
        }
        return new ClubWithMembers(club, rows.stream().map(r -> r.person().id()).toList(),
                rows.stream().map(r -> r.person().fullName()).toList());
    }

    /** A club and its members' ids and names, in the order they were enrolled. */
    public record ClubWithMembers(Club club, List<UUID> people, List<String> names) {
    }

    /** A meeting where everyone is present and nobody is measured. */
    public static MeetingEntry everyonePresent(UUID id, LocalDate date, List<UUID> people) {
        return new MeetingEntry(id, null, date, "Nhà văn hoá thôn", "Phòng chống tăng huyết áp", null, 0, null,
                people.stream().map(p -> new MeetingEntry.Row(p, AttendanceStatus.PRESENT, null)).toList());
    }

    /** The same entry with one member's row changed. */
    public static MeetingEntry withRow(MeetingEntry e, int index, MeetingEntry.Row row) {
        List<MeetingEntry.Row> rows = new ArrayList<>(e.rows());
        rows.set(index, row);
        return new MeetingEntry(e.id(), e.version(), e.heldOn(), e.place(), e.learningTopic(), e.otherTopics(), e.guests(),
                e.guestNames(), rows);
    }
}
