package vn.ishc.clubs;

import java.util.List;
import java.util.UUID;

/** A group (tổ) of a club: its leader watches a neighbourhood of members. */
public record ClubGroup(UUID id, UUID clubId, String name, UUID leaderPersonId, List<UUID> memberIds) {
}
