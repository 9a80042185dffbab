package vn.ishc.programme.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.ishc.shared.InvalidInputException;

/** Reading what was typed in the programme's forms: days, choices and ids. */
final class ProgrammeForms {

    private ProgrammeForms() {
    }

    static <E extends Enum<E>> E pick(Class<E> type, String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("programme.choice.invalid", field, text.strip());
        }
    }

    static UUID uuid(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("programme.choice.invalid", field, text.strip());
        }
    }

    static LocalDate day(String text, String field) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("programme.date.invalid", field, text.strip());
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
