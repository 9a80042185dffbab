package vn.ishc.programme.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.identity.CurrentUser;
import vn.ishc.programme.Award;
import vn.ishc.programme.Awards;
import vn.ishc.programme.NewAward;

/** Commendations of the caller's area. */
@RestController
@PreAuthorize(TrainingApi.READERS)
class AwardApi {

    private final Awards awards;

    AwardApi(Awards awards) {
        this.awards = awards;
    }

    /** The awards listed for the caller, the latest first; partners read individuals' awards without names. */
    @GetMapping("/api/v1/awards")
    List<Award> list(@RequestParam(required = false) Integer year, CurrentUser user) {
        return awards.list(year, user);
    }

    @GetMapping("/api/v1/awards/{id}")
    Award get(@PathVariable UUID id, CurrentUser user) {
        return awards.get(id, user);
    }

    @PostMapping("/api/v1/awards")
    @PreAuthorize(TrainingApi.RECORDERS)
    ResponseEntity<Award> record(@RequestBody NewAward body, CurrentUser user) {
        Award a = awards.record(body, user);
        return ResponseEntity.created(URI.create("/api/v1/awards/" + a.id())).body(a);
    }
}
