package org.daicho.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Shared field checks for drafts: each adds a {@link FieldError} and returns the cleaned value. */
final class TextRules {

    static final int SHORT_TEXT = 100;
    static final int LONG_TEXT = 1000;

    private TextRules() {
    }

    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }

    static String required(List<FieldError> errors, Enum<?> field, String text, int maxLength) {
        String value = trimmed(text);
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.length() > maxLength) {
            errors.add(FieldError.of(field, "validation.tooLong", maxLength));
        }
        return value;
    }

    static String optional(List<FieldError> errors, Enum<?> field, String text, int maxLength) {
        String value = trimmed(text);
        if (value.length() > maxLength) {
            errors.add(FieldError.of(field, "validation.tooLong", maxLength));
        }
        return value;
    }

    static <T> T requiredChoice(List<FieldError> errors, Enum<?> field, T choice) {
        if (choice == null) {
            errors.add(FieldError.of(field, "validation.choose"));
        }
        return choice;
    }

    static LocalDate date(List<FieldError> errors, Enum<?> field, String text) {
        try {
            return DateInput.parse(text).orElse(null);
        } catch (DateInput.InvalidDateException e) {
            errors.add(FieldError.of(field, "validation.date", trimmed(text)));
            return null;
        }
    }

    static LocalDate requiredDate(List<FieldError> errors, Enum<?> field, String text) {
        if (trimmed(text).isEmpty()) {
            errors.add(FieldError.of(field, "validation.required"));
            return null;
        }
        return date(errors, field, text);
    }

    static void notAfterToday(List<FieldError> errors, Enum<?> field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            errors.add(FieldError.of(field, "validation.future"));
        }
    }

    static boolean hasError(List<FieldError> errors, Enum<?> field) {
        return errors.stream().anyMatch(e -> e.field().equals(field.name()));
    }

    static Optional<String> blankToEmpty(String text) {
        String value = trimmed(text);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
