package vn.ishc.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.GeographyFixtures;
import vn.ishc.identity.CurrentUser;
import vn.ishc.identity.Role;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.OutOfScopeException;

/** Targets against the database: the reference targets, sharing among provinces, who records what. */
@SpringBootTest
@RecordApplicationEvents
class TargetsTest {

    static final UUID DECISION_1336 = UUID.fromString("0b1336a0-0000-4000-8000-000000000001");
    static final UUID DECISION_1648 = UUID.fromString("0b1648a0-0000-4000-8000-000000000001");
    static final UUID DECISION_1579 = UUID.fromString("0b1579a0-0000-4000-8000-000000000001");

    @Autowired
    Targets targets;
    @Autowired
    AdminUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationEvents events;

    @Test
    void theTargetsOfDecisions1336And1648And1579AreLoadedWithTheirValuesPeriodsAndDocuments() {
        List<Target> of1336 = targets.list(null, DECISION_1336, AreaScope.nation());
        assertThat(of1336).extracting(t -> t.code() + " " + t.measure() + " " + t.value().toPlainString() + " "
                        + t.ofCode() + " " + t.direction() + " " + t.period())
                .containsExactlyInAnyOrder(
                        "CLUBS_NEW COUNT 3000 null AT_LEAST 2021-01..2025-12",
                        "MEMBERS_NEW COUNT 150000 null AT_LEAST 2021-01..2025-12",
                        "MEMBERS_NEW_OLDER COUNT 100000 null AT_LEAST 2021-01..2025-12",
                        "PROVINCES_WITH_CLUB SHARE 95 PROVINCES_TOTAL AT_LEAST 2021-01..2025-12",
                        "CLUBS_ALL_AREAS SHARE 70 CLUBS_ACTIVE AT_LEAST 2021-01..2025-12",
                        "MEMBERS_EVER_BORROWED SHARE 50 MEMBERS AT_LEAST 2021-01..2025-12",
                        "CLUBS_BOTH_FUNDS SHARE 100 CLUBS_ACTIVE AT_LEAST 2021-01..2025-12");
        assertThat(of1336).allSatisfy(t -> {
            assertThat(t.isNational()).isTrue();
            assertThat(t.document().number()).isEqualTo("1336/QĐ-TTg");
            assertThat(t.document().kind()).isEqualTo(SourceDocument.Kind.NATIONAL_DECISION);
            assertThat(t.document().issuedOn()).hasToString("2020-08-31");
        });
        assertThat(targets.list("CLUBS_NEW", DECISION_1648, AreaScope.nation()))
                .extracting(t -> t.value().toPlainString() + " " + t.period().label())
                .containsExactlyInAnyOrder("6000 2025–2030", "12000 2025–2035");
        assertThat(targets.list("MEMBERS_CHECKUP_12M", DECISION_1579, AreaScope.nation())).singleElement()
                .satisfies(t -> assertThat(t.value() + " % of " + t.ofCode()).isEqualTo("70 % of MEMBERS_OLDER"));
        assertThat(targets.list("COMMUNES_WITH_CLUB", null, AreaScope.nation())).filteredOn(Target::isNational)
                .anySatisfy(t -> {
                    assertThat(t.value() + " " + t.ofCode() + " " + t.period().last()).isEqualTo("80 COMMUNES_TOTAL 2030-12");
                    assertThat(t.document().kind()).isEqualTo(SourceDocument.Kind.OTHER);
                });
        assertThat(targets.targetsFor("", 2024, 2024, AreaScope.province("20")))
                .extracting(Target::code).contains("CLUBS_NEW", "MEMBERS_EVER_BORROWED", "MEMBERS_CHECKUP_12M")
                .doesNotContain("COMMUNES_WITH_CLUB");
    }

    @Test
    void sharesOfANationalCountWithinItsValueAreRecordedAndOneTakingTheSumOverIsRefusedNamingTheProvince() {
        Target national = targets.record(national("CLUBS_NEW", Target.Measure.COUNT, 1000, null), admin());

        List<Target> shares = targets.share(national.id(), Map.of("20", BigDecimal.valueOf(600), "25",
                BigDecimal.valueOf(400)), admin());
        assertThat(shares).extracting(t -> t.areaName() + " " + t.value()).containsExactlyInAnyOrder(
                "Tỉnh Lạng Sơn 600", "Tỉnh Phú Thọ 400");
        assertThat(shares).allSatisfy(s -> {
            assertThat(s.parentId()).isEqualTo(national.id());
            assertThat(s.code()).isEqualTo("CLUBS_NEW");
            assertThat(s.period()).isEqualTo(national.period());
            assertThat(s.document().id()).isEqualTo(national.document().id());
        });

        assertThatThrownBy(() -> targets.share(national.id(), Map.of("01", BigDecimal.valueOf(1)), admin()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("shares[01]");
                    assertThat(messages.getMessage(e.messageKey(), e.arguments(), java.util.Locale.forLanguageTag("vi")))
                            .isEqualTo("Thành phố Hà Nội (01): 1 làm tổng phân bổ lên 1.001, vượt chỉ tiêu toàn quốc 1.000.");
                });
        assertThat(targets.shares(national.id(), AreaScope.nation())).hasSize(2);
    }

