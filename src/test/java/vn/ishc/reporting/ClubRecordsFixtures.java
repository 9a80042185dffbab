package vn.ishc.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ishc.activities.ActivityFacts;
import vn.ishc.activities.ActivityKind;
import vn.ishc.activities.EntitlementCase;
import vn.ishc.activities.NewActivity;
import vn.ishc.clubs.MeetingDay;
import vn.ishc.funds.Account;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.FundFacts;
import vn.ishc.funds.LoanSchedule;
import vn.ishc.funds.Loans;
import vn.ishc.homecare.CarePlan;
import vn.ishc.homecare.HomeCareFacts;
import vn.ishc.homecare.PlanPeriod;
import vn.ishc.meetings.MeetingFacts;
import vn.ishc.members.Household;
import vn.ishc.members.MembershipFacts;
import vn.ishc.members.Person;

/**
 * A club's records made by hand, for computing its figures without a database: members, meetings,
 * readings, activities, home care and money, each written the way its module hands it to reporting.
 */
final class ClubRecordsFixtures {

    private ClubRecordsFixtures() {
    }

    static Builder aClubFoundedOn(LocalDate foundedOn) {
        return new Builder(foundedOn);
    }

    static final class Builder {

        private final UUID clubId = UUID.randomUUID();
        private final LocalDate foundedOn;
        private LocalDate dissolvedOn;
        private LocalDate artTeamSince;
        private MeetingDay meetingDay = MeetingDay.ofMonthDay(1);
        private final List<MembershipFacts.Member> members = new ArrayList<>();
        private final List<MeetingFacts.Held> meetings = new ArrayList<>();
        private final List<MeetingFacts.Taken> readings = new ArrayList<>();
        private final Map<UUID, List<LocalDate>> checkups = new HashMap<>();
        private final Map<UUID, List<LocalDate>> referrals = new HashMap<>();
        private final Set<UUID> treated = new HashSet<>();
        private final List<ActivityFacts.Done> activities = new ArrayList<>();
        private final List<ActivityFacts.Claim> claims = new ArrayList<>();
        private final List<HomeCareFacts.Span> volunteers = new ArrayList<>();
        private final List<HomeCareFacts.Span> recipients = new ArrayList<>();
        private final List<HomeCareFacts.Cared> cared = new ArrayList<>();
        private final List<HomeCareFacts.Visit> visits = new ArrayList<>();
        private final List<FundFacts.Line> lines = new ArrayList<>();
        private final List<FundFacts.Lent> loans = new ArrayList<>();
        private final List<FundFacts.Outside> outside = new ArrayList<>();
        private final Set<UUID> inOtherClubs = new HashSet<>();

        private Builder(LocalDate foundedOn) {
            this.foundedOn = foundedOn;
        }

        /** A member to describe; {@link MemberBuilder#joined} adds them and gives their person id. */
        MemberBuilder member(Person.Sex sex) {
            return new MemberBuilder(this, sex);
        }

        Builder meetsOn(MeetingDay day) {
            this.meetingDay = day;
            return this;
        }

        Builder dissolvedOn(LocalDate day) {
            this.dissolvedOn = day;
            return this;
        }

        Builder artTeamSince(LocalDate day) {
            this.artTeamSince = day;
            return this;
        }

        /** The person is or was a member of another club too. */
        Builder inAnotherClub(UUID person) {
            inOtherClubs.add(person);
            return this;
        }

        Builder meeting(LocalDate heldOn, UUID... present) {
            meetings.add(new MeetingFacts.Held(clubId, heldOn, false, List.of(present), heldOn));
            return this;
        }

        /** A meeting whose book was keyed on a later day. */
        Builder meetingKeyedOn(LocalDate heldOn, LocalDate keyedOn) {
            meetings.add(new MeetingFacts.Held(clubId, heldOn, false, List.of(), keyedOn));
            return this;
        }

        Builder meetingWithLearningTopic(LocalDate heldOn, UUID... present) {
            meetings.add(new MeetingFacts.Held(clubId, heldOn, true, List.of(present), heldOn));
            return this;
        }

        Builder bloodPressure(UUID person, LocalDate on, int systolic, int diastolic) {
            readings.add(new MeetingFacts.Taken(clubId, person, on, systolic, diastolic, false));
            return this;
        }

