package vn.ishc.clubs;

import java.time.LocalDate;
import java.util.UUID;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;

/** Clubs for tests: a fresh village under a commune and a club in it. */
public final class ClubFixtures {

    private ClubFixtures() {
    }

    /** A club founded on the date in a new village of the commune in force on that date. */
    public static Club aClub(Clubs clubs, Villages villages, AdminUnits units, String communeCode, LocalDate foundedOn) {
        return aClub(clubs, villages, units, communeCode, foundedOn, MeetingDay.ofMonthDay(21));
    }

    /** A club founded on the date in a new village of the commune in force on that date, meeting on the day. */
    public static Club aClub(Clubs clubs, Villages villages, AdminUnits units, String communeCode, LocalDate foundedOn,
                             MeetingDay meetingDay) {
        long commune = GeographyFixtures.commune(units, communeCode, foundedOn).id();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID village = villages.create(null, commune, "Thôn " + suffix, "test", AreaScope.nation()).id();
        return clubs.register(new NewClub(null, village, "CLB-" + suffix, "CLB Liên thế hệ thôn " + suffix,
                "12/QĐ-UBND", foundedOn, null, foundedOn, meetingDay.code()), "test", AreaScope.nation());
    }
}
