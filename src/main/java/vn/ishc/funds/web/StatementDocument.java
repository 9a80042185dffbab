package vn.ishc.funds.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import vn.ishc.clubs.Club;
import vn.ishc.funds.Entry;
import vn.ishc.funds.Fund;
import vn.ishc.funds.Funds;
import vn.ishc.geography.AdminUnit;
import vn.ishc.web.OfficialDocument;
import vn.ishc.web.OfficialDocument.Section;
import vn.ishc.web.OfficialDocument.Table;

/**
 * A fund statement as a report the club's board signs and sends to the commune's association, in the
 * layout of Decree 30/2020/NĐ-CP: under the association of the commune, issued by the club, with the
 * number line left to write by hand ("Số: ____/BC-CLB"); the commune and today as place and date; each
 * fund's figures and entries as on the printed page; signed for the board by its chair.
 */
final class StatementDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final Locale locale;

    StatementDocument(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @SuppressWarnings("unchecked")
    OfficialDocument of(Map<String, Object> model, AdminUnit commune) {
        Club club = (Club) model.get("club");
        LocalDate today = (LocalDate) model.get("today");
        // "xã Vân Nham" inside a sentence, as Vietnamese writes a unit's kind.
        String label = commune.label("en".equals(locale.getLanguage()));
        String communeName = label.isEmpty() ? label : label.substring(0, 1).toLowerCase(locale) + label.substring(1);
        OfficialDocument.Letterhead head = new OfficialDocument.Letterhead(
                upper(msg("print.doc.superior", communeName)), upper(club.name()),
                msg("print.doc.number", "\u00a0".repeat(8)), msg("doc.country"), msg("doc.motto"),
                msg("doc.placeDate", commune.name(), today.format(DateTimeFormatter.ofPattern("dd")),
                        today.format(DateTimeFormatter.ofPattern("MM")), String.valueOf(today.getYear())));
        List<Section> sections = new ArrayList<>();
        for (PrintController.Section s : (List<PrintController.Section>) model.get("sections")) {
            sections.addAll(fund(s));
        }
        sections.add(new Section("note", msg("print.doc.closing"), List.of(msg("print.currency")), null));
        OfficialDocument.Signing signing = new OfficialDocument.Signing(msg("doc.recipients"),
                List.of("- " + msg("print.doc.recipient.association", communeName), "- " + msg("print.doc.recipient.archive")),
                upper(msg("print.doc.authority")), upper(msg("print.doc.position")), "");
        return new OfficialDocument(head, msg("print.statement.heading"),
                msg("print.doc.subject", club.name(), club.nationalId(), ((LocalDate) model.get("from")).format(DAY),
                        ((LocalDate) model.get("to")).format(DAY)), sections, signing);
    }

    private List<Section> fund(PrintController.Section s) {
        Funds.Statement st = s.statement();
        Fund fund = s.fund();
        String name = fund.kind() == Fund.Kind.INCOME_GENERATION || fund.kind() == Fund.Kind.OPERATING
                ? msg("fundKind." + fund.kind()) : fund.name();
        String id = "fund-" + fund.kind();
        List<Section> out = new ArrayList<>();
        out.add(new Section(id, name, List.of(msg("print.statement.period", st.from().format(DAY), st.to().format(DAY)),
                st.balances() ? msg("funds.balances") : msg("print.statement.unbalanced")), figures(s)));
        if (st.places().size() > 1) {
            List<List<String>> rows = st.places().stream().map(p -> List.of(
                    p.account() == null ? msg("funds.place.cashBox")
                            : msg("funds.place.label", p.account().bank(), p.account().lastDigits()),
                    money(p.opening()), money(p.closing()))).toList();
            out.add(new Section(id + "-places", msg("funds.statement.places"), List.of(), new Table(List.of(
                    msg("funds.statement.places"), msg("funds.statement.placeOpening"), msg("funds.statement.placeClosing")),
                    rows, 1)));
        }
        if (st.entries().isEmpty()) {
            out.add(new Section(id + "-entries", msg("funds.entries"), List.of(msg("funds.noEntries")), null));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Entry e : st.entries()) {
                long cash = e.cashOf(fund.id());
                rows.add(List.of(e.date().format(DAY), msg("entryKind." + e.kind()), details(e),
                        cash > 0 ? money(cash) : "", cash < 0 ? money(-cash) : ""));
            }
            out.add(new Section(id + "-entries", msg("funds.entries"), List.of(), new Table(List.of(msg("funds.date"),
                    msg("funds.entryKind"), msg("funds.details"), msg("print.statement.in"), msg("print.statement.out")),
                    rows, 3)));
        }
        return out;
    }

    private Table figures(PrintController.Section s) {
        Funds.Statement st = s.statement();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(msg("funds.opening"), money(st.opening())));
        rows.add(List.of(msg("funds.receipts"), ""));
        st.receipts().forEach((source, amount) -> rows.add(List.of("- " + msg("source." + source), money(amount))));
        rows.add(List.of(msg("print.statement.receiptsTotal"), money(st.receiptsTotal())));
        rows.add(List.of(msg("funds.transfersIn"), money(st.transfersIn())));
        rows.add(List.of(msg("print.statement.principalRepaid"), money(st.principalRepaid())));
        rows.add(List.of(msg("print.statement.interest"), money(st.interest())));
        rows.add(List.of(msg("print.statement.penalties"), money(st.penalties())));
        if (st.recovered() != 0) {
            rows.add(List.of(msg("print.statement.recovered"), money(st.recovered())));
        }
        if (st.bankInterest() != 0) {
            rows.add(List.of(msg("funds.bankInterest"), money(st.bankInterest())));
        }
        rows.add(List.of(msg("print.statement.loansDisbursed"), money(st.loansDisbursed())));
        rows.add(List.of(msg("funds.expenses"), money(st.expenses())));
        rows.add(List.of(msg("funds.transfersOut"), money(st.transfersOut())));
        if (st.bankFees() != 0) {
            rows.add(List.of(msg("funds.bankFees"), money(st.bankFees())));
        }
        rows.add(List.of(msg("funds.closing"), money(st.closing())));
        rows.add(List.of(msg("print.statement.loansOutstanding", st.to().format(DAY)), money(s.loansOutstanding())));
        if (st.writtenOff() > 0) {
            rows.add(List.of(msg("print.statement.writtenOff"), money(st.writtenOff())));
        }
        return new Table(List.of(msg("print.statement.item"), msg("print.statement.amount")), rows, 1);
    }

    /** As the printed page writes it: the source, the purpose and the description. */
    private String details(Entry e) {
        List<String> parts = new ArrayList<>();
        if (e.source() != null) {
            parts.add(msg("source." + e.source()));
        }
        if (e.purpose() != null && !e.purpose().isBlank()) {
            parts.add(e.purpose());
        }
        if (e.description() != null && !e.description().isBlank()) {
            parts.add(e.description());
        }
        return String.join(" ", parts);
    }

    private static String money(long amount) {
        return vn.ishc.shared.Dong.format(amount);
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