        Builder bloodPressureAndWeight(UUID person, LocalDate on, int systolic, int diastolic) {
            readings.add(new MeetingFacts.Taken(clubId, person, on, systolic, diastolic, true));
            return this;
        }

        Builder weightOnly(UUID person, LocalDate on) {
            readings.add(new MeetingFacts.Taken(clubId, person, on, null, null, true));
            return this;
        }

        Builder underTreatmentForHypertension(UUID person) {
            treated.add(person);
            return this;
        }

        Builder checkup(UUID person, LocalDate on) {
            checkups.computeIfAbsent(person, k -> new ArrayList<>()).add(on);
            return this;
        }

        Builder referral(UUID person, LocalDate on) {
            referrals.computeIfAbsent(person, k -> new ArrayList<>()).add(on);
            return this;
        }

        /** An activity; one about a person (someone helped, visited, mentored) is about someone new each time. */
        Builder activity(ActivityKind kind, LocalDate on) {
            activities.add(new ActivityFacts.Done(clubId, kind, on, UUID.randomUUID(), null, null, null));
            return this;
        }

        /** Someone in hardship helped on a day: a member by their id, anyone else by the key the club knows them by. */
        Builder helped(UUID person, LocalDate on) {
            activities.add(new ActivityFacts.Done(clubId, ActivityKind.SELF_HELP, on, person, null, null, null));
            return this;
        }

        /** Resources received, in kind or in cash, with their declared value. */
        Builder resource(LocalDate on, NewActivity.ResourceForm form, NewActivity.SourceType source, long valueDong) {
            activities.add(new ActivityFacts.Done(clubId, ActivityKind.RESOURCE, on, null, source, form, valueDong));
            return this;
        }

        Builder claim(LocalDate appliedOn, EntitlementCase.Status status, LocalDate decidedOn) {
            claims.add(new ActivityFacts.Claim(clubId, UUID.randomUUID(), appliedOn, status, decidedOn));
            return this;
        }

        /** A trained volunteer from a day to a day (inclusive; null while they go on). */
        Builder volunteer(LocalDate from, LocalDate endedOn) {
            volunteers.add(new HomeCareFacts.Span(clubId, from, endedOn));
            return this;
        }

        /**
         * A person in care from a day to a day (inclusive; null while it goes on), under one plan from the
         * first day asking so many visits a week or a month, visited on the days given.
         */
        Builder inCare(LocalDate from, LocalDate endedOn, int planned, PlanPeriod per, LocalDate... visitedOn) {
            UUID recipient = UUID.randomUUID();
            recipients.add(new HomeCareFacts.Span(clubId, from, endedOn));
            cared.add(new HomeCareFacts.Cared(clubId, recipient, from, endedOn,
                    List.of(new CarePlan(recipient, from, planned, per, Set.of())), List.of(visitedOn)));
            Arrays.stream(visitedOn).forEach(d -> visits.add(new HomeCareFacts.Visit(clubId, d)));
            return this;
        }

        /** Money given to one of the club's funds. */
        Builder given(Fund.Kind fund, LocalDate on, long amount, Entry.Source source) {
            lines.add(line(on, Entry.Kind.CONTRIBUTION, fund, Account.CASH, amount, source, null));
            lines.add(line(on, Entry.Kind.CONTRIBUTION, fund, Account.CONTRIBUTIONS, -amount, source, null));
            return this;
        }

        /** A loan paid out of the income-generation fund on a day, under its schedule; gives the loan's id. */
        UUID lent(UUID person, LocalDate on, long amount, List<LoanSchedule.Instalment> schedule) {
            UUID loan = UUID.randomUUID();
            loans.add(new FundFacts.Lent(clubId, loan, person, on, amount, Loans.Status.DISBURSED, null, schedule));
            lines.add(line(on, Entry.Kind.DISBURSEMENT, Fund.Kind.INCOME_GENERATION, Account.LOANS, amount, null, loan));
            lines.add(line(on, Entry.Kind.DISBURSEMENT, Fund.Kind.INCOME_GENERATION, Account.CASH, -amount, null, loan));
            return loan;
        }

        Builder repaid(UUID loan, LocalDate on, long interest, long principal) {
            return loanEntry(loan, on, Entry.Kind.REPAYMENT, 1, interest, principal);
        }

