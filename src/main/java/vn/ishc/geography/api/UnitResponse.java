package vn.ishc.geography.api;

import java.time.LocalDate;
import java.util.List;
import vn.ishc.geography.AdminUnit;

/** An administrative unit version as the API shows it; validTo is exclusive and absent while in force. */
record UnitResponse(long id, String level, String code, String kind, String name, String fullName, String nameEn,
                    String fullNameEn, String parentCode, LocalDate validFrom, LocalDate validTo,
                    List<String> formerCodes) {

    static UnitResponse of(AdminUnit u) {
        return new UnitResponse(u.id(), u.level().code(), u.code(), u.kind().code(), u.name(), u.fullName(),
                u.nameEn(), u.fullNameEn(), u.parentCode(), u.validFrom(), u.validTo(), u.formerCodes());
    }

    static List<UnitResponse> of(List<AdminUnit> units) {
        return units.stream().map(UnitResponse::of).toList();
    }
}
