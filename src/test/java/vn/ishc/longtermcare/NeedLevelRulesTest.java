package vn.ishc.longtermcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ishc.longtermcare.NeedLevelRules.Reason;

class NeedLevelRulesTest {

    /** Everything at its best: Barthel 100, Lawton 8, both screens negative, with family. */
    static Answers independent() {
        return new Answers();
    }

    static final class Answers {
        final Map<BarthelItem, Integer> barthel = new EnumMap<>(BarthelItem.class);
        final Map<LawtonItem, Boolean> lawton = new EnumMap<>(LawtonItem.class);
        final Map<ScreenItem, Boolean> screens = new EnumMap<>(ScreenItem.class);
        LivingSituation living = LivingSituation.WITH_FAMILY;
        boolean carer = true;

        Answers() {
            for (BarthelItem item : BarthelItem.values()) {
                barthel.put(item, item.highest());
            }
            for (LawtonItem item : LawtonItem.values()) {
                lawton.put(item, true);
            }
            for (ScreenItem item : ScreenItem.values()) {
                screens.put(item, false);
            }
        }

        Answers barthel(BarthelItem item, int score) {
            barthel.put(item, score);
            return this;
        }

        Answers cannot(LawtonItem... items) {
            for (LawtonItem item : items) {
                lawton.put(item, false);
            }
            return this;
        }

        Answers yes(ScreenItem... items) {
            for (ScreenItem item : items) {
                screens.put(item, true);
            }
            return this;
        }

        Answers aloneWithoutCarer() {
            living = LivingSituation.ALONE;
            carer = false;
            return this;
        }

        AssessmentAnswers build() {
            return new AssessmentAnswers(barthel, lawton, screens, living, carer);
        }
    }

    @Test
    void anIndependentPersonNeedsNoCare() {
        AssessmentAnswers answers = independent().build();

        assertThat(answers.barthelScore()).isEqualTo(100);
        assertThat(answers.lawtonScore()).isEqualTo(8);
        assertThat(NeedLevelRules.of(answers).level()).isEqualTo(NeedLevel.NONE);
        assertThat(NeedLevelRules.of(answers).reasons()).isEmpty();
    }

    @Test
    void aBarthelOfSixtyIsHighAndSixtyFiveModerate() {
        // 100 - 15 (transfers) - 15 (mobility) - 10 (stairs) = 60
        Answers sixty = independent().barthel(BarthelItem.TRANSFERS, 0).barthel(BarthelItem.MOBILITY, 0)
                .barthel(BarthelItem.STAIRS, 0);
        assertThat(sixty.build().barthelScore()).isEqualTo(60);
        assertThat(NeedLevelRules.of(sixty.build()).level()).isEqualTo(NeedLevel.HIGH);
        assertThat(NeedLevelRules.of(sixty.build()).reasons()).containsExactly(Reason.BARTHEL_SEVERE);

        // 100 - 10 (transfers) - 15 (mobility) - 10 (stairs) = 65; 100 - 10 - 10 - 10 - 5 (bathing) = 65
        Answers sixtyFive = independent().barthel(BarthelItem.TRANSFERS, 5).barthel(BarthelItem.MOBILITY, 0)
                .barthel(BarthelItem.STAIRS, 0);
        assertThat(sixtyFive.build().barthelScore()).isEqualTo(65);
        assertThat(NeedLevelRules.of(sixtyFive.build()).level()).isEqualTo(NeedLevel.MODERATE);
    }

    @Test
    void theSameDependencyAloneWithoutACarerIsHigh() {
        Answers ninety = independent().barthel(BarthelItem.STAIRS, 0);
        assertThat(ninety.build().barthelScore()).isEqualTo(90);
        assertThat(NeedLevelRules.of(ninety.build()).level()).isEqualTo(NeedLevel.MODERATE);

        AssessmentAnswers alone = ninety.aloneWithoutCarer().build();
        assertThat(NeedLevelRules.of(alone).level()).isEqualTo(NeedLevel.HIGH);
        assertThat(NeedLevelRules.of(alone).reasons()).contains(Reason.BARTHEL_DEPENDENT_ALONE);
    }

    @Test
    void slightDependencyAndSomeHouseholdHelpAreLow() {
        AssessmentAnswers ninetyFive = independent().barthel(BarthelItem.BATHING, 0).build();
        assertThat(ninetyFive.barthelScore()).isEqualTo(95);
        assertThat(NeedLevelRules.of(ninetyFive).level()).isEqualTo(NeedLevel.LOW);

        AssessmentAnswers lawtonFive = independent()
                .cannot(LawtonItem.SHOPPING, LawtonItem.TRANSPORTATION, LawtonItem.FINANCES).build();
        assertThat(lawtonFive.lawtonScore()).isEqualTo(5);
        assertThat(NeedLevelRules.of(lawtonFive).level()).isEqualTo(NeedLevel.LOW);

        AssessmentAnswers lawtonFour = independent()
                .cannot(LawtonItem.SHOPPING, LawtonItem.TRANSPORTATION, LawtonItem.FINANCES, LawtonItem.LAUNDRY)
                .build();
        assertThat(NeedLevelRules.of(lawtonFour).level()).isEqualTo(NeedLevel.MODERATE);
    }

