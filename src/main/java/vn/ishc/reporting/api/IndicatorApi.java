package vn.ishc.reporting.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Boundaries;
import vn.ishc.reporting.Dhis2OrgUnits;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.IndicatorExports;
import vn.ishc.reporting.IndicatorTables;
import vn.ishc.reporting.Period;
import vn.ishc.reporting.Share;
import vn.ishc.reporting.export.AdxWriter;
import vn.ishc.reporting.export.DataValueSetWriter;
import vn.ishc.reporting.export.Dhis2Catalogue;
import vn.ishc.reporting.export.Dhis2Metadata;
import vn.ishc.reporting.export.SheetWriter;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.InvalidParameterException;

/**
 * The indicator table of an area and period (the area's figures and the next level down), as JSON, a
 * spreadsheet, an ADX document or a DHIS2 {@code dataValueSets} document. {@code area} is a path on
 * the map used ("" the nation, "20" a province, "20.06058" a commune of today, "20.178.06058" a commune
 * before the reform), {@code period} as {@code 2024}, {@code 2024-Q4}, {@code 2024-12} or
 * {@code 2024-01..2024-06}, {@code codes} a comma-separated list of indicator codes (all when absent).
 */
@RestController
class IndicatorApi {

    private final IndicatorTables tables;
    private final IndicatorExports exports;
    private final MessageSource messages;
    private final Clock clock;
    private final Dhis2OrgUnits orgUnits;

    IndicatorApi(IndicatorTables tables, IndicatorExports exports, MessageSource messages, Clock clock,
                 Dhis2OrgUnits orgUnits) {
        this.tables = tables;
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
        this.orgUnits = orgUnits;
    }

    /** A figure: an indicator code, its disaggregation (empty for the total) and its value. */
    record FigureJson(String code, Map<String, String> dims, long value) {
    }

    /**
     * A per-cent figure with both its parts, so that areas can be added up and the share worked out again:
     * {@code percent} is null when the denominator is zero.
     */
    record ShareJson(String numerator, String denominator, long numeratorValue, long denominatorValue,
                     java.math.BigDecimal percent) {
    }

    /** A row of the next level down: an area (its path) or a club (its id). */
    record RowJson(String path, UUID clubId, String orgUnit, String name, List<FigureJson> figures,
                   List<ShareJson> shares) {
    }

    /**
     * The table: the area asked for (on {@code boundaries}, the map used, which is today's when the
     * area is only on it), its figures, the rows below it, and each code's name in the caller's language.
     */
    record TableJson(String area, String orgUnit, String name, String period, String boundaries, String note,
                     List<FigureJson> figures, List<ShareJson> shares, List<RowJson> below, Map<String, String> names) {
    }

    @GetMapping("/api/v1/indicators")
    TableJson table(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
                    @RequestParam(required = false, defaultValue = "AS_WAS") Boundaries boundaries,
                    @RequestParam(required = false) String codes, AreaScope scope, Locale locale) {
        Set<String> wanted = IndicatorExports.codes(codes);
        IndicatorTables.Table t = table(area, period, boundaries, scope, locale);
        List<RowJson> below = new ArrayList<>();
        for (IndicatorTables.Row r : t.below()) {
            below.add(new RowJson(r.path(), r.clubId(), r.figures().orgUnit(), r.figures().name(),
                    figures(r.figures(), wanted), shares(r.figures(), wanted)));
        }
        Map<String, String> names = new LinkedHashMap<>();
        wanted.forEach(c -> names.put(c, messages.getMessage("indicator." + c + ".name", null, c, locale)));
        return new TableJson(t.place().path(), t.figures().orgUnit(), t.place().name(), t.period().code(),
                t.boundaries().name(), t.noteKey() == null ? null : messages.getMessage(t.noteKey(), null, locale),
                figures(t.figures(), wanted), shares(t.figures(), wanted), below, names);
    }

    @GetMapping("/api/v1/indicators.xlsx")
    void sheet(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
               @RequestParam(required = false, defaultValue = "AS_WAS") Boundaries boundaries,
               @RequestParam(required = false) String codes, AreaScope scope, Locale locale,
               HttpServletResponse response) throws IOException {
        Set<String> wanted = IndicatorExports.codes(codes);
        IndicatorTables.Table t = table(area, period, boundaries, scope, locale);
        response.setContentType(SheetWriter.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(t, "xlsx"));
        exports.sheet(t, wanted, locale, response.getOutputStream());
    }

