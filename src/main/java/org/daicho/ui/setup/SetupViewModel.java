package org.daicho.ui.setup;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.FieldError;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Validation;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;

/** The first-start questions: organisation, sections, approval titles; and a message per field. */
public final class SetupViewModel {

    private final Messages messages;
    private final StringProperty organisationName = new SimpleStringProperty("");
    private final StringProperty sections = new SimpleStringProperty("");
    private final StringProperty approvalTitles = new SimpleStringProperty("担当 / 係長 / 課長 / 事務局長");
    private final Map<OrganisationSetup.Field, StringProperty> errors = new HashMap<>();

    public SetupViewModel(Messages messages) {
        this.messages = messages;
        for (OrganisationSetup.Field field : OrganisationSetup.Field.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
    }

    public StringProperty organisationName() {
        return organisationName;
    }

    public StringProperty sections() {
        return sections;
    }

    public StringProperty approvalTitles() {
        return approvalTitles;
    }

    public StringProperty error(OrganisationSetup.Field field) {
        return errors.get(field);
    }

    /** The answers if they are complete; otherwise null, with each field's message set. */
    public OrganisationSetup validated() {
        OrganisationSetup answers = new OrganisationSetup(organisationName.get(),
                OrganisationSetup.splitItems(sections.get()), OrganisationSetup.splitItems(approvalTitles.get()));
        Validation<OrganisationSetup> checked = answers.validate();
        errors.values().forEach(message -> message.set(""));
        for (FieldError error : checked.errors()) {
            errors.get(OrganisationSetup.Field.valueOf(error.field()))
                    .set(ErrorMessages.describe(error, messages));
        }
        return checked.isValid() ? checked.value() : null;
    }
}
