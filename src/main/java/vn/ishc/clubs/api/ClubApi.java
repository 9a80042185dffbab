package vn.ishc.clubs.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ishc.clubs.BoardRole;
import vn.ishc.clubs.BoardSeat;
import vn.ishc.clubs.Boards;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubDetails;
import vn.ishc.clubs.ClubFilter;
import vn.ishc.clubs.ClubGroup;
import vn.ishc.clubs.ClubStatus;
import vn.ishc.clubs.Clubs;
import vn.ishc.clubs.NewClub;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.Versions;
import vn.ishc.shared.BusinessCalendar;

/** Clubs, their status, projects, board and groups, within the caller's area. */
@RestController
class ClubApi {

    private static final String OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER')";
    private static final String BOARD_OR_OFFICERS = "hasAnyRole('NATIONAL_ADMIN', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CLUB_BOARD')";
    // Partners see figures, never a person's records.
    private static final String PERSONAL = "!hasRole('PARTNER_VIEWER')";

    private final Clubs clubs;
    private final Boards boards;
    private final Clock clock;

    ClubApi(Clubs clubs, Boards boards, Clock clock) {
        this.clubs = clubs;
        this.boards = boards;
        this.clock = clock;
    }

    record Page<T>(List<T> items, int page, int size) {
    }

    record StatusChange(ClubStatus status, LocalDate effective, String reason) {
    }

    record Appointment(UUID personId, BoardRole role, List<Integer> areas, LocalDate startOn) {
    }

    record SeatAccount(String username) {
    }

    record SeatEnd(LocalDate endOn) {
    }

    record NewGroup(String name, UUID leaderPersonId) {
    }

    /** Corrected details of a club, with the version they were read at (from GET /api/v1/clubs/{id}). */
    @Schema(name = "ClubCorrection")
    record Correction(Integer version, ClubDetails club) {
    }

    @GetMapping("/api/v1/clubs")
    Page<Club> list(@RequestParam(required = false) Long area, @RequestParam(required = false) ClubStatus status,
                    @RequestParam(required = false) UUID project, @RequestParam(required = false) String q,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
                    AreaScope scope) {
        int s = Math.max(1, Math.min(size, 1000));
        int p = Math.max(0, page);
        return new Page<>(clubs.list(new ClubFilter(area, status, project, q, date), scope, p * s, s), p, s);
    }

    @PostMapping("/api/v1/clubs")
    @PreAuthorize(OFFICERS)
    ResponseEntity<Club> register(@RequestBody NewClub body, Principal user, AreaScope scope) {
        Club club = clubs.register(body, user.getName(), scope);
        return ResponseEntity.created(URI.create("/api/v1/clubs/" + club.id())).body(club);
    }

    @GetMapping("/api/v1/clubs/{id}")
    Club get(@PathVariable UUID id, AreaScope scope) {
        return clubs.get(id, scope);
    }

    @PutMapping("/api/v1/clubs/{id}")
    @PreAuthorize(OFFICERS)
    Club correct(@PathVariable UUID id, @RequestBody Correction body, Principal user, AreaScope scope) {
        return clubs.correct(id, body.club(), Versions.required(body.version()), user.getName(), scope);
    }

    @PostMapping("/api/v1/clubs/{id}/status")
    @PreAuthorize(OFFICERS)
    Club status(@PathVariable UUID id, @RequestBody StatusChange body, Principal user, AreaScope scope) {
        return clubs.changeStatus(id, body.status(), body.effective(), body.reason(), user.getName(), scope);
    }

    @PutMapping("/api/v1/clubs/{id}/projects")
    @PreAuthorize(OFFICERS)
    ResponseEntity<Void> projects(@PathVariable UUID id, @RequestBody List<UUID> projectIds, Principal user,
                                  AreaScope scope) {
        clubs.setProjects(id, projectIds, user.getName(), scope);
        return ResponseEntity.noContent().build();
    }

    @PreAuthorize(PERSONAL)
    @GetMapping("/api/v1/clubs/{id}/board")
    List<BoardSeat> board(@PathVariable UUID id,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                          AreaScope scope) {
        return boards.boardOn(id, date == null ? BusinessCalendar.today(clock) : date, scope);
    }

    @PostMapping("/api/v1/clubs/{id}/board")
    @PreAuthorize(BOARD_OR_OFFICERS)
    ResponseEntity<BoardSeat> appoint(@PathVariable UUID id, @RequestBody Appointment body, Principal user,
                                      AreaScope scope) {
        BoardSeat seat = boards.appoint(id, body.personId(), body.role(), body.areas(), body.startOn(), user.getName(), scope);
        return ResponseEntity.status(201).body(seat);
    }

    /** Officers name the sign-in account of a seat's holder; a board member cannot give themself a seat's rights. */
    @org.springframework.web.bind.annotation.PutMapping("/api/v1/board-seats/{seatId}/account")
    @PreAuthorize(OFFICERS)
    BoardSeat linkAccount(@PathVariable UUID seatId, @RequestBody SeatAccount body, Principal user, AreaScope scope) {
        return boards.linkAccount(seatId, body.username(), user.getName(), scope);
    }

    @PostMapping("/api/v1/board-seats/{seatId}/end")
    @PreAuthorize(BOARD_OR_OFFICERS)
    BoardSeat endSeat(@PathVariable UUID seatId, @RequestBody SeatEnd body, Principal user, AreaScope scope) {
        return boards.end(seatId, body.endOn(), user.getName(), scope);
    }

    @PreAuthorize(PERSONAL)
    @GetMapping("/api/v1/clubs/{id}/groups")
    List<ClubGroup> groups(@PathVariable UUID id, AreaScope scope) {
        return boards.groupsOf(id, scope);
    }

    @PostMapping("/api/v1/clubs/{id}/groups")
    @PreAuthorize(BOARD_OR_OFFICERS)
    ResponseEntity<ClubGroup> group(@PathVariable UUID id, @RequestBody NewGroup body, Principal user, AreaScope scope) {
        return ResponseEntity.status(201).body(boards.createGroup(id, body.name(), body.leaderPersonId(), user.getName(), scope));
    }
}
