package vn.ishc.longtermcare;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import vn.ishc.clubs.Club;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;

/** Users and answers for long-term care tests. */
final class LtcFixtures {

    private LtcFixtures() {
    }

    static CurrentUser officerOf(Club club, String username) {
        return new CurrentUser(UUID.randomUUID(), username, username, Role.COMMUNE_OFFICER,
                AreaScope.ofPath(club.areaPaths().get(0)));
    }

    static CurrentUser boardOf(Club club, String username) {
        return new CurrentUser(UUID.randomUUID(), username, username, Role.CLUB_BOARD,
                AreaScope.club(club.areaPaths().get(0), club.id()));
    }

    /** Answers with every Barthel item at its highest but {@code lowered} points taken off feeding/bathing etc. */
    static AssessmentAnswers answers(int barthelTotal, int lawtonYes, boolean aloneWithoutCarer) {
        Map<BarthelItem, Integer> barthel = new EnumMap<>(BarthelItem.class);
        int missing = 100 - barthelTotal;
        for (BarthelItem item : BarthelItem.values()) {
            int score = item.highest();
            while (missing > 0 && score > 0) {
                score -= 5;
                missing -= 5;
            }
            barthel.put(item, score);
        }
        Map<LawtonItem, Boolean> lawton = new EnumMap<>(LawtonItem.class);
        for (LawtonItem item : LawtonItem.values()) {
            lawton.put(item, item.ordinal() < lawtonYes);
        }
        Map<ScreenItem, Boolean> screens = new EnumMap<>(ScreenItem.class);
        for (ScreenItem item : ScreenItem.values()) {
            screens.put(item, false);
        }
        return new AssessmentAnswers(barthel, lawton, screens,
                aloneWithoutCarer ? LivingSituation.ALONE : LivingSituation.WITH_FAMILY, !aloneWithoutCarer);
    }
}
