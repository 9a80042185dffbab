package vn.ishc.reporting.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ishc.geography.AdminUnit;
import vn.ishc.geography.AdminUnits;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.Boundaries;
import vn.ishc.reporting.Figure;
import vn.ishc.reporting.Indicator;
import vn.ishc.reporting.Indicators;
import vn.ishc.reporting.Period;
import vn.ishc.reporting.TargetProgress;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;
import vn.ishc.web.DocxWriter;
import vn.ishc.web.OfficialDocument;
import vn.ishc.web.PdfRenderer;

/**
 * The annual summary of an area (the nation, a province, a commune) for its association's report: the
 * year's headline figures with the targets beside them, members by sex and age, the months of the year
 * in bars, and the next level down; printed from the browser, or downloaded as a document the
 * association signs (PDF, or .docx to edit) in the layout of Decree 30/2020/NĐ-CP.
 */
@Controller
@PreAuthorize("hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'PARTNER_VIEWER')")
class AnnualSummaryController {

    static final List<String> HEADLINE = Indicator.Shown.ANNUAL_REPORT.codes();
    static final List<String> BELOW = Indicator.Shown.ANNUAL_AREAS.codes();
    static final List<String> MONTHLY = Indicator.Shown.ANNUAL_MONTHLY.codes();

    private final Indicators indicators;
    private final TargetProgress progress;
    private final PdfRenderer renderer;
    private final Clock clock;
    private final AdminUnits units;
    private final MessageSource messages;

    AnnualSummaryController(Indicators indicators, TargetProgress progress, PdfRenderer renderer, Clock clock,
                            AdminUnits units, MessageSource messages) {
        this.indicators = indicators;
        this.progress = progress;
        this.renderer = renderer;
        this.clock = clock;
        this.units = units;
        this.messages = messages;
    }

    /** A bar of the monthly chart: the month, its value and its length in per cent of the year's largest. */
    record Bar(YearMonth month, long value, int width) {
    }

    @GetMapping("/reports/annual")
    String page(@RequestParam(required = false) String area, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "AS_WAS") Boundaries boundaries, AreaScope scope, Model model) {
        model.addAllAttributes(model(area, year, boundaries, scope));
        return "reporting/annual";
    }

    /** The report as a document to sign (Decree 30/2020/NĐ-CP), with the details the officer filled in. */
    @GetMapping("/reports/annual.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String area, @RequestParam(required = false) Integer year,
                               @RequestParam(defaultValue = "AS_WAS") Boundaries boundaries, DocumentDetails details,
                               AreaScope scope, Locale locale) {
        Map<String, Object> model = model(area, year, boundaries, scope);
        OfficialDocument document = document(model, details, locale);
        return PdfRenderer.attachment(renderer.pdf("web/official", Map.of("doc", document), locale),
                fileName("pdf", model));
    }

    /** The same document as a Word file, for the office to edit before it signs. */
    @GetMapping("/reports/annual.docx")
    ResponseEntity<byte[]> docx(@RequestParam(required = false) String area, @RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "AS_WAS") Boundaries boundaries, DocumentDetails details,
                                AreaScope scope, Locale locale) {
        Map<String, Object> model = model(area, year, boundaries, scope);
        return DocxWriter.attachment(DocxWriter.docx(document(model, details, locale)), fileName("docx", model));
    }

    private OfficialDocument document(Map<String, Object> model, DocumentDetails details, Locale locale) {
        String path = (String) model.get("area");
        String above = path.contains(".") ? path.substring(0, path.indexOf('.')) : "";
        // Units in force today; an area of the old map has none and is named from its figures.
        Map<String, AdminUnit> found = units.atPaths(above.isEmpty() ? List.of(path) : List.of(path, above));
        AnnualDocument.Issuer issuer = new AnnualDocument.Issuer(found.get(path), found.get(above));
        return new AnnualDocument(messages, locale).of(model, issuer, details == null ? DocumentDetails.NONE : details);
    }

    private static String fileName(String extension, Map<String, Object> model) {
        return PdfRenderer.fileName(extension, "bao cao nam", ((AreaFigures) model.get("figures")).orgUnit(), model.get("year"));
    }

    private Map<String, Object> model(String area, Integer year, Boundaries boundaries, AreaScope scope) {
        String path = area == null ? scope.path() : area;
        YearMonth now = YearMonth.from(BusinessCalendar.today(clock));
        int y = year == null ? now.getYear() : year;
        Period period = Period.year(y);
        AreaFigures figures = indicators.of(path, period, boundaries, scope);
        Map<String, Object> model = new HashMap<>();
        model.put("area", path);
        model.put("year", String.valueOf(y));
        model.put("boundaries", boundaries);
        model.put("figures", figures);
        model.put("totals", totals(figures));
        model.put("members", dims(figures, "MEMBERS"));
        model.put("headline", HEADLINE);
        model.put("targets", progress.of(path, period, scope));
        Map<String, List<Bar>> monthly = new LinkedHashMap<>();
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = period.first(); !m.isAfter(period.last()) && !m.isAfter(now); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<YearMonth, Map<String, Long>> byMonth = new HashMap<>();
        for (YearMonth m : months) {
            byMonth.put(m, totals(indicators.of(path, Period.month(m), boundaries, scope)));
        }
        for (String code : MONTHLY) {
            long max = months.stream().mapToLong(m -> byMonth.get(m).getOrDefault(code, 0L)).max().orElse(0);
            monthly.put(code, months.stream().map(m -> {
                long v = byMonth.get(m).getOrDefault(code, 0L);
                return new Bar(m, v, max == 0 ? 0 : (int) Math.round(100.0 * v / max));
            }).toList());
        }
        model.put("monthly", monthly);
        List<AreaFigures> below = indicators.below(path, period, boundaries, scope);
        model.put("below", below.stream().map(b -> Map.of("area", b, "totals", totals(b))).toList());
        model.put("belowCodes", BELOW);
        // On the map as it was, the provinces merged into this one on 1 July 2025, for their months before.
        model.put("merged", indicators.mergedInto(path, period, boundaries, scope).stream()
                .map(b -> Map.of("area", b, "totals", totals(b))).toList());
        model.put("today", BusinessCalendar.today(clock));
        return model;
    }

    static Map<String, Long> totals(AreaFigures f) {
        Map<String, Long> out = new HashMap<>();
        for (Figure x : f.figures()) {
            if (x.isTotal()) {
                out.put(x.code(), x.value());
            }
        }
        return out;
    }

    private static Map<String, Long> dims(AreaFigures f, String code) {
        Map<String, Long> out = new java.util.TreeMap<>(vn.ishc.reporting.Breakdowns.BY_KEY.thenComparing(k -> k));
        for (Figure x : f.figures()) {
            if (x.code().equals(code) && !x.isTotal()) {
                out.put(x.dimsKey(), x.value());
            }
        }
        return out;
    }
}
