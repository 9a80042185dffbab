package vn.ishc.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ishc.geography.GeographyFixtures.AFTER_REFORM;
import static vn.ishc.geography.GeographyFixtures.BEFORE_REFORM;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.OutOfScopeException;

@SpringBootTest
class AdminUnitsTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    AdminUnits units;

    @Test
    void unit15WasYenBaiIn2024AndIsLaoCaiToday() {
        AdminUnit then = units.at(AdminUnit.Level.PROVINCE, "15", LocalDate.of(2024, 5, 1), NATION);
        AdminUnit now = units.at(AdminUnit.Level.PROVINCE, "15", LocalDate.of(2026, 11, 1), NATION);

        assertThat(then.fullName()).isEqualTo("Tỉnh Yên Bái");
        assertThat(now.fullName()).isEqualTo("Tỉnh Lào Cai");
        assertThat(then.id()).isNotEqualTo(now.id());
        assertThat(units.today(then)).extracting(AdminUnit::fullName).containsExactly("Tỉnh Lào Cai");
    }

    @Test
    void refusesADateBeforeTheRecordedMapsAndAnUnknownCode() {
        assertThatThrownBy(() -> units.at(AdminUnit.Level.PROVINCE, "15", LocalDate.of(2001, 1, 1), NATION))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "date");
        assertThatThrownBy(() -> units.at(AdminUnit.Level.PROVINCE, "99", AFTER_REFORM, NATION))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> units.provinces(LocalDate.of(1999, 12, 31), NATION))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void searchIgnoresCaseDiacriticsAndToneMarkPlacement() {
        List<Long> plain = ids(units.search("hoa binh", null, NATION, 200));
        assertThat(plain).isNotEmpty();
        assertThat(ids(units.search("Hoà Bình", null, NATION, 200))).isEqualTo(plain);
        assertThat(ids(units.search("Hòa Bình", null, NATION, 200))).isEqualTo(plain);
        assertThat(ids(units.search("  HOA   BINH ", null, NATION, 200))).isEqualTo(plain);
        assertThat(units.search("Dong Nai", null, NATION, 50)).extracting(AdminUnit::fullName)
                .contains("Thành phố Đồng Nai", "Tỉnh Đồng Nai");
        assertThat(ids(units.search("Đồng Nai", null, NATION, 50))).isEqualTo(ids(units.search("dong nai", null, NATION, 50)));
        // A non-breaking space (as phones and word processors type it) is a space; NUL is no character of a name.
        assertThat(ids(units.search("Hoà\u00A0Bình", null, NATION, 200))).isEqualTo(plain);
        assertThat(ids(units.search("hoa\u0000 binh", null, NATION, 200))).isEqualTo(plain);
        // "%" and "_" are characters no unit's name has, not wildcards that match every unit.
        assertThat(units.search("%", null, NATION, 50)).isEmpty();
        assertThat(units.search("_", null, NATION, 50)).isEmpty();
    }

    @Test
    void hoaBinhProvinceIsNowPartOfPhuTho() {
        AdminUnit hoaBinh = units.search("hoa binh", null, NATION, 200).stream()
                .filter(u -> u.level() == AdminUnit.Level.PROVINCE).findFirst().orElseThrow();

        assertThat(hoaBinh.inForceToday()).isFalse();
        assertThat(units.today(hoaBinh)).extracting(AdminUnit::fullName).containsExactly("Tỉnh Phú Thọ");
        assertThat(units.history(hoaBinh).wentInto()).singleElement()
                .satisfies(s -> assertThat(s.share()).isEqualTo(Succession.Share.FULL));
    }

    @Test
    void aNewCommuneKnowsWhatItWasFormedFromAndASplitOneWhereItWent() {
        AdminUnit hoaBinhWard = GeographyFixtures.communeToday(units, "04795");
        assertThat(units.history(hoaBinhWard).formedFrom()).hasSize(7)
                .allSatisfy(s -> assertThat(s.share()).isEqualTo(Succession.Share.FULL));

        AdminUnit vayNua = GeographyFixtures.communeBeforeReform(units, "04891");
        assertThat(units.history(vayNua).wentInto())
                .extracting(s -> s.unit().fullName(), Succession::share)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Phường Thống Nhất", Succession.Share.PARTIAL),
                        org.assertj.core.groups.Tuple.tuple("Xã Tiền Phong", Succession.Share.PARTIAL));
    }

    @Test
    void childrenAreDistrictsOnTheOldMapAndCommunesOnTodaysMap() {
        AdminUnit langSonThen = GeographyFixtures.province(units, "20", BEFORE_REFORM);
        AdminUnit langSonNow = GeographyFixtures.province(units, "20", AFTER_REFORM);

        assertThat(units.children(langSonThen, BEFORE_REFORM, NATION))
                .allSatisfy(u -> assertThat(u.level()).isEqualTo(AdminUnit.Level.DISTRICT)).hasSize(11);
        assertThat(units.children(langSonNow, AFTER_REFORM, NATION))
                .allSatisfy(u -> assertThat(u.level()).isEqualTo(AdminUnit.Level.COMMUNE)).hasSize(65);
        AdminUnit ward = units.children(langSonNow, AFTER_REFORM, NATION).get(0);
        assertThat(units.parent(ward, AFTER_REFORM)).contains(langSonNow);
    }

    @Test
    void dongNaiBecameACityOn30April2026AndTenCommunesBecameWards() {
        AdminUnit before = GeographyFixtures.province(units, "75", LocalDate.of(2026, 4, 29));
        AdminUnit after = GeographyFixtures.province(units, "75", LocalDate.of(2026, 4, 30));

        assertThat(before.kind()).isEqualTo(UnitKind.PROVINCE);
        assertThat(after.kind()).isEqualTo(UnitKind.CITY);
        assertThat(units.history(after).formedFrom()).extracting(s -> s.unit().id()).containsExactly(before.id());
        AdminUnit locNinh = GeographyFixtures.commune(units, "25270", LocalDate.of(2026, 5, 1));
        assertThat(locNinh.fullName()).isEqualTo("Phường Lộc Ninh");
        assertThat(units.parent(locNinh, LocalDate.of(2026, 5, 1))).contains(after);
        assertThat(units.children(after, LocalDate.of(2026, 5, 1), NATION)).contains(locNinh);
    }

    @Test
    void aCorrectedCodeStillFindsItsCommune() {
        AdminUnit baChe = GeographyFixtures.communeToday(units, "06970");
        assertThat(baChe.code()).isEqualTo("06978");
        assertThat(baChe.formerCodes()).containsExactly("06970");
        // Before the reform 06970 was another unit: the township of Ba Chẽ.
        assertThat(GeographyFixtures.communeBeforeReform(units, "06970").fullName()).isEqualTo("Thị trấn Ba Chẽ");
    }

    @Test
    void aProvinceScopeSeesItsOwnPlacesOnBothMapsAndNothingElse() {
        AreaScope phuTho = AreaScope.province("25");
        AdminUnit hoaBinhOld = GeographyFixtures.province(units, "17", BEFORE_REFORM);
        AdminUnit langSon = GeographyFixtures.province(units, "20", AFTER_REFORM);

        assertThat(units.get(hoaBinhOld.id(), phuTho)).isEqualTo(hoaBinhOld);
        assertThatThrownBy(() -> units.get(langSon.id(), phuTho)).isInstanceOf(OutOfScopeException.class);
        assertThat(units.provinces(AFTER_REFORM, phuTho)).extracting(AdminUnit::code).containsExactly("25");
        assertThat(units.provinces(BEFORE_REFORM, phuTho)).extracting(AdminUnit::fullName)
                .containsExactlyInAnyOrder("Tỉnh Phú Thọ", "Tỉnh Vĩnh Phúc", "Tỉnh Hoà Bình");
        // Phú Thọ has a commune called Lang Sơn; the province of Lạng Sơn is not in its scope.
        assertThat(units.search("lang son", null, phuTho, 50)).extracting(AdminUnit::fullName)
                .contains("Xã Lang Sơn").doesNotContain("Tỉnh Lạng Sơn");
        assertThat(units.search("lang son", null, NATION, 50)).extracting(AdminUnit::fullName)
                .contains("Tỉnh Lạng Sơn");
    }

    @Test
    void aCommuneScopeSeesItsCommuneAndProvinceButNotOtherCommunes() {
        AdminUnit dongKinh = GeographyFixtures.communeToday(units, "05977");
        AreaScope scope = units.scopeOf(dongKinh.id());
        AdminUnit langSon = GeographyFixtures.province(units, "20", AFTER_REFORM);

        assertThat(scope).isEqualTo(AreaScope.commune("20", "05977"));
        assertThat(units.get(langSon.id(), scope)).isEqualTo(langSon);
        assertThat(units.children(langSon, AFTER_REFORM, scope)).containsExactly(dongKinh);
        assertThatThrownBy(() -> units.get(GeographyFixtures.communeToday(units, "05983").id(), scope))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void onlyProvincesAndCommunesInForceTodayCanBeScopes() {
        AdminUnit oldDistrict = units.children(GeographyFixtures.province(units, "20", BEFORE_REFORM), BEFORE_REFORM, NATION).get(0);
        assertThatThrownBy(() -> units.scopeOf(oldDistrict.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> units.scopeOf(-1)).isInstanceOf(InvalidInputException.class);
    }

    private static List<Long> ids(List<AdminUnit> list) {
        return list.stream().map(AdminUnit::id).sorted().toList();
    }
}
