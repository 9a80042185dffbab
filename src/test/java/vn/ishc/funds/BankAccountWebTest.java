package vn.ishc.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
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
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/** The treasurer's bank accounts on the funds pages and in the API, and what a partner reads of them. */
@SpringBootTest
@AutoConfigureMockMvc
class BankAccountWebTest {

    @Autowired
    java.time.Clock clock;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    Funds funds;
    @Autowired
    BankAccounts banks;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    vn.ishc.clubs.Boards boards;
    @Autowired
    vn.ishc.members.Members memberRegister;

    @Test
    void theTreasurerOpensAnAccountDepositsReconcilesItsStatementAndAPartnerSeesOnlyItsLastDigits() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06151", LocalDate.of(2025, 8, 1));
        long commune = GeographyFixtures.communeToday(units, "06151").id();
        String treasurer = FundFixtures.financeMember(accounts, boards, memberRegister, club, commune, "Thủ quỹ");
        var as = user(treasurer).roles("CLUB_BOARD");
        Fund income = funds.fund(club.id(), Fund.Kind.INCOME_GENERATION, AreaScope.nation());
        String today = BusinessCalendar.today(clock).toString();
        funds.contribute(income.id(), LocalDate.parse(today), 3_000_000, Entry.Source.PROJECT, null, null, "t",
                AreaScope.nation());

        assertThat(mvc.post().uri("/clubs/" + club.id() + "/bank-accounts").with(csrf()).with(as).param("kind", "BANK")
                .param("name", "Tài khoản CLB").param("bank", "Agribank").param("accountNumber", "3100205987654")
                .param("openedOn", today)).hasStatus3xxRedirection().flash().containsEntry("notice", "Đã ghi sổ.");
        BankAccount agribank = banks.of(club.id(), AreaScope.nation()).get(0);
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/funds/" + income.id() + "/bank-movements").with(csrf()).with(as)
                .param("kind", "DEPOSIT").param("bankAccountId", agribank.id().toString()).param("amount", "2.000.000")
                .param("date", today).param("key", "gui-1")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/funds?fund=" + income.id()).with(as)).hasStatusOk().bodyText()
                .contains("Két tiền mặt").contains("1.000.000").contains("Agribank · số cuối 7654").contains("2.000.000");

        // The API records a bank fee sent twice once.
        String fee = "{\"kind\":\"BANK_FEE\",\"bankAccountId\":\"" + agribank.id() + "\",\"date\":\"" + today
                + "\",\"amount\":11000}";
        assertThat(mvc.post().uri("/api/v1/funds/" + income.id() + "/bank-movements").with(csrf()).with(as)
                .header("Idempotency-Key", "phi-1").contentType("application/json").content(fee)).hasStatus(201);
        assertThat(mvc.post().uri("/api/v1/funds/" + income.id() + "/bank-movements").with(csrf()).with(as)
                .header("Idempotency-Key", "phi-1").contentType("application/json").content(fee)).hasStatus(201);
        assertThat(banks.balanceOn(agribank.id(), LocalDate.parse(today))).isEqualTo(1_989_000);

        // The statement shows the deposit only: 11.000 more than the book, and the fee is not on it yet.
        assertThat(mvc.post().uri("/clubs/" + club.id() + "/bank-accounts/" + agribank.id() + "/reconciliations")
                .with(csrf()).with(as).param("date", today).param("balance", "2.000.000")
                .param("lineDate", today, "").param("lineDirection", "IN", "IN").param("lineAmount", "2.000.000", "")
                .param("lineDescription", "Nộp tiền mặt, quỹ tăng thu nhập", "").param("note", "Sao kê tháng"))
                .hasStatus3xxRedirection().flash().containsEntry("notice",
                        "Đã ghi sao kê: số dư 2.000.000 đồng; sổ ghi 1.989.000 đồng: sao kê nhiều hơn 11.000 đồng.");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/bank-accounts/" + agribank.id()).with(as)).hasStatusOk()
                .bodyText().contains("3100205987654").contains("1.989.000").contains("+11.000").contains("Sao kê tháng")
                .contains("Phí ngân hàng");
        assertThat(mvc.get().uri("/api/v1/bank-accounts/" + agribank.id() + "/reconciliations").with(as)).hasStatusOk()
                .bodyText().contains("\"statementBalance\":2000000").contains("\"bookBalance\":1989000")
                .contains("Nộp tiền mặt, quỹ tăng thu nhập");

        UserView partner = UserFixtures.create(accounts, "dt-" + UUID.randomUUID().toString().substring(0, 6),
                Role.PARTNER_VIEWER, null, "mat-khau-dai-1", "Đối tác");
        var asPartner = user(partner.username()).roles("PARTNER_VIEWER");
        assertThat(mvc.get().uri("/api/v1/clubs/" + club.id() + "/bank-accounts").with(asPartner)).hasStatusOk().bodyText()
                .contains("\"lastDigits\":\"7654\"").contains("\"balance\":1989000").doesNotContain("3100205987654")
                .doesNotContain("Tài khoản CLB");
        assertThat(mvc.get().uri("/clubs/" + club.id() + "/bank-accounts/" + agribank.id()).with(asPartner)).hasStatusOk()
                .bodyText().contains("Agribank · số cuối 7654").doesNotContain("3100205987654").doesNotContain("Sao kê tháng")
                .doesNotContain(treasurer);
        assertThat(mvc.get().uri("/api/v1/bank-accounts/" + agribank.id() + "/reconciliations").with(asPartner))
                .hasStatusOk().bodyText().contains("\"bookBalance\":1989000").doesNotContain("Nộp tiền mặt")
                .doesNotContain(treasurer);
        assertThat(mvc.get().uri("/api/v1/funds/" + income.id() + "/statement?from=" + today + "&to=" + today)
                .with(asPartner)).hasStatusOk().bodyText().contains("\"bankFees\":11000").doesNotContain("3100205987654");
    }
}