    @Test
    void screensCountFromTheirThresholds() {
        assertThat(NeedLevelRules.of(independent().yes(ScreenItem.MEMORY_WORSE).build()).level())
                .as("one cognition question of three is not a positive screen").isEqualTo(NeedLevel.NONE);
        assertThat(NeedLevelRules.of(independent().yes(ScreenItem.MEMORY_WORSE, ScreenItem.DISORIENTED).build())
                .level()).isEqualTo(NeedLevel.LOW);
        assertThat(NeedLevelRules.of(independent().yes(ScreenItem.FEELING_DOWN).build()).level())
                .isEqualTo(NeedLevel.LOW);
        assertThat(NeedLevelRules.of(independent().yes(ScreenItem.MEMORY_WORSE, ScreenItem.UNSAFE_FORGETTING)
                .aloneWithoutCarer().build()).level()).isEqualTo(NeedLevel.MODERATE);
    }

    @Test
    void aScoreTheItemDoesNotAllowIsRefusedNamingItAndTheValue() {
        assertThatThrownBy(() -> independent().barthel(BarthelItem.BATHING, 10).build())
                .isInstanceOfSatisfying(AssessmentAnswers.UnansweredOrInvalid.class, e -> {
                    assertThat(e.field()).isEqualTo("barthel.BATHING");
                    assertThat(e.value()).isEqualTo("10");
                });
        assertThatThrownBy(() -> independent().barthel(BarthelItem.MOBILITY, 7).build())
                .isInstanceOf(AssessmentAnswers.UnansweredOrInvalid.class);
    }

    @Test
    void anUnansweredQuestionIsRefusedNamingIt() {
        Answers answers = independent();
        answers.lawton.remove(LawtonItem.MEDICATIONS);
        assertThatThrownBy(answers::build)
                .isInstanceOfSatisfying(AssessmentAnswers.UnansweredOrInvalid.class,
                        e -> assertThat(e.field()).isEqualTo("lawton.MEDICATIONS"));
    }

    /** Losing any ability, or being left alone, never lowers the level; scores stay in their ranges. */
    @Test
    void losingAnAbilityNeverLowersTheLevel() {
        long seed = 20261203L;
        Random random = new Random(seed);
        for (int run = 0; run < 5_000; run++) {
            Answers answers = randomAnswers(random);
            AssessmentAnswers before = answers.build();
            NeedLevel levelBefore = NeedLevelRules.of(before).level();
            assertThat(before.barthelScore()).as("seed %d run %d", seed, run).isBetween(0, 100);
            assertThat(before.lawtonScore()).isBetween(0, 8);

            worsen(answers, random);
            NeedLevel levelAfter = NeedLevelRules.of(answers.build()).level();
            assertThat(levelAfter).as("seed %d run %d: %s", seed, run, answers.build())
                    .isGreaterThanOrEqualTo(levelBefore);
        }
    }

    private static Answers randomAnswers(Random random) {
        Answers answers = independent();
        for (BarthelItem item : BarthelItem.values()) {
            answers.barthel(item, item.scores().get(random.nextInt(item.scores().size())));
        }
        for (LawtonItem item : LawtonItem.values()) {
            answers.lawton.put(item, random.nextInt(4) > 0);
        }
        for (ScreenItem item : ScreenItem.values()) {
            answers.screens.put(item, random.nextInt(4) == 0);
        }
        answers.living = LivingSituation.values()[random.nextInt(LivingSituation.values().length)];
        answers.carer = random.nextBoolean();
        return answers;
    }

    private static void worsen(Answers answers, Random random) {
        switch (random.nextInt(4)) {
            case 0 -> {
                BarthelItem item = BarthelItem.values()[random.nextInt(BarthelItem.values().length)];
                int index = item.scores().indexOf(answers.barthel.get(item));
                answers.barthel(item, item.scores().get(Math.max(0, index - 1)));
            }
            case 1 -> answers.cannot(LawtonItem.values()[random.nextInt(LawtonItem.values().length)]);
            case 2 -> answers.yes(ScreenItem.values()[random.nextInt(ScreenItem.values().length)]);
            default -> answers.aloneWithoutCarer();
        }
    }
}
