package org.daicho.domain;

import java.util.List;

/**
 * A validation message about one field. {@code field} names the field (an enum constant's name, e.g.
 * {@code ASSET_NO}); {@code labelKey} is the bundle key of the field's label; {@code messageKey} is a
 * bundle key whose {0} is that label and whose further placeholders are {@code args}.
 */
public record FieldError(String field, String labelKey, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(Enum<?> field, String messageKey, Object... args) {
        return new FieldError(field.name(), labelPrefix(field) + field.name(), messageKey, List.of(args));
    }

    /** Each record's fields have their own label family in the bundle. */
    private static String labelPrefix(Enum<?> field) {
        if (field instanceof AssetField) {
            return "asset.field.";
        }
        if (field instanceof StaffField) {
            return "staff.field.";
        }
        if (field instanceof AccountField) {
            return "account.field.";
        }
        if (field instanceof CarryField) {
            return "carry.field.";
        }
        if (field instanceof DisposalField) {
            return "disposal.field.";
        }
        if (field instanceof TrainingField) {
            return "training.field.";
        }
        if (field instanceof OrganisationSetup.Field) {
            return "setup.field.";
        }
        return "field." + field.getDeclaringClass().getSimpleName() + ".";
    }
}