    @Test
    void aShareCorrectedOrWithdrawnKeepsTheVersionItReplacesWithWhoAndWhen() {
        Target national = targets.record(national("CLUBS_NEW", Target.Measure.COUNT, 500, null), admin());
        Target first = targets.share(national.id(), Map.of("20", BigDecimal.valueOf(200), "25", BigDecimal.valueOf(100)),
                admin()).stream().filter(s -> s.areaPath().equals("20")).findFirst().orElseThrow();

        Map<String, BigDecimal> change = new HashMap<>();
        change.put("20", BigDecimal.valueOf(400));
        change.put("25", null);
        List<Target> now = targets.share(national.id(), change, admin());

        assertThat(now).singleElement().satisfies(s -> {
            assertThat(s.value()).isEqualByComparingTo("400");
            assertThat(s.replaces()).isEqualTo(first.id());
        });
        Target old = targets.get(first.id(), AreaScope.province("20"));
        assertThat(old.current()).isFalse();
        assertThat(old.supersededBy()).isEqualTo("quantri");
        assertThat(old.supersededAt()).isNotNull();
        assertThat(targets.shareHistory(national.id(), AreaScope.nation())).extracting(s -> s.areaPath() + " " + s.value()
                + " " + s.current()).containsExactlyInAnyOrder("20 400 true", "20 200 false", "25 100 false");
        assertThat(events.stream(TargetChanged.class).filter(e -> national.id().equals(e.parentId())))
                .extracting(e -> e.change() + " " + e.areaPath() + " " + e.value())
                .containsExactly("SHARED 20 200", "SHARED 25 100", "CORRECTED 20 400", "WITHDRAWN 25 100");
        assertThatThrownBy(() -> jdbc.sql("delete from programme_target where id = :id").param("id", old.id()).update())
                .hasMessageContaining("never deleted");
    }

    @Test
    void eachProvinceHasItsOwnPerCentOfANationalShareWithNoRuleOnTheirSum() {
        Target national = targets.record(national("COMMUNES_WITH_CLUB", Target.Measure.SHARE, 80, "COMMUNES_TOTAL"), admin());

        assertThat(targets.share(national.id(), Map.of("20", new BigDecimal("90"), "25", new BigDecimal("75.5")), admin()))
                .extracting(s -> s.areaPath() + " " + s.value() + " " + s.ofCode())
                .containsExactlyInAnyOrder("20 90 COMMUNES_TOTAL", "25 75.5 COMMUNES_TOTAL");
        assertThatThrownBy(() -> targets.share(national.id(), Map.of("20", new BigDecimal("120")), admin()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("shares[20]"));
    }

    @Test
    void aProvinceOfficerRecordsTheirPlanForTheProvinceOrItsCommunesButNeitherANationalTargetNorAnotherProvinces() {
        CurrentUser officer = officer("20");
        String commune = GeographyFixtures.communeToday(units, "05977").path();

        assertThatThrownBy(() -> targets.record(plan("", "CLUBS_NEW", 10), officer)).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> targets.record(plan("25", "CLUBS_NEW", 10), officer))
                .isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> targets.record(inArea(national("CLUBS_NEW", Target.Measure.COUNT, 10, null), "20"),
                officer)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("documentKind"));
        Target national = targets.record(national("CLUBS_NEW", Target.Measure.COUNT, 10, null), admin());
        assertThatThrownBy(() -> targets.share(national.id(), Map.of("20", BigDecimal.ONE), officer))
                .isInstanceOf(OutOfScopeException.class);

