package vn.ishc.members;

/** A person as a list names them, to look for among the members: their full name and birth year. */
public record NameAndYear(String fullName, int birthYear) {
}
