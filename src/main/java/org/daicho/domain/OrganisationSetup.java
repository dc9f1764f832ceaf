package org.daicho.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What the first-start screen asks for: the organisation's name, its sections and the approval titles. */
public record OrganisationSetup(String organisationName, List<String> sectionNames, List<String> approvalTitles) {

    public enum Field { ORGANISATION_NAME, SECTIONS, APPROVAL_TITLES }

    /** Splits text typed one item a line (or separated by / 、 ,) into clean, distinct items. */
    public static List<String> splitItems(String text) {
        LinkedHashSet<String> items = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split("[\\r\\n/／、,，]+")) {
                String item = part.strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return new ArrayList<>(items);
    }

    public Validation<OrganisationSetup> validate() {
        List<FieldError> errors = new ArrayList<>();
        String name = TextRules.required(errors, Field.ORGANISATION_NAME, organisationName, 100);
        if (sectionNames.isEmpty()) {
            errors.add(FieldError.of(Field.SECTIONS, "validation.required"));
        }
        sectionNames.stream().filter(s -> s.length() > 50).findFirst()
                .ifPresent(s -> errors.add(FieldError.of(Field.SECTIONS, "validation.tooLong", 50)));
        if (approvalTitles.isEmpty()) {
            errors.add(FieldError.of(Field.APPROVAL_TITLES, "validation.required"));
        } else if (approvalTitles.size() > 8) {
            errors.add(FieldError.of(Field.APPROVAL_TITLES, "validation.tooMany", 8));
        }
        approvalTitles.stream().filter(s -> s.length() > 10).findFirst()
                .ifPresent(s -> errors.add(FieldError.of(Field.APPROVAL_TITLES, "validation.tooLong", 10)));
        if (!errors.isEmpty()) {
            return new Validation<>(null, errors);
        }
        return new Validation<>(new OrganisationSetup(name, sectionNames, approvalTitles), List.of());
    }
}