        /** The mirror of a repayment recorded by mistake. */
        Builder reversed(UUID loan, LocalDate on, long interest, long principal) {
            return loanEntry(loan, on, Entry.Kind.REVERSAL, -1, interest, principal);
        }

        Builder writtenOff(UUID loan, LocalDate on, long amount) {
            lines.add(line(on, Entry.Kind.WRITE_OFF, Fund.Kind.INCOME_GENERATION, Account.WRITE_OFFS, amount, null, loan));
            lines.add(line(on, Entry.Kind.WRITE_OFF, Fund.Kind.INCOME_GENERATION, Account.LOANS, -amount, null, loan));
            return this;
        }

        Builder outsideLoan(UUID person, LocalDate obtainedOn) {
            outside.add(new FundFacts.Outside(clubId, person, obtainedOn));
            return this;
        }

        ClubRecords build() {
            Map<UUID, MeetingFacts.PersonHealth> health = new HashMap<>();
            Set<UUID> people = new HashSet<>(treated);
            people.addAll(checkups.keySet());
            people.addAll(referrals.keySet());
            for (UUID p : people) {
                health.put(p, new MeetingFacts.PersonHealth(p, checkups.getOrDefault(p, List.of()),
                        referrals.getOrDefault(p, List.of()), treated.contains(p)));
            }
            return new ClubRecords(clubId, foundedOn, dissolvedOn, meetingDay, List.copyOf(members), List.copyOf(meetings),
                    List.copyOf(readings), health, List.copyOf(activities), List.copyOf(claims), artTeamSince,
                    List.copyOf(volunteers), List.copyOf(recipients), List.copyOf(cared), List.copyOf(visits),
                    List.copyOf(lines), List.copyOf(loans), List.copyOf(outside), Set.copyOf(inOtherClubs));
        }

        private Builder loanEntry(UUID loan, LocalDate on, Entry.Kind kind, int sign, long interest, long principal) {
            Fund.Kind fund = Fund.Kind.INCOME_GENERATION;
            lines.add(line(on, kind, fund, Account.CASH, sign * (interest + principal), null, loan));
            lines.add(line(on, kind, fund, Account.INTEREST, -sign * interest, null, loan));
            lines.add(line(on, kind, fund, Account.LOANS, -sign * principal, null, loan));
            return this;
        }

        private FundFacts.Line line(LocalDate on, Entry.Kind kind, Fund.Kind fund, Account account, long amount,
                                    Entry.Source source, UUID loan) {
            return new FundFacts.Line(clubId, on, kind, fund, account, amount, source, loan);
        }
    }

    /** A member being described: sex, birth, household, ethnicity, health-insurance card, joining and leaving. */
    static final class MemberBuilder {

        private final Builder club;
        private final Person.Sex sex;
        private LocalDate birthDate;
        private int birthYear;
        private Household household = Household.OTHER;
        private boolean minority;
        private boolean hasCard;
        private LocalDate cardExpiry;
        private LocalDate leftOn;

        private MemberBuilder(Builder club, Person.Sex sex) {
            this.club = club;
            this.sex = sex;
        }

        MemberBuilder born(LocalDate day) {
            this.birthDate = day;
            this.birthYear = day.getYear();
            return this;
        }

        /** Only the year of birth is known. */
        MemberBuilder bornIn(int year) {
            this.birthDate = null;
            this.birthYear = year;
            return this;
        }

        MemberBuilder household(Household household) {
            this.household = household;
            return this;
        }

        MemberBuilder ethnicMinority() {
            this.minority = true;
            return this;
        }

        /** A health-insurance card valid to a day (null: without an expiry date). */
        MemberBuilder insuredUntil(LocalDate expiry) {
            this.hasCard = true;
            this.cardExpiry = expiry;
            return this;
        }

        /** Left on a day: a member up to the day before. */
        MemberBuilder left(LocalDate day) {
            this.leftOn = day;
            return this;
        }

        /** Joins the club on a day; gives the person's id. */
        UUID joined(LocalDate day) {
            UUID person = UUID.randomUUID();
            club.members.add(new MembershipFacts.Member(new MembershipFacts.Enrolment(club.clubId, person, sex, birthDate,
                    birthYear, household, minority, cardExpiry, day, leftOn), hasCard));
            return person;
        }
    }
}
