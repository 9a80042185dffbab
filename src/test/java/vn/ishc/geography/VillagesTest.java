package vn.ishc.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

@SpringBootTest
class VillagesTest {

    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void storesTheNameInNfcWhateverFormItArrivesIn() {
        AdminUnit commune = GeographyFixtures.communeToday(units, "05986");
        String decomposed = Normalizer.normalize("  Thôn   Nà Rụa ", Normalizer.Form.NFD);

        Village v = villages.create(null, commune.id(), decomposed, "tester", NATION);

        assertThat(v.name()).isEqualTo("Thôn Nà Rụa");
        assertThat(Normalizer.isNormalized(v.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(v.currentCommuneId()).isEqualTo(commune.id());
        assertThat(villages.ofCommune(commune.id(), false, NATION)).contains(v);
    }

    @Test
    void aNameWithANulOrANonBreakingSpaceIsStoredWithoutTheNulAndWithASpace() {
        AdminUnit commune = GeographyFixtures.communeToday(units, "05986");

        Village v = villages.create(null, commune.id(), "Thôn\u00A0Khuổi\u0000 Phầy", "tester", NATION);

        assertThat(v.name()).isEqualTo("Thôn Khuổi Phầy");
    }

    @Test
    void refusesAnEmptyNameAndADuplicateIgnoringToneMarksAndSavesNothing() {
        AdminUnit commune = GeographyFixtures.communeToday(units, "06001");
        villages.create(null, commune.id(), "Thôn Hoà Lạc", "tester", NATION);
        long before = villageCount();

        assertThatThrownBy(() -> villages.create(null, commune.id(), "   ", "tester", NATION))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "geography.village.nameEmpty")
                .hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> villages.create(null, commune.id(), "thôn hòa lạc", "tester", NATION))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("messageKey", "geography.village.duplicate");
        assertThat(villageCount()).isEqualTo(before);
    }

    @Test
    void aRetiredNameMayBeUsedAgainAndARenameMayNotTakeAnActiveName() {
        AdminUnit commune = GeographyFixtures.communeToday(units, "06004");
        Village old = villages.create(null, commune.id(), "Bản Khuổi Phầy", "tester", NATION);
        villages.retire(old.id(), LocalDate.of(2026, 1, 1), "tester", NATION);
        Village again = villages.create(null, commune.id(), "Bản Khuổi Phầy", "tester", NATION);
        Village other = villages.create(null, commune.id(), "Bản Nà Lừa", "tester", NATION);

        assertThat(again.id()).isNotEqualTo(old.id());
        assertThatThrownBy(() -> villages.rename(other.id(), "bản khuổi phầy", "tester", NATION))
                .isInstanceOf(InvalidInputException.class);
        assertThat(villages.rename(other.id(), "Bản Nà Lừa Trên", "tester", NATION).name()).isEqualTo("Bản Nà Lừa Trên");
    }

    @Test
    void aRetriedCreateWithTheSameIdSavesTheVillageOnce() {
        AdminUnit commune = GeographyFixtures.communeToday(units, "06019");
        UUID id = UUID.randomUUID();

        Village first = villages.create(id, commune.id(), "Tổ dân phố 3", "tester", NATION);
        Village second = villages.create(id, commune.id(), "Tổ dân phố 3", "tester", NATION);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from geo_village where id = :id").param("id", id).query(Long.class).single())
                .isOne();
    }

    @Test
    void aVillageOfAMergedOldCommuneIsPlacedUnderItsNewCommuneAtOnce() {
        // Xã Hòa Bình (Hòa Bình province) went whole into Phường Tân Hoà (Phú Thọ).
        AdminUnit old = GeographyFixtures.communeBeforeReform(units, "04825");
        AdminUnit tanHoa = GeographyFixtures.communeToday(units, "04792");

        Village v = villages.create(null, old.id(), "Xóm Dụ", "tester", NATION);

        assertThat(v.communeId()).isEqualTo(old.id());
        assertThat(v.currentCommuneId()).isEqualTo(tanHoa.id());
        assertThat(villages.ofCommune(tanHoa.id(), false, NATION)).contains(v);
    }

    @Test
    void aVillageOfASplitCommuneWaitsForAPersonToChoose() {
        // Xã Vầy Nưa was split between Phường Thống Nhất and Xã Tiền Phong.
        AdminUnit vayNua = GeographyFixtures.communeBeforeReform(units, "04891");
        AdminUnit thongNhat = GeographyFixtures.communeToday(units, "04828");
        AdminUnit unrelated = GeographyFixtures.communeToday(units, "05977");

        Village v = villages.create(null, vayNua.id(), "Xóm Bích Trì", "tester", NATION);

        assertThat(v.awaitingPlacement()).isTrue();
        assertThat(villages.awaitingPlacement(AreaScope.province("25"))).contains(v);
        assertThat(villages.awaitingPlacement(AreaScope.province("20"))).doesNotContain(v);
        assertThatThrownBy(() -> villages.place(v.id(), unrelated.id(), "tester", NATION))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "currentCommuneId");

        Village placed = villages.place(v.id(), thongNhat.id(), "tester", NATION);

        assertThat(placed.currentCommuneId()).isEqualTo(thongNhat.id());
        assertThat(villages.awaitingPlacement(NATION)).doesNotContain(placed);
    }

    @Test
    void refusesAVillageUnderAProvinceOrOutsideTheScope() {
        AdminUnit province = GeographyFixtures.province(units, "20", GeographyFixtures.AFTER_REFORM);
        AdminUnit langSonCommune = GeographyFixtures.communeToday(units, "05977");

        assertThatThrownBy(() -> villages.create(null, province.id(), "Thôn A", "tester", NATION))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> villages.create(null, langSonCommune.id(), "Thôn B", "tester", AreaScope.province("25")))
                .isInstanceOf(OutOfScopeException.class);
    }

    @Test
    void everyChangeIsAudited() {
        AdminUnit commune = GeographyFixtures.communeToday(units, "06037");
        Village v = villages.create(null, commune.id(), "Thôn Pò Mã", "officer1", NATION);
        villages.rename(v.id(), "Thôn Pò Mã Dưới", "officer2", NATION);

        assertThat(jdbc.sql("select actor || ' ' || action from audit_event where target = :t order by id")
                .param("t", "village:" + v.id()).query(String.class).list())
                .containsExactly("officer1 village.created", "officer2 village.renamed");
    }

    private long villageCount() {
        return jdbc.sql("select count(*) from geo_village").query(Long.class).single();
    }
}
