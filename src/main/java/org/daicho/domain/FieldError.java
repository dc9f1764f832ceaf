package org.daicho.domain;

import java.util.List;

/**
 * A validation message about one field. {@code field} names the field (an enum constant's name, e.g.
 * {@code ASSET_NO}); {@code messageKey} is a bundle key whose {0} is the field's label and whose further
 * placeholders are {@code args}.
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(Enum<?> field, String messageKey, Object... args) {
        return new FieldError(field.name(), messageKey, List.of(args));
    }
}
