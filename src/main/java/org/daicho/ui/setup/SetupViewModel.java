package org.daicho.ui.setup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.FieldError;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.PasswordRules;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffValidator;
import org.daicho.domain.Validation;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.daicho.service.FirstAdministrator;

/** The first-start questions: organisation, sections, approval titles; and a message per field. */
public final class SetupViewModel {

    private final Messages messages;
    private final StringProperty organisationName = new SimpleStringProperty("");
    private final StringProperty sections = new SimpleStringProperty("");
    private final StringProperty approvalTitles = new SimpleStringProperty("担当 / 係長 / 課長 / 事務局長");
    private final Map<OrganisationSetup.Field, StringProperty> errors = new HashMap<>();

    /** The first システム管理者's fields (a staff member of the first section and the account). */
    public enum AdminField { STAFF_NO, NAME, KANA, USER_NAME, PASSWORD, CONFIRM }

    private final StringProperty adminStaffNo = new SimpleStringProperty("");
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty adminKana = new SimpleStringProperty("");
    private final StringProperty adminUser = new SimpleStringProperty("");
    private final Map<AdminField, StringProperty> adminErrors = new EnumMap<>(AdminField.class);

    public SetupViewModel(Messages messages) {
        this.messages = messages;
        for (OrganisationSetup.Field field : OrganisationSetup.Field.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
        for (AdminField field : AdminField.values()) {
            adminErrors.put(field, new SimpleStringProperty(""));
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

    public StringProperty adminStaffNo() {
        return adminStaffNo;
    }

    public StringProperty adminName() {
        return adminName;
    }

    public StringProperty adminKana() {
        return adminKana;
    }

    public StringProperty adminUser() {
        return adminUser;
    }

    public StringProperty error(AdminField field) {
        return adminErrors.get(field);
    }

    /**
     * The first administrator if the answers are complete (the staff rules of the 職員 screen, the user name
     * and password rules of the accounts); otherwise null, with each field's message set and both arrays wiped.
     * The confirmation is always wiped; the password goes on in the result.
     */
    public FirstAdministrator administrator(char[] password, char[] confirmation) {
        adminErrors.values().forEach(message -> message.set(""));
        // the section and dates are the service's to fill in; only the person's fields are checked here
        Validation<Staff> staff = StaffValidator.validate(null, new StaffDraft(adminStaffNo.get(), adminName.get(),
                adminKana.get(), 0L, EmploymentType.REGULAR, "2000/04/01", "", false, true));
        String user = adminUser.get() == null ? "" : adminUser.get().strip();
        List<FieldError> problems = new ArrayList<>(staff.errors());
        problems.addAll(PasswordRules.checkUserName(user));
        problems.addAll(PasswordRules.checkNewPassword(user, password, confirmation));
        Arrays.fill(confirmation, '\0');
        boolean shown = false;
        for (FieldError error : problems) {
            AdminField field = switch (error.field()) {
                case "STAFF_NO" -> AdminField.STAFF_NO;
                case "NAME" -> AdminField.NAME;
                case "KANA" -> AdminField.KANA;
                case "USER_NAME" -> AdminField.USER_NAME;
                case "NEW_PASSWORD" -> AdminField.PASSWORD;
                case "CONFIRM_PASSWORD" -> AdminField.CONFIRM;
                default -> null;
            };
            if (field != null) {
                StringProperty message = adminErrors.get(field);
                // here there is no "new" password yet: the message names the field as its label does
                FieldError named = field == AdminField.PASSWORD
                        ? new FieldError(error.field(), "account.field.PASSWORD", error.messageKey(), error.args())
                        : error;
                String text = ErrorMessages.describe(named, messages);
                message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
                shown = true;
            }
        }
        if (shown || !staff.isValid()) {
            Arrays.fill(password, '\0');
            return null;
        }
        Staff checked = staff.value();
        return new FirstAdministrator(checked.staffNo(), checked.name(), checked.kana(), user, password);
    }
}
