package org.daicho.domain;

import java.util.List;

/** The outcome of checking a draft: the valid value, or the messages that explain why not. */
public record Validation<T>(T value, List<FieldError> errors) {

    public Validation {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The value, or a {@link ValidationException} with every message. */
    public T orThrow() {
        if (!isValid()) {
            throw new ValidationException(errors);
        }
        return value;
    }
}
