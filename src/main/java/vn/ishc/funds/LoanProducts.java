package vn.ishc.funds;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.Clubs;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.InvalidInputException;
import vn.ishc.shared.NotFoundException;
import vn.ishc.shared.VietnameseText;

/**
 * The loan products a club lends under, each with its name and its own rules over time (limits, rate, how interest
 * is counted and repaid, rounding, due day), as its board approved them. A club's first rules make its first
 * product (unnamed: the club's loans); a product is withdrawn from a day, after which no new loan is made under it
 * while the loans already made run on.
 */
@Service
@Transactional
public class LoanProducts {

    private final JdbcClient jdbc;
    private final Clubs clubs;
    private final Funds funds;

    LoanProducts(JdbcClient jdbc, Clubs clubs, Funds funds) {
        this.jdbc = jdbc;
        this.clubs = clubs;
        this.funds = funds;
    }

    /**
     * A loan product: its name (none for the club's first, made from the rules it had before it had products), the
     * day it was made and the day it is withdrawn from, if it is, and its rules in force on the day asked about.
     */
    @Schema(name = "LoanProduct")
    public record Product(UUID id, UUID clubId, String name, LocalDate createdOn, LocalDate withdrawnOn,
                          Loans.Rules rules) {

        /** Whether a new loan may be made under it on a day. */
        public boolean openOn(LocalDate day) {
            return withdrawnOn == null || day.isBefore(withdrawnOn);
        }
    }

    /** The club's products, the first made first, each with its rules in force on a day (null before its first). */
    @Transactional(readOnly = true)
    public List<Product> ofClub(UUID clubId, LocalDate day, AreaScope scope) {
        clubs.get(clubId, scope);
        return jdbc.sql("select * from loan_product where club_id = :c order by created_on, recorded_at")
                .param("c", clubId).query(productOn(day)).list();
    }

    @Transactional(readOnly = true)
    public Product get(UUID productId, LocalDate day, AreaScope scope) {
        Product p = jdbc.sql("select * from loan_product where id = :id").param("id", productId).query(productOn(day))
                .optional().orElseThrow(() -> new NotFoundException("loans.product.notFound", productId));
        clubs.get(p.clubId(), scope);
        return p;
    }

    /** The board makes a new product with its name and first rules (approved on the day the product starts). */
    public Product create(UUID clubId, String name, Loans.Rules rules, String actor, AreaScope scope) {
        clubs.get(clubId, scope);
        String title = VietnameseText.clean(name);
        if (title == null || title.isBlank()) {
            throw missing("name");
        }
        if (jdbc.sql("select count(*) from loan_product where club_id = :c and lower(name) = lower(:n)")
                .param("c", clubId).param("n", title).query(Integer.class).single() > 0) {
            throw new InvalidInputException("loans.product.nameTaken", "name", title);
        }
        if (rules == null || rules.approvedOn() == null) {
            throw missing("approvedOn");
        }
        UUID id = insert(clubId, title, rules.approvedOn(), actor);
        approve(clubId, withProduct(rules, id), actor, scope);
        return get(id, rules.approvedOn(), scope);
    }

    /** The board withdraws a product from a day (on or after the day it was made): no new loan is made under it then. */
    public Product withdraw(UUID clubId, UUID productId, LocalDate from, String actor, AreaScope scope) {
        Product p = get(productId, funds.today(), scope);
        if (!p.clubId().equals(clubId)) {
            throw new NotFoundException("loans.product.notFound", productId);
        }
        if (p.withdrawnOn() != null) {
            throw new InvalidInputException("loans.product.alreadyWithdrawn", "productId", p.withdrawnOn());
        }
        LocalDate day = from == null ? funds.today() : from;
        if (day.isBefore(p.createdOn())) {
            throw new InvalidInputException("loans.product.withdrawnBeforeMade", "withdrawnOn", day, p.createdOn());
        }
        jdbc.sql("update loan_product set withdrawn_on = :d, withdrawn_by = :a where id = :id").param("d", day)
                .param("a", actor).param("id", productId).update();
        return get(productId, funds.today(), scope);
    }

