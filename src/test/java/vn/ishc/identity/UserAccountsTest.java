package vn.ishc.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

@SpringBootTest
class UserAccountsTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;

    long phuTho;
    long langSon;
    long phuThoCommune;
    long langSonCommune;

    @BeforeEach
    void units() {
        phuTho = GeographyFixtures.province(units, "25", GeographyFixtures.AFTER_REFORM).id();
        langSon = GeographyFixtures.province(units, "20", GeographyFixtures.AFTER_REFORM).id();
        phuThoCommune = GeographyFixtures.communeToday(units, "04795").id();
        langSonCommune = GeographyFixtures.communeToday(units, "05977").id();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    NewUser newUser(String username, Role role, Long scope) {
        return new NewUser(null, username, "Nguyễn Văn An", "mat-khau-dai-1", role, scope);
    }

    @Test
    void aCommuneOfficerNeedsACommuneAndAProvinceOfficerAProvince() {
        assertThatThrownBy(() -> accounts.create(newUser(unique("a"), Role.COMMUNE_OFFICER, null), UserFixtures.ROOT))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "identity.user.scopeMissing")
                .hasFieldOrPropertyWithValue("field", "scopeUnitId");
        assertThatThrownBy(() -> accounts.create(newUser(unique("b"), Role.PROVINCE_OFFICER, phuThoCommune), UserFixtures.ROOT))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "identity.user.scopeMismatch");
        UserView ok = accounts.create(newUser(unique("c"), Role.COMMUNE_OFFICER, phuThoCommune), UserFixtures.ROOT);
        assertThat(ok.scopePath()).isEqualTo("25.04795");
    }

    @Test
    void refusesAUserNameTakenInAnotherCaseAndABadOneAndSavesNothing() {
        String name = unique("lan");
        accounts.create(newUser(name, Role.COMMUNE_OFFICER, phuThoCommune), UserFixtures.ROOT);
        long before = count();

        assertThatThrownBy(() -> accounts.create(newUser(name.toUpperCase(), Role.COMMUNE_OFFICER, phuThoCommune), UserFixtures.ROOT))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "identity.user.usernameTaken");
        assertThatThrownBy(() -> accounts.create(newUser("Lan Nguyễn", Role.COMMUNE_OFFICER, phuThoCommune), UserFixtures.ROOT))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "username");
        assertThatThrownBy(() -> accounts.create(new NewUser(null, unique("d"), "An", "short", Role.COMMUNE_OFFICER, phuThoCommune), UserFixtures.ROOT))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "password");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aProvinceOfficerManagesOnlyCommuneLevelUsersOfTheirProvince() {
        CurrentUser officer = UserFixtures.signedIn(
                UserFixtures.create(accounts, unique("pt"), Role.PROVINCE_OFFICER, phuTho, "mat-khau-dai-1", "Cán bộ tỉnh"));
        long before = count();

        assertThatThrownBy(() -> accounts.create(newUser(unique("x"), Role.COMMUNE_OFFICER, langSonCommune), officer))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> accounts.create(newUser(unique("y"), Role.NATIONAL_ADMIN, null), officer))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "identity.user.roleNotGrantable");
        assertThatThrownBy(() -> accounts.create(newUser(unique("z"), Role.PROVINCE_OFFICER, phuTho), officer))
                .isInstanceOf(InvalidInputException.class);
        assertThat(count()).isEqualTo(before);

        UserView mine = accounts.create(newUser(unique("cb"), Role.CLUB_BOARD, phuThoCommune), officer);
        UserView theirs = UserFixtures.create(accounts, unique("ls"), Role.COMMUNE_OFFICER, langSonCommune, "mat-khau-dai-1", "X");
        assertThat(accounts.list(null, 0, 500, officer)).extracting(UserView::id).contains(mine.id()).doesNotContain(theirs.id());
        assertThatThrownBy(() -> accounts.get(theirs.id(), officer)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> accounts.setEnabled(theirs.id(), false, officer)).isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void usersWhoAreNotAdministratorsManageNobody() {
        CurrentUser communeOfficer = UserFixtures.signedIn(UserFixtures.create(accounts, unique("co"),
                Role.COMMUNE_OFFICER, phuThoCommune, "mat-khau-dai-1", "Cán bộ xã"));
        assertThatThrownBy(() -> accounts.list(null, 0, 10, communeOfficer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(newUser(unique("v"), Role.HOMECARE_VOLUNTEER, phuThoCommune), communeOfficer))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void changesAreAuditedWithoutThePasswordAndNobodyDisablesThemselves() {
        UserView user = UserFixtures.create(accounts, unique("au"), Role.COMMUNE_OFFICER, phuThoCommune, "mat-khau-dai-1", "An");
        CurrentUser admin = UserFixtures.signedIn(UserFixtures.create(accounts, unique("adm"), Role.NATIONAL_ADMIN, null,
                "mat-khau-dai-1", "Quản trị"));

        accounts.change(user.id(), "Nguyễn Văn Bình", Role.PROVINCE_OFFICER, phuTho, admin);
        accounts.setEnabled(user.id(), false, admin);
        accounts.resetPassword(user.id(), "mat-khau-moi-2", admin);

        assertThat(jdbc.sql("select action from audit_event where target = :t order by id")
                .param("t", "user:" + user.id()).query(String.class).list())
                .containsExactly("user.created", "user.changed", "user.disabled", "user.passwordReset");
        assertThat(jdbc.sql("select string_agg(detail::text, ' ') from audit_event where target = :t")
                .param("t", "user:" + user.id()).query(String.class).single())
                .contains("25.04795", "\"25\"").doesNotContain("mat-khau");
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, admin))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRetriedCreateWithTheSameIdSavesOnce() {
        UUID id = UUID.randomUUID();
        NewUser command = new NewUser(id, unique("rt"), "Lê Thị Hoa", "mat-khau-dai-1", Role.HOMECARE_VOLUNTEER, phuThoCommune);
        accounts.create(command, UserFixtures.ROOT);
        accounts.create(command, UserFixtures.ROOT);
        assertThat(jdbc.sql("select count(*) from app_user where id = :id").param("id", id).query(Long.class).single()).isOne();
    }

    private long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }
}
