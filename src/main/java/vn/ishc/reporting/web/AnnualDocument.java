package vn.ishc.reporting.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.ishc.geography.AdminUnit;
import vn.ishc.reporting.AreaFigures;
import vn.ishc.reporting.TargetProgress;
import vn.ishc.web.OfficialDocument;
import vn.ishc.web.OfficialDocument.Section;
import vn.ishc.web.OfficialDocument.Table;

/**
 * The annual summary as a document its association signs (Decree 30/2020/NĐ-CP): issued by the
 * association of the area ("HỘI NGƯỜI CAO TUỔI XÃ VÂN NHAM", under the province's), the place the
 * area's name, dated today; the same figures as the page, in the same order.
 */
final class AnnualDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final Locale locale;
    private final DecimalFormat whole;
    private final DecimalFormat decimal;

    AnnualDocument(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        // As the page writes figures: 1.234 and 12,5.
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        this.whole = new DecimalFormat("#,##0", symbols);
        this.decimal = new DecimalFormat("#,##0.#", symbols);
    }

    /**
     * The area's unit and the unit above it, each null where there is none (the nation; a unit of the
     * old map, which is named from its figures).
     */
    record Issuer(AdminUnit unit, AdminUnit above) {
    }

    @SuppressWarnings("unchecked")
    OfficialDocument of(Map<String, Object> model, Issuer issuer, DocumentDetails details) {
        AreaFigures figures = (AreaFigures) model.get("figures");
        LocalDate today = (LocalDate) model.get("today");
        String year = (String) model.get("year");
        String areaName = figures.name() == null ? msg("annual.nation") : figures.name();
        OfficialDocument.Letterhead head = new OfficialDocument.Letterhead(upper(superior(figures, issuer)),
                upper(issuer(figures, issuer)), number(details), msg("doc.country"), msg("doc.motto"),
                msg("doc.placeDate", DocumentDetails.or(details.place(), place(figures, issuer)),
                        today.format(DateTimeFormatter.ofPattern("dd")), today.format(DateTimeFormatter.ofPattern("MM")),
                        String.valueOf(today.getYear())));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("headline", msg("annual.headline"),
                List.of(msg("annual.asOf", today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                        msg("annual.boundaries." + model.get("boundaries"))),
                headline((Map<String, Long>) model.get("totals"), (List<String>) model.get("headline"))));
        List<TargetProgress.Progress> targets = (List<TargetProgress.Progress>) model.get("targets");
        if (!targets.isEmpty()) {
            sections.add(new Section("targets", msg("annual.targets"), List.of(), targets(targets)));
        }
        sections.add(new Section("members-by", msg("annual.members"), List.of(),
                members((Map<String, Long>) model.get("members"))));
        sections.add(new Section("months", msg("annual.months"), List.of(),
                months((Map<String, List<AnnualSummaryController.Bar>>) model.get("monthly"))));
        List<Map<String, Object>> below = (List<Map<String, Object>>) model.get("below");
        List<String> belowCodes = (List<String>) model.get("belowCodes");
        if (!below.isEmpty()) {
            sections.add(new Section("below", msg("annual.below"), List.of(), areas(below, belowCodes)));
        }
        List<Map<String, Object>> merged = (List<Map<String, Object>>) model.get("merged");
        if (!merged.isEmpty()) {
            sections.add(new Section("merged", msg("annual.merged"), List.of(msg("annual.merged.note")),
                    areas(merged, belowCodes)));
        }
        sections.add(new Section("note", msg("annual.doc.closing"), List.of(msg("annual.note")), null));
        List<String> recipients = details.recipientLines().isEmpty()
                ? List.of(msg("doc.recipient.above"), msg("doc.recipient.archive")) : details.recipientLines();
        OfficialDocument.Signing signing = new OfficialDocument.Signing(msg("doc.recipients"),
                recipients.stream().map(r -> r.startsWith("-") ? r : "- " + r).toList(),
                upper(DocumentDetails.or(details.authority(), msg("doc.authority"))),
                upper(DocumentDetails.or(details.position(), msg("doc.position"))),
                DocumentDetails.or(details.signer(), ""));
        return new OfficialDocument(head, msg("annual.heading", year), msg("annual.doc.subject", areaName),
                sections, signing);
    }

    private String superior(AreaFigures figures, Issuer issuer) {
        if (figures.name() == null) {
            return "";
        }
        return issuer.above() == null ? msg("doc.association.nation") : msg("doc.association", issuer.above().fullName());
    }

    private String issuer(AreaFigures figures, Issuer issuer) {
        return figures.name() == null ? msg("doc.association.nation") : msg("doc.association", figures.name());
    }

    private String place(AreaFigures figures, Issuer issuer) {
        if (figures.name() == null) {
            return msg("doc.place.nation");
        }
        return issuer.unit() != null ? issuer.unit().name() : figures.name();
    }

    /** "Số: 12/BC-HNCT" as typed; with no number, room to write it by hand. */
    private String number(DocumentDetails details) {
        String typed = DocumentDetails.or(details.number(), "");
        if (typed.contains("/")) {
            return msg("doc.number.full", typed);
        }
        return msg("doc.number", typed.isEmpty() ? "\u00a0".repeat(8) : typed, msg("doc.symbol"));
    }

    private Table headline(Map<String, Long> totals, List<String> codes) {
        return new Table(List.of(msg("annual.indicator"), msg("annual.value")),
                codes.stream().map(c -> List.of(indicator(c), whole.format(totals.getOrDefault(c, 0L)))).toList(), 1);
    }

    private Table targets(List<TargetProgress.Progress> targets) {
        List<List<String>> rows = new ArrayList<>();
        for (TargetProgress.Progress p : targets) {
            String target = decimal.format(p.target().value()) + (p.target().inPerCent() ? "%" : "");
            String achieved = p.of() != null
                    ? msg("annual.share", whole.format(p.achieved()), whole.format(p.of()),
                            p.share() == null ? BigDecimal.ZERO : p.share())
                    : whole.format(p.achieved());
            String reached = p.reached() == null ? "—" : decimal.format(p.reached()) + "%";
            rows.add(List.of(indicator(p.target().code()) + " (" + p.target().document().number() + ", "
                    + p.over().code() + ")", target, achieved, reached));
        }
        return new Table(List.of(msg("annual.indicator"), msg("annual.target"), msg("annual.achieved"),
                msg("annual.reached")), rows, 1);
    }

    private Table members(Map<String, Long> members) {
        // In the order the page shows them.
        List<List<String>> rows = members.entrySet().stream().map(d -> {
            String key = d.getKey();
            String label = msg("dim." + key.substring(0, key.indexOf('=')) + "." + key.substring(key.indexOf('=') + 1));
            return List.of(label, whole.format(d.getValue()));
        }).toList();
        return new Table(List.of(msg("annual.members.group"), msg("annual.value")), rows, 1);
    }

    private Table months(Map<String, List<AnnualSummaryController.Bar>> monthly) {
        List<String> codes = List.copyOf(monthly.keySet());
        List<String> header = new ArrayList<>();
        header.add(msg("annual.month"));
        codes.forEach(c -> header.add(indicator(c)));
        List<List<String>> rows = new ArrayList<>();
        int count = codes.isEmpty() ? 0 : monthly.get(codes.get(0)).size();
        for (int i = 0; i < count; i++) {
            List<String> row = new ArrayList<>();
            YearMonth month = monthly.get(codes.get(0)).get(i).month();
            row.add(month.format(DateTimeFormatter.ofPattern("MM/yyyy")));
            for (String c : codes) {
                row.add(whole.format(monthly.get(c).get(i).value()));
            }
            rows.add(row);
        }
        return new Table(header, rows, 1);
    }

    @SuppressWarnings("unchecked")
    private Table areas(List<Map<String, Object>> rows, List<String> codes) {
        List<String> header = new ArrayList<>();
        header.add(msg("annual.area"));
        codes.forEach(c -> header.add(indicator(c)));
        return new Table(header, rows.stream().map(r -> {
            List<String> row = new ArrayList<>();
            row.add(((AreaFigures) r.get("area")).name());
            Map<String, Long> totals = (Map<String, Long>) r.get("totals");
            codes.forEach(c -> row.add(whole.format(totals.getOrDefault(c, 0L))));
            return row;
        }).toList(), 1);
    }

    private String indicator(String code) {
        return msg("indicator." + code + ".name");
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