    /**
     * Records rules the board approved for one of the club's products: the one the rules name, or the club's only
     * product (its first, made now when it has none). A club with several products must name one.
     */
    public Loans.Rules approve(UUID clubId, Loans.Rules r, String actor, AreaScope scope) {
        Club club = clubs.get(clubId, scope);
        if (r == null || r.approvedOn() == null) {
            throw missing("approvedOn");
        }
        if (r.approvedOn().isAfter(funds.today()) || r.approvedOn().isBefore(club.foundedOn())) {
            throw new InvalidInputException("loans.rules.date", "approvedOn", r.approvedOn(), club.foundedOn());
        }
        check(r);
        UUID productId = productFor(clubId, r.productId(), r.approvedOn(), actor, scope).id();
        LoanSchedule.Prepayment prepayment = r.prepayment() == null ? LoanSchedule.Prepayment.REDUCE_INSTALMENT
                : r.prepayment();
        LoanSchedule.Layout layout = r.layout() == null ? LoanSchedule.Layout.PLAIN : r.layout();
        BigDecimal penalty = r.penaltyRate() == null ? BigDecimal.ZERO : r.penaltyRate();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into loan_rules (id, club_id, product_id, approved_on, max_amount, max_term_months, rate, rate_per,
                                        method, repayment, grace_months, penalty_rate, eligibility, prepayment,
                                        round_to_thousand, due_day, recorded_by)
                values (:id, :c, :product, :on, :max, :term, :rate, :per, :method, :repayment, :grace, :penalty,
                        :eligibility, :prepayment, :round, :dueDay, :actor)""")
                .param("id", id).param("c", clubId).param("product", productId).param("on", r.approvedOn())
                .param("max", r.maxAmount()).param("term", r.maxTermMonths()).param("rate", r.rate().value())
                .param("per", r.rate().per().name()).param("method", r.method().name())
                .param("repayment", r.repayment().name()).param("grace", r.graceMonths()).param("penalty", penalty)
                .param("eligibility", VietnameseText.clean(r.eligibility())).param("prepayment", prepayment.name())
                .param("round", layout.roundToThousand()).param("dueDay", layout.dueDay().name())
                .param("actor", actor).update();
        return rules(id);
    }

    /**
     * The product a new loan or new rules are under: the one named (the club's, open on the day), or, when none is
     * named, the club's only product open that day, made now (unnamed) when the club has none at all. A club with
     * several open must name one.
     */
    Product productFor(UUID clubId, UUID productId, LocalDate day, String actor, AreaScope scope) {
        if (productId != null) {
            Product p = get(productId, day, scope);
            if (!p.clubId().equals(clubId)) {
                throw new InvalidInputException("loans.product.otherClub", "productId");
            }
            if (!p.openOn(day)) {
                throw new InvalidInputException("loans.product.withdrawn", "productId", p.withdrawnOn());
            }
            return p;
        }
        List<Product> all = ofClub(clubId, day, scope);
        if (all.isEmpty()) {
            return get(insert(clubId, null, day, actor), day, scope);
        }
        List<Product> open = all.stream().filter(p -> p.openOn(day)).toList();
        if (open.size() > 1) {
            throw missing("productId");
        }
        if (open.isEmpty()) {
            throw new InvalidInputException("loans.product.withdrawn", "productId", all.get(all.size() - 1).withdrawnOn());
        }
        return open.get(0);
    }

    /** The rules of a product in force on a day: the latest approved on or before it. */
    @Transactional(readOnly = true)
    public Optional<Loans.Rules> rulesOn(UUID productId, LocalDate day) {
        return jdbc.sql("select * from loan_rules where product_id = :p and approved_on <= :d "
                        + "order by approved_on desc, recorded_at desc limit 1")
                .param("p", productId).param("d", day).query(RULES).optional();
    }

    /** The club's first product, if it has one: the one its rules and loans were under before it had products. */
    Optional<UUID> first(UUID clubId) {
        return jdbc.sql("select id from loan_product where club_id = :c order by created_on, recorded_at limit 1")
                .param("c", clubId).query(UUID.class).optional();
    }

    Loans.Rules rules(UUID id) {
        return jdbc.sql("select * from loan_rules where id = :id").param("id", id).query(RULES).single();
    }

    private UUID insert(UUID clubId, String name, LocalDate createdOn, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into loan_product (id, club_id, name, created_on, recorded_by) values (:id, :c, :n, :d, :a)")
                .param("id", id).param("c", clubId).param("n", name).param("d", createdOn).param("a", actor).update();
        return id;
    }

    /** Interest of 10 % a month or more is refused as a typing mistake (a rate is a fraction: 0.008 for 0.8 %). */
    private static final BigDecimal MONTHLY_LIMIT = new BigDecimal("0.1");

    private static void check(Loans.Rules r) {
        if (r.maxAmount() <= 0 || r.maxAmount() > Funds.MAX_DONG) {
            throw new InvalidInputException("funds.amount.invalid", "maxAmount", r.maxAmount());
        }
        if (r.maxTermMonths() < 1 || r.maxTermMonths() > 120) {
            throw new InvalidInputException("loans.rules.term", "maxTermMonths", r.maxTermMonths());
        }
        checkRate(r.rate());
        if (r.method() == null || r.repayment() == null) {
            throw missing(r.method() == null ? "method" : "repayment");
        }
        if (r.repayment() == LoanSchedule.Repayment.EQUAL_PRINCIPAL && r.method() != LoanSchedule.Method.DECLINING) {
            // Equal principal means interest on what is still owed; with flat interest it is equal instalments.
            throw new InvalidInputException("loans.rules.equalPrincipalDeclining", "method");
        }
        if (r.graceMonths() < 0 || r.graceMonths() >= r.maxTermMonths()) {
            throw new InvalidInputException("loans.rules.graceInvalid", "graceMonths", r.graceMonths());
        }
        BigDecimal penalty = r.penaltyRate() == null ? BigDecimal.ZERO : r.penaltyRate();
        if (penalty.signum() < 0 || penalty.compareTo(MONTHLY_LIMIT) >= 0 || tooFine(penalty)) {
            throw new InvalidInputException("loans.rules.penaltyInvalid", "penaltyRate", percent(InterestRate.Per.MONTH, penalty));
        }
    }

    /**
     * A rate is kept exactly as entered, a month or a year; it must be under 10 % a month (120 % a year). Above the
     * legal cap (20 % a year) it is kept with a warning: the board decides, the law is for it to follow.
     */
    private static void checkRate(InterestRate rate) {
        if (rate == null || rate.value() == null) {
            throw missing("monthlyRate");
        }
        if (rate.per() == null) {
            throw missing("ratePer");
        }
        String field = rate.per() == InterestRate.Per.MONTH ? "monthlyRate" : "yearlyRate";
        BigDecimal limit = rate.per() == InterestRate.Per.MONTH ? MONTHLY_LIMIT : MONTHLY_LIMIT.multiply(BigDecimal.valueOf(12));
        if (rate.value().signum() < 0 || rate.value().compareTo(limit) >= 0 || tooFine(rate.value())) {
            throw new InvalidInputException("loans.rules.rateInvalid", field, percent(rate.per(), rate.value()));
        }
    }

    /** A rate as the forms ask for it, in per cent a month or a year ("1,5%/tháng"), for a refusal to name it. */
    private static org.springframework.context.MessageSourceResolvable percent(InterestRate.Per per, BigDecimal fraction) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"loans.rate." + per.name()}, new Object[] {fraction.movePointRight(2)});
    }

    /** More than 12 decimals (10 of a per cent): a rate no board agrees; refused rather than rounded. */
    private static boolean tooFine(BigDecimal rate) {
        return rate.stripTrailingZeros().scale() > 12;
    }

    private static Loans.Rules withProduct(Loans.Rules r, UUID productId) {
        return new Loans.Rules(r.id(), r.clubId(), r.approvedOn(), r.maxAmount(), r.maxTermMonths(), r.rate(), r.method(),
                r.repayment(), r.graceMonths(), r.penaltyRate(), r.eligibility(), r.prepayment(), productId, r.layout());
    }

    private static InvalidInputException missing(String field) {
        return InvalidInputException.missing("funds.field.missing", field);
    }

    private RowMapper<Product> productOn(LocalDate day) {
        return (rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            return new Product(id, rs.getObject("club_id", UUID.class), rs.getString("name"),
                    rs.getObject("created_on", LocalDate.class), rs.getObject("withdrawn_on", LocalDate.class),
                    rulesOn(id, day).orElse(null));
        };
    }

    static final RowMapper<Loans.Rules> RULES = (rs, n) -> new Loans.Rules(rs.getObject("id", UUID.class),
            rs.getObject("club_id", UUID.class), rs.getObject("approved_on", LocalDate.class), rs.getLong("max_amount"),
            rs.getInt("max_term_months"), new InterestRate(rs.getBigDecimal("rate"),
                    InterestRate.Per.valueOf(rs.getString("rate_per"))),
            LoanSchedule.Method.valueOf(rs.getString("method")), LoanSchedule.Repayment.valueOf(rs.getString("repayment")),
            rs.getInt("grace_months"), rs.getBigDecimal("penalty_rate"), rs.getString("eligibility"),
            LoanSchedule.Prepayment.valueOf(rs.getString("prepayment")), rs.getObject("product_id", UUID.class),
            new LoanSchedule.Layout(rs.getBoolean("round_to_thousand"),
                    LoanSchedule.DueDay.valueOf(rs.getString("due_day"))));
}
