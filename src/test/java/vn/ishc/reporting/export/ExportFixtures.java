package vn.ishc.reporting.export;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Period;

/** A province and two of its communes, for December 2024 and the year 2024. */
final class ExportFixtures {

    static final Period DECEMBER = Period.month(YearMonth.of(2024, 12));
    static final Period YEAR = Period.year(2024);
    static final Instant EXPORTED = Instant.parse("2025-01-10T02:30:00.123Z");

    private ExportFixtures() {
    }

    static List<AreaFigures> areas() {
        return List.of(
                area("20", "Tỉnh Lạng Sơn", DECEMBER, 46, 2_410, 1_530, 880, 412_500_000L),
                area("06325", "Xã Hoàng Đồng", DECEMBER, 2, 118, 74, 44, 21_000_000L),
                area("06328", "Xã Mai Pha", DECEMBER, 1, 57, 35, 22, 9_750_000L),
                area("20", "Tỉnh Lạng Sơn", YEAR, 46, 2_410, 1_530, 880, 2_310_000_000L),
                area("06325", "Xã Hoàng Đồng", YEAR, 2, 118, 74, 44, 98_000_000L),
                area("06328", "Xã Mai Pha", YEAR, 1, 57, 35, 22, 40_250_000L));
    }

    private static AreaFigures area(String code, String name, Period period, long clubs, long members,
                                    long women, long men, long disbursed) {
        return new AreaFigures(code, name, period, List.of(
                Figure.total("CLUBS_ACTIVE", clubs),
                Figure.total("MEMBERS", members),
                Figure.of("MEMBERS", "SEX", "F", women),
                Figure.of("MEMBERS", "SEX", "M", men),
                new Figure("MEMBERS", Map.of("SEX", "F", "AGE", "A60_69"), women / 2),
                new Figure("MEMBERS", Map.of("AGE", "A60_69", "SEX", "M"), men / 2),
                Figure.of("ACTIVITIES", "AREA", "HEALTH", clubs * 3),
                Figure.total("LOANS_DISBURSED_AMOUNT", disbursed)));
    }

    /** One value as DHIS2 keys it; the ADX and the JSON of the same figures hold the same set. */
    record Tuple(String orgUnit, String period, String dataElement, String combo, String value) {
    }

    static Set<Tuple> expected(List<AreaFigures> areas) {
        return areas.stream().flatMap(a -> a.figures().stream().map(f -> new Tuple(a.orgUnit(), a.period().dhis2(),
                        f.code(), DataValueSetWriter.categoryOptionCombo(f.dims()), Long.toString(f.value()))))
                .collect(Collectors.toSet());
    }

    static int valueCount(List<AreaFigures> areas) {
        return areas.stream().mapToInt(a -> a.figures().size()).sum();
    }

    static byte[] adx(List<AreaFigures> areas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AdxWriter.exportedAt(EXPORTED).write(areas, out);
        return out.toByteArray();
    }

    static byte[] json(List<AreaFigures> areas) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataValueSetWriter.create().write(areas, out);
        return out.toByteArray();
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/reporting");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
