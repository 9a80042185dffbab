package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.geography.Villages;
import vn.ishc.identity.Role;
import vn.ishc.identity.UserAccounts;
import vn.ishc.identity.UserFixtures;
import vn.ishc.identity.UserView;
import vn.ishc.members.MemberRow;
import vn.ishc.members.Members;
import vn.ishc.members.PersonDetails;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * The money of a meeting refused by the server (here a repayment more than the loan owes) is held, once however
 * often it is sent, listed on the club's page for its board and the officers of its area, shown beside what is
 * owed now, and stays until it is corrected and sent again (recorded once, and settled) or dropped. Holding it
 * records no money.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HeldMoneyTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    MockMvcTester mvc;
    @Autowired
    Clock clock;
    @Autowired
    Funds funds;
    @Autowired
    Loans loans;
    @Autowired
    MemberFees fees;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Boards boards;
    @Autowired
    Members members;
    @Autowired
    HeldMoney held;
    @Autowired
    JdbcClient jdbc;

    Club club;
    LocalDate today;
    long commune;
    RequestPostProcessor treasurer;
    RequestPostProcessor officer;
    UUID treasurerPerson;
    Loans.Loan loan;

    /** A club a year old, its treasurer who signs in, a borrower owing two instalments (224.000 đ) and a fee of 10.000 đ. */
    void aClubWithALoan() {
        today = BusinessCalendar.today(clock);
        LocalDate founded = today.minusYears(1);
        club = ClubFixtures.aClub(clubs, villages, units, "06151", founded);
        commune = GeographyFixtures.communeToday(units, "06151").id();
        treasurer = user(FundFixtures.financeMember(accounts, boards, members, club, commune, "Thủ quỹ Hoà"))
                .roles("CLUB_BOARD");
        treasurerPerson = members.membersOf(club.id(), today, NATION).get(0).person().id();
        officer = user(aUser(Role.COMMUNE_OFFICER, null).username()).roles("COMMUNE_OFFICER");
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, NATION);
        funds.contribute(income.id(), founded.plusDays(1), 20_000_000, Entry.Source.PROJECT, null, null, "t", NATION);
        loans.approveRules(club.id(), new Loans.Rules(null, null, founded.plusDays(2), 5_000_000, 12,
                new BigDecimal("0.01"), LoanSchedule.Method.FLAT, LoanSchedule.Repayment.EQUAL_INSTALMENTS, 0,
                new BigDecimal("0.01"), null), "bcn", NATION);
        MemberRow borrower = members.enrol(null, new PersonDetails("Lò Thị Bích", "F", "1956", "Thái", "OTHER", null,
                null, null, false, false, null, null, null), club.id(), founded, "t", NATION);
        LocalDate paidOut = today.withDayOfMonth(1).minusMonths(2);
        Loans.Loan applied = loans.apply(club.id(), borrower.person().id(), 1_200_000L, Loans.Purpose.LIVESTOCK, null,
                12, paidOut.minusDays(5), "t", NATION);
        loans.decide(applied.id(), true, paidOut.minusDays(2), null, "bcn", NATION);
        loan = loans.disburse(applied.id(), paidOut, null, "tq", NATION);
        fees.setRate(club.id(), YearMonth.from(today), 10_000, Fund.Kind.OPERATING, "bcn", NATION);
    }

    UserView aUser(Role role, UUID clubId) {
        UserView u = UserFixtures.create(accounts, "u-" + UUID.randomUUID().toString().substring(0, 8), role, commune,
                "mat-khau-dai-1", "Người dùng");
        return clubId == null ? u : accounts.limitToClub(u.id(), clubId, UserFixtures.ROOT);
    }

    MultiValueMap<String, String> form(String submission, String repayment) {
        var params = new LinkedMultiValueMap<String, String>();
        params.add("submission", submission);
        params.add("date", today.toString());
        params.add("lines[0].kind", "FEE");
        params.add("lines[0].personId", treasurerPerson.toString());
        params.add("lines[0].amount", "10.000");
        params.add("lines[1].kind", "REPAYMENT");
        params.add("lines[1].loanId", loan.id().toString());
        params.add("lines[1].amount", repayment);
        return params;
    }

    String page() {
        return "/clubs/" + club.id();
    }

    long entries() {
        return jdbc.sql("select count(*) from ledger_entry where club_id = :c").param("c", club.id()).query(Long.class)
                .single();
    }

    long waiting() {
        return jdbc.sql("select count(*) from held_money_submission where club_id = :c and resolved_at is null")
                .param("c", club.id()).query(Long.class).single();
    }

    /** Sends the meeting's money with a repayment of 5.000.000 đ on a loan of 1.200.000 đ: refused and held. */
    UUID sendTooMuch(String submission) {
        assertThat(mvc.post().uri(page() + "/meeting-money").with(csrf()).with(treasurer)
                .params(form(submission, "5.000.000"))).hasStatus(422).bodyText().contains("Dòng 2:")
                .contains("meeting-money-held");
        return held.waiting(club.id(), NATION).get(0).id();
    }

    @Test
    void aRefusedSubmissionIsHeldOnceHoweverOftenItIsSentAndRecordsNoMoney() {
        aClubWithALoan();
        long before = entries();
        String submission = UUID.randomUUID().toString();
        UUID first = sendTooMuch(submission);
        UUID again = sendTooMuch(submission);

        assertThat(again).isEqualTo(first);
        assertThat(waiting()).isEqualTo(1);
        assertThat(entries()).as("holding records no money").isEqualTo(before);
        HeldMoneySubmission h = held.get(club.id(), first, NATION);
        assertThat(h.submission()).isEqualTo(submission);
        assertThat(h.meetingDay()).isEqualTo(today);
        assertThat(h.refusal().line()).isEqualTo(1);
        assertThat(h.refusal().key()).isEqualTo("loans.overpaid");
        assertThat(h.lines()).extracting(HeldMoneySubmission.SentLine::amount).containsExactly("10.000", "5.000.000");
        assertThat(h.lines().get(1).loanId()).isEqualTo(loan.id());
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action = 'meeting_money.held'")
                .param("t", "held-money:" + first).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select lines::text from held_money_submission where id = :id").param("id", first)
                .query(String.class).single()).as("no member's name is kept").doesNotContain("Lò Thị Bích");
    }

    @Test
    void theClubPageListsHeldMoneyToItsBoardAndOfficersButNotToAnotherClubsBoard() {
        aClubWithALoan();
        UUID id = sendTooMuch(UUID.randomUUID().toString());

        assertThat(mvc.get().uri(page()).with(treasurer)).hasStatusOk().bodyText().contains("Chờ xử lý")
                .contains("held-money-" + id).contains("/meeting-money/held/" + id).contains("Dòng 2:");
        assertThat(mvc.get().uri(page()).with(officer)).hasStatusOk().bodyText().contains("held-money-" + id);
        Club other = ClubFixtures.aClub(clubs, villages, units, "06151", today.minusYears(1));
        RequestPostProcessor otherBoard = user(aUser(Role.CLUB_BOARD, other.id()).username()).roles("CLUB_BOARD");
        assertThat(mvc.get().uri(page()).with(otherBoard)).hasStatus(403);
        assertThat(mvc.get().uri("/clubs/" + other.id()).with(otherBoard)).hasStatusOk().bodyText()
                .doesNotContain("held-money");
        assertThat(mvc.get().uri(page() + "/meeting-money/held/" + id).with(otherBoard)).hasStatus(403);
        assertThat(mvc.get().uri(page() + "/meeting-money?held=" + id).with(otherBoard)).hasStatus(403);
        assertThat(mvc.post().uri(page() + "/meeting-money/held/" + id + "/drop").with(csrf()).with(otherBoard))
                .hasStatus(403);
        RequestPostProcessor volunteer = user(aUser(Role.HOMECARE_VOLUNTEER, null).username()).roles("HOMECARE_VOLUNTEER");
        assertThat(mvc.get().uri(page() + "/meeting-money/held/" + id).with(volunteer)).hasStatus(403);
        // A member of the board who does not record money reads it, but neither sends it again nor drops it.
        RequestPostProcessor reader = user(aUser(Role.CLUB_BOARD, club.id()).username()).roles("CLUB_BOARD");
        assertThat(mvc.get().uri(page() + "/meeting-money/held/" + id).with(reader)).hasStatusOk().bodyText()
                .contains("5.000.000").doesNotContain("id=\"drop\"");
        assertThat(mvc.post().uri(page() + "/meeting-money/held/" + id + "/drop").with(csrf()).with(reader))
                .hasStatus(403);
        assertThat(waiting()).isEqualTo(1);
    }

    @Test
    void theHeldPageShowsWhatWasSentBesideWhatIsOwedNowAndSendingItAgainCorrectedSettlesIt() {
        aClubWithALoan();
        String submission = UUID.randomUUID().toString();
        UUID id = sendTooMuch(submission);
        long before = entries();

        assertThat(mvc.get().uri(page() + "/meeting-money/held/" + id).with(officer)).hasStatusOk().bodyText()
                .contains("Lò Thị Bích").contains("Thủ quỹ Hoà").contains("5.000.000").contains("Đến hạn 224.000 đ")
                .contains("held-line-2").contains("Bị từ chối").contains("Sửa và gửi lại").contains("Bỏ bản gửi");
        assertThat(mvc.get().uri(page() + "/meeting-money?held=" + id).with(treasurer)).hasStatusOk().bodyText()
                .contains("value=\"" + submission + "\"").contains("value=\"5.000.000\"").contains("value=\"10.000\"")
                .contains("field-error");

        assertThat(mvc.post().uri(page() + "/meeting-money").with(csrf()).with(treasurer)
                .params(form(submission, "224.000"))).hasStatus3xxRedirection();
        assertThat(entries()).isEqualTo(before + 2);
        HeldMoneySubmission h = held.get(club.id(), id, NATION);
        assertThat(h.resolution().outcome()).isEqualTo(HeldMoneySubmission.Outcome.SAVED);
        assertThat(h.resolution().by()).isNotBlank();
        assertThat(waiting()).isZero();
        assertThat(mvc.post().uri(page() + "/meeting-money").with(csrf()).with(treasurer)
                .params(form(submission, "224.000"))).hasStatus3xxRedirection();
        assertThat(entries()).as("recorded once").isEqualTo(before + 2);
        assertThat(mvc.get().uri(page()).with(officer)).hasStatusOk().bodyText().doesNotContain("held-money");
        assertThat(mvc.get().uri(page() + "/meeting-money/held/" + id).with(officer)).hasStatusOk().bodyText()
                .contains("held-decided").doesNotContain("id=\"drop\"");
        assertThat(mvc.get().uri(page() + "/meeting-money?held=" + id).with(treasurer)).hasStatus3xxRedirection()
                .flash().containsKey("failure");
    }

    @Test
    void thePhoneAsksWhatBecameOfItsHeldMoneyAndLearnsItWasDroppedAtTheDesk() {
        aClubWithALoan();
        String dropped = UUID.randomUUID().toString();
        held.drop(club.id(), sendTooMuch(dropped), "officer", NATION);
        String ask = "/api/v1/clubs/" + club.id() + "/meeting-money/held?submission=" + dropped + "&submission=never";

        var answer = mvc.get().uri(ask).with(treasurer).exchange();
        assertThat(answer).hasStatusOk();
        assertThat(answer).bodyJson().extractingPath("$[0].submission").isEqualTo(dropped);
        assertThat(answer).bodyJson().extractingPath("$[0].state").isEqualTo("DECIDED");
        assertThat(answer).bodyJson().extractingPath("$[0].outcome").isEqualTo("DROPPED");
        assertThat(answer).bodyJson().extractingPath("$[1].state").isEqualTo("UNKNOWN");
        assertThat(mvc.get().uri(ask).with(officer)).hasStatusOk();
        Club other = ClubFixtures.aClub(clubs, villages, units, "06151", today.minusYears(1));
        assertThat(mvc.get().uri(ask).with(user(aUser(Role.CLUB_BOARD, other.id()).username()).roles("CLUB_BOARD")))
                .hasStatus(403);
        assertThat(mvc.get().uri(ask).with(user(aUser(Role.HOMECARE_VOLUNTEER, club.id()).username())
                .roles("HOMECARE_VOLUNTEER"))).hasStatus(403);
    }

    @Test
    void droppingItRecordsNothingAndCannotBeDecidedAgain() {
        aClubWithALoan();
        UUID id = sendTooMuch(UUID.randomUUID().toString());
        long before = entries();

        assertThat(mvc.post().uri(page() + "/meeting-money/held/" + id + "/drop").with(csrf()).with(officer))
                .hasStatus3xxRedirection().hasRedirectedUrl(page());
        HeldMoneySubmission h = held.get(club.id(), id, NATION);
        assertThat(h.resolution().outcome()).isEqualTo(HeldMoneySubmission.Outcome.DROPPED);
        assertThat(waiting()).isZero();
        assertThat(entries()).isEqualTo(before);
        var again = mvc.post().uri(page() + "/meeting-money/held/" + id + "/drop").with(csrf()).with(treasurer).exchange();
        assertThat(again).hasStatus3xxRedirection().hasRedirectedUrl(page() + "/meeting-money/held/" + id)
                .flash().containsKey("failure");
        assertThat(again.getMvcResult().getFlashMap().get("failure").toString()).contains("đã được xử lý rồi");
        assertThat(jdbc.sql("select count(*) from audit_event where target = :t and action = 'meeting_money.held.decided'")
                .param("t", "held-money:" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAmountThatCannotBeReadIsHeldTooButAFormWithoutASubmissionIsNot() {
        aClubWithALoan();
        assertThat(mvc.post().uri(page() + "/meeting-money").with(csrf()).with(treasurer)
                .params(form(UUID.randomUUID().toString(), "1,5"))).hasStatus(422);
        assertThat(waiting()).isEqualTo(1);
        assertThat(held.waiting(club.id(), NATION).get(0).lines().get(1).amount()).isEqualTo("1,5");
        var without = form("", "5.000.000");
        assertThat(mvc.post().uri(page() + "/meeting-money").with(csrf()).with(treasurer).params(without)).hasStatus(422);
        assertThat(waiting()).isEqualTo(1);
    }
}