    @GetMapping("/api/v1/indicators.adx")
    ResponseEntity<byte[]> adx(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
                               @RequestParam(required = false, defaultValue = "AS_WAS") Boundaries boundaries,
                               @RequestParam(required = false) String codes, AreaScope scope, Locale locale) {
        Set<String> wanted = IndicatorExports.codes(codes);
        IndicatorTables.Table t = table(area, period, boundaries, scope, locale);
        byte[] document = exports.adx(t, wanted);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AdxWriter.CONTENT_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(t, "adx.xml")).body(document);
    }

    @GetMapping("/api/v1/indicators.json")
    void dhis2(@RequestParam(required = false) String area, @RequestParam(required = false) String period,
               @RequestParam(required = false, defaultValue = "AS_WAS") Boundaries boundaries,
               @RequestParam(required = false) String codes, @RequestParam(defaultValue = "dhis2") String format,
               AreaScope scope, Locale locale, HttpServletResponse response) throws IOException {
        if (!"dhis2".equals(format)) {
            throw new InvalidInputException("dashboard.format.unknown", "format", format);
        }
        Set<String> wanted = IndicatorExports.codes(codes);
        IndicatorTables.Table t = table(area, period, boundaries, scope, locale);
        InvalidInputException refusal = IndicatorExports.dhis2Refusal(t);
        if (refusal != null) {
            throw refusal;
        }
        response.setContentType(DataValueSetWriter.CONTENT_TYPE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(t, "dhis2.json"));
        exports.dhis2(t, wanted, response.getOutputStream());
    }

    /**
     * The DHIS2 metadata package the ADX and {@code dataValueSets} exports refer to: imported once into a
     * DHIS2 instance (national administrators only), it holds every uid they use. Names are Vietnamese.
     */
    @GetMapping("/api/v1/indicators/dhis2/metadata")
    @PreAuthorize("hasRole('NATIONAL_ADMIN')")
    void dhis2Metadata(HttpServletResponse response) throws IOException {
        Locale vietnamese = Locale.forLanguageTag("vi");
        response.setContentType(Dhis2Metadata.CONTENT_TYPE + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("ishc-dhis2-metadata.json").build().toString());
        Dhis2Metadata.write(Dhis2Catalogue.get(), orgUnits.all(),
                code -> messages.getMessage("indicator." + code + ".name", null, code, vietnamese),
                response.getOutputStream());
    }

    private IndicatorTables.Table table(String area, String period, Boundaries boundaries, AreaScope scope, Locale locale) {
        return tables.table(area == null ? scope.path() : area, period(period), boundaries, scope, locale);
    }

    private Period period(String text) {
        if (text == null || text.isBlank()) {
            return Period.year(BusinessCalendar.today(clock).getYear());
        }
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("dashboard.period.invalid", "period", text);
        }
    }

    private static List<FigureJson> figures(AreaFigures figures, Set<String> codes) {
        List<FigureJson> out = new ArrayList<>();
        for (Figure f : figures.figures()) {
            if (codes.contains(f.code())) {
                out.add(new FigureJson(f.code(), f.dims(), f.value()));
            }
        }
        return out;
    }

    /** The shares of the codes asked for, where the area has both parts. */
    private static List<ShareJson> shares(AreaFigures figures, Set<String> codes) {
        List<ShareJson> out = new ArrayList<>();
        for (Share share : Share.of(codes)) {
            Long part = share.numeratorIn(figures);
            Long of = share.denominatorIn(figures);
            if (part != null && of != null) {
                out.add(new ShareJson(share.numeratorKey(), share.denominator(), part, of, Share.percent(part, of)));
            }
        }
        return out;
    }

    private static String attachment(IndicatorTables.Table t, String extension) {
        String area = t.figures().orgUnit();
        return ContentDisposition.attachment().filename("ishc-" + area + "-" + t.period().code().replace("..", "_")
                + "." + extension).build().toString();
    }
}
