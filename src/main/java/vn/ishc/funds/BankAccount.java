package vn.ishc.funds;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A bank or savings account the club keeps money in (a current account at Agribank, a savings book at the
 * Bank for Social Policies), beside the cash box every fund has. {@code lastDigits} are the last four
 * characters of its number, all a partner sees of it.
 */
@Schema(name = "BankAccount")
public record BankAccount(UUID id, UUID clubId, Kind kind, String name, String bank, String accountNumber,
                          String lastDigits, LocalDate openedOn) {

    public enum Kind { BANK, SAVINGS }

    /** As a reader who may not see people gets it: the bank, the kind and the last digits, without the name typed. */
    public BankAccount withoutPeople() {
        return new BankAccount(id, clubId, kind, null, bank, null, lastDigits, openedOn);
    }

    static String lastDigits(String number) {
        return number.length() <= 4 ? number : number.substring(number.length() - 4);
    }

    static BankAccount read(ResultSet rs) throws SQLException {
        String number = rs.getString("account_number");
        return new BankAccount(rs.getObject("id", UUID.class), rs.getObject("club_id", UUID.class),
                Kind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("bank"), number,
                lastDigits(number), rs.getObject("opened_on", LocalDate.class));
    }
}
