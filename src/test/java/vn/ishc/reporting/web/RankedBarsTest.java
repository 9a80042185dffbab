package vn.ishc.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.ishc.geography.AdminUnit;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Boundaries;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.IndicatorTables;
import vn.ishc.reporting.Period;
import vn.ishc.reporting.web.DashboardView.Bar;

/** The bars beside the table: largest first, ties in Vietnamese order, no value last, values as text. */
class RankedBarsTest {

    static final Period YEAR = Period.year(2026);

    @Test
    void ranksTheProvincesByValueWithTiesInVietnameseOrder() {
        IndicatorTables.Table nation = new IndicatorTables.Table(
                new IndicatorTables.Place("", "VN", "Toàn quốc", null, null), YEAR, Boundaries.RESTATED,
                area("VN", "Toàn quốc", 60), List.of(row("01", "Thành phố Hà Nội", 10), row("66", "Tỉnh Đắk Lắk", 20),
                        row("80", "Tỉnh Tây Ninh", null), row("12", "Tỉnh Lai Châu", 30), row("11", "Tỉnh Điện Biên", 20),
                        row("68", "Tỉnh Lâm Đồng", 20), row("56", "Tỉnh Khánh Hòa", 20)), null);
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        Numbers say = new Numbers(messages, Locale.forLanguageTag("vi"));

        DashboardView.Ranking ranking = RankedBars.of(nation,
                new DashboardQuery(null, null, "2026", Boundaries.RESTATED, "CLUBS_ACTIVE", null), say);

        assertThat(ranking.bars()).extracting(Bar::name).containsExactly("Tỉnh Lai Châu", "Tỉnh Đắk Lắk",
                "Tỉnh Điện Biên", "Tỉnh Khánh Hòa", "Tỉnh Lâm Đồng", "Thành phố Hà Nội", "Tỉnh Tây Ninh");
        assertThat(ranking.bars()).extracting(Bar::width).containsExactly(100, 67, 67, 67, 67, 33, 0);
        assertThat(ranking.bars()).extracting(Bar::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(ranking.bars().get(0).text()).isEqualTo("30");
        assertThat(ranking.bars().get(6).text()).isEqualTo("0");
        assertThat(ranking.bars().get(0).href()).contains("area=12");
    }

    @Test
    void aCommuneHasNoRanking() {
        IndicatorTables.Table commune = new IndicatorTables.Table(
                new IndicatorTables.Place("20.06058", "06058", "Xã Quốc Việt", AdminUnit.Level.COMMUNE, null), YEAR,
                Boundaries.RESTATED, area("06058", "Xã Quốc Việt", 2), List.of(), null);
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        assertThat(RankedBars.of(commune, new DashboardQuery("20.06058", null, "2026", Boundaries.RESTATED,
                "CLUBS_ACTIVE", null), new Numbers(messages, Locale.forLanguageTag("vi")))).isNull();
    }

    private static IndicatorTables.Row row(String code, String name, Integer clubs) {
        return new IndicatorTables.Row(code, null, clubs == null ? new AreaFigures(code, name, YEAR, List.of())
                : area(code, name, clubs));
    }

    private static AreaFigures area(String code, String name, long clubs) {
        return new AreaFigures(code, name, YEAR, List.of(new Figure("CLUBS_ACTIVE", Map.of(), clubs)));
    }
}