        Target province = targets.record(plan("20", "CLUBS_NEW", 46), officer);
        Target ofCommune = targets.record(plan(commune, "MEMBERS", 70), officer);
        assertThat(province.areaName()).isEqualTo("Tỉnh Lạng Sơn");
        assertThat(province.document().kind()).isEqualTo(SourceDocument.Kind.PROVINCIAL_PLAN);
        assertThat(province.document().areaPath()).isEqualTo("20");
        assertThat(ofCommune.document().id()).as("the same plan is one document").isEqualTo(province.document().id());
        assertThat(events.stream(TargetChanged.class).filter(e -> e.targetId().equals(province.id())))
                .singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("target.recorded"));
    }

    @Test
    void eachUserReadsTheTargetsOfTheirAreaOfAreasWithinItAndAboveIt() {
        Target langSon = targets.record(plan("20", "CLUBS_ACTIVE", 60), officer("20"));
        Target phuTho = targets.record(plan("25", "CLUBS_ACTIVE", 80), officer("25"));
        String communePath = GeographyFixtures.communeToday(units, "05977").path();
        AreaScope commune = AreaScope.ofPath(communePath);

        assertThat(targets.list("CLUBS_ACTIVE", null, AreaScope.province("20"))).extracting(Target::id)
                .contains(langSon.id()).doesNotContain(phuTho.id());
        assertThat(targets.list(null, null, commune)).extracting(Target::id).contains(langSon.id())
                .doesNotContain(phuTho.id());
        assertThat(targets.list(null, DECISION_1336, commune)).hasSize(7);
        assertThat(targets.list(null, null, AreaScope.nation())).extracting(Target::id).contains(langSon.id(), phuTho.id());
        assertThatThrownBy(() -> targets.get(phuTho.id(), AreaScope.province("20"))).isInstanceOf(OutOfScopeException.class);
        assertThatThrownBy(() -> targets.targetsFor("25", 2026, 2026, commune)).isInstanceOf(OutOfScopeException.class);
        assertThat(targets.documents(AreaScope.province("20"))).extracting(SourceDocument::areaPath)
                .contains("", "20").doesNotContain("25");
    }

    @Test
    void theSameTargetSentTwiceIsRecordedOnceAndTheFieldsAreChecked() {
        UUID id = UUID.randomUUID();
        NewTarget p = plan("20", "CLUBS_NEW", 12);
        NewTarget t = new NewTarget(id, p.code(), p.areaPath(), p.first(), p.last(), p.measure(), p.value(), p.ofCode(),
                p.direction(), p.documentId(), p.document(), p.note());
        Target once = targets.record(t, officer("20"));
        assertThat(targets.record(t, officer("20")).id()).isEqualTo(once.id());
        assertThat(jdbc.sql("select count(*) from programme_target where id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);

        assertThatThrownBy(() -> targets.record(national("clubs new", Target.Measure.COUNT, 1, null), admin()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThatThrownBy(() -> targets.record(national("MEMBERS_NEW", Target.Measure.COUNT, 1.5, null), admin()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("value"));
        assertThatThrownBy(() -> targets.record(national("MEMBERS_BP_MEASURED", Target.Measure.SHARE, 70, null), admin()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ofCode"));
        assertThatThrownBy(() -> targets.record(new NewTarget(null, "CLUBS_NEW", "", YearMonth.of(2026, 12),
                YearMonth.of(2026, 1), Target.Measure.COUNT, BigDecimal.TEN, null, null, null, nationalDocument(), null),
                admin())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("last"));
    }

    static CurrentUser admin() {
        return new CurrentUser(UUID.randomUUID(), "quantri", "Quản trị", Role.NATIONAL_ADMIN, AreaScope.nation());
    }

    static CurrentUser officer(String province) {
        return new CurrentUser(UUID.randomUUID(), "tinh-" + province, "Cán bộ tỉnh", Role.PROVINCE_OFFICER,
                AreaScope.province(province));
    }

    static NewTarget.NewDocument nationalDocument() {
        return new NewTarget.NewDocument(SourceDocument.Kind.NATIONAL_DECISION, "9" + UUID.randomUUID().toString()
                .substring(0, 6) + "/QĐ-TTg", "Quyết định thử", java.time.LocalDate.of(2026, 1, 5), null);
    }

    static NewTarget national(String code, Target.Measure measure, double value, String ofCode) {
        return new NewTarget(null, code, "", YearMonth.of(2026, 1), YearMonth.of(2030, 12), measure,
                BigDecimal.valueOf(value), ofCode, null, null, nationalDocument(), null);
    }

    static NewTarget inArea(NewTarget t, String areaPath) {
        return new NewTarget(t.id(), t.code(), areaPath, t.first(), t.last(), t.measure(), t.value(), t.ofCode(),
                t.direction(), t.documentId(), t.document(), t.note());
    }

    static NewTarget plan(String areaPath, String code, long value) {
        return new NewTarget(null, code, areaPath, YearMonth.of(2026, 1), YearMonth.of(2030, 12), Target.Measure.COUNT,
                BigDecimal.valueOf(value), null, null, null, new NewTarget.NewDocument(SourceDocument.Kind.PROVINCIAL_PLAN,
                "15/KH-UBND", "Kế hoạch nhân rộng CLB đến năm 2030", java.time.LocalDate.of(2025, 12, 1), null), null);
    }
}
