package org.daicho.domain;

/**
 * One field of a record as one change-history entry changed it. {@code before} is null for a field the
 * record did not have yet (a new record); {@code after} is null for a field it no longer has (a deletion).
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        if (field == null || field.isEmpty()) {
            throw new IllegalArgumentException("a field change needs a field name");
        }
    }
}
