package vn.ishc.geography.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.geography.Village;
import vn.ishc.geography.Villages;
import vn.ishc.shared.AreaScope;

/** Villages and residential groups under communes; changes need an officer's role. */
@RestController
class VillageApi {

    private static final String OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";

    private final Villages villages;

    VillageApi(Villages villages) {
        this.villages = villages;
    }

    record VillageResponse(UUID id, long communeId, Long currentCommuneId, String name, LocalDate retiredOn,
                           boolean awaitingPlacement, int version) {
        static VillageResponse of(Village v) {
            return new VillageResponse(v.id(), v.communeId(), v.currentCommuneId(), v.name(), v.retiredOn(),
                    v.awaitingPlacement(), v.version());
        }
    }

    record CreateVillage(UUID id, @NotNull Long communeId, String name) {
    }

    record RenameVillage(String name) {
    }

    record RetireVillage(@NotNull LocalDate retiredOn) {
    }

    record PlaceVillage(@NotNull Long currentCommuneId) {
    }

    @GetMapping("/api/v1/units/{communeId}/villages")
    List<VillageResponse> ofCommune(@PathVariable long communeId,
                                    @RequestParam(defaultValue = "false") boolean includeRetired, AreaScope scope) {
        return villages.ofCommune(communeId, includeRetired, scope).stream().map(VillageResponse::of).toList();
    }

    @GetMapping("/api/v1/villages/{id}")
    VillageResponse get(@PathVariable UUID id, AreaScope scope) {
        return VillageResponse.of(villages.get(id, scope));
    }

    @GetMapping("/api/v1/villages/awaiting-placement")
    List<VillageResponse> awaiting(AreaScope scope) {
        return villages.awaitingPlacement(scope).stream().map(VillageResponse::of).toList();
    }

    @PostMapping("/api/v1/villages")
    @PreAuthorize(OFFICERS)
    ResponseEntity<VillageResponse> create(@Valid @RequestBody CreateVillage body, Principal user, AreaScope scope) {
        Village v = villages.create(body.id(), body.communeId(), body.name(), user.getName(), scope);
        return ResponseEntity.created(URI.create("/api/v1/villages/" + v.id())).body(VillageResponse.of(v));
    }

    @PatchMapping("/api/v1/villages/{id}")
    @PreAuthorize(OFFICERS)
    VillageResponse rename(@PathVariable UUID id, @RequestBody RenameVillage body, Principal user, AreaScope scope) {
        return VillageResponse.of(villages.rename(id, body.name(), user.getName(), scope));
    }

    @PostMapping("/api/v1/villages/{id}/retirement")
    @PreAuthorize(OFFICERS)
    VillageResponse retire(@PathVariable UUID id, @Valid @RequestBody RetireVillage body, Principal user,
                           AreaScope scope) {
        return VillageResponse.of(villages.retire(id, body.retiredOn(), user.getName(), scope));
    }

    @PostMapping("/api/v1/villages/{id}/placement")
    @PreAuthorize(OFFICERS)
    VillageResponse place(@PathVariable UUID id, @Valid @RequestBody PlaceVillage body, Principal user,
                          AreaScope scope) {
        return VillageResponse.of(villages.place(id, body.currentCommuneId(), user.getName(), scope));
    }
}
