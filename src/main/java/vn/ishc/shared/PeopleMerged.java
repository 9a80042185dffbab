package vn.ishc.shared;

import java.util.UUID;

/**
 * Two records of the same person were merged: everything that named {@code removed} must now name
 * {@code kept}. Published by the members module, heeded by every module that refers to people.
 */
public record PeopleMerged(UUID kept, UUID removed) {
}
