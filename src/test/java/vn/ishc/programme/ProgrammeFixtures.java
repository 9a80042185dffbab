package vn.ishc.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;

/** Courses, clubs with members and users for the programme's tests. */
final class ProgrammeFixtures {

    /** Xã Quốc Việt, Lạng Sơn, on today's map; old Xã Đào Viên (06043) lies in it. */
    static final String QUOC_VIET = "20.06058";
    static final LocalDate FOUNDED = LocalDate.of(2024, 1, 15);

    private ProgrammeFixtures() {
    }

    /** A club founded in 2024 in old Xã Đào Viên (now Quốc Việt, Lạng Sơn) with members of these names. */
    static ClubWithMembers aLangSonClub(Clubs clubs, Villages villages, AdminUnits units, Members members,
                                        String... names) {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06043", FOUNDED);
        List<MemberRow> rows = java.util.Arrays.stream(names).map(n -> members.enrol(null, new PersonDetails(n,
                n.contains(" Thị ") ? "F" : "M", "1952", "Tày", "Nghèo", null, null, null, false, false, null, null,
                null), club.id(), FOUNDED, "test", AreaScope.nation())).toList();
        return new ClubWithMembers(club, rows);
    }

    record ClubWithMembers(Club club, List<MemberRow> members) {
        UUID person(int i) {
            return members.get(i).person().id();
        }

        NewParticipant participant(int i) {
            return NewParticipant.member(club.id(), person(i));
        }
    }

    static NewCourse course(String areaPath, String title, LocalDate from, LocalDate to) {
        return new NewCourse(null, title, Course.Kind.CLUB_BOARD, areaPath, from, to, "Hội trường UBND", null, null);
    }

    static CurrentUser admin() {
        return new CurrentUser(UUID.randomUUID(), "quantri", "Quản trị", Role.NATIONAL_ADMIN, AreaScope.nation());
    }

    static CurrentUser provinceOfficer(String province) {
        return new CurrentUser(UUID.randomUUID(), "tinh-" + province, "Cán bộ tỉnh", Role.PROVINCE_OFFICER,
                AreaScope.province(province));
    }

    static CurrentUser communeOfficer(String communePath) {
        return new CurrentUser(UUID.randomUUID(), "xa-" + communePath, "Cán bộ xã", Role.COMMUNE_OFFICER,
                AreaScope.ofPath(communePath));
    }

    static CurrentUser partner(String province) {
        return new CurrentUser(UUID.randomUUID(), "doitac", "Đối tác", Role.PARTNER_VIEWER,
                province == null ? AreaScope.nation() : AreaScope.province(province));
    }
}
