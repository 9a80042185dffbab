package vn.ishc.geography;

import java.util.List;

/** What a unit was formed from and what it went into. */
public record UnitHistory(AdminUnit unit, List<Succession> formedFrom, List<Succession> wentInto) {
}
