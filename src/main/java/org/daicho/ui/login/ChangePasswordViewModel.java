package org.daicho.ui.login;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.AccountField;
import org.daicho.domain.FieldError;
import org.daicho.domain.PasswordRules;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.AccountService;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * Changing one's own password (first login with a temporary password, or by choice): the current one, the
 * new one twice. The rules are checked here first so that the message shows at once; the service checks
 * them again together with the ones needing the store (the current password, the last five).
 */
public final class ChangePasswordViewModel {

    /** The three fields of the form; the service's messages land on the field they are about. */
    public enum Field { CURRENT, NEW, CONFIRM }

    private final AccountService accounts;
    private final Messages messages;
    private final String userName;
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ChangePasswordViewModel(AccountService accounts, Messages messages, String userName) {
        this.accounts = accounts;
        this.messages = messages;
        this.userName = userName;
        for (Field field : Field.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
    }

    /** Checks and changes the password off the FX thread; the three arrays are wiped afterwards. */
    public void change(char[] current, char[] next, char[] confirmation, Runnable onChanged) {
        errors.values().forEach(message -> message.set(""));
        error.set("");
        List<FieldError> problems = new ArrayList<>();
        if (current.length == 0) {
            problems.add(FieldError.of(AccountField.PASSWORD, "validation.required"));
        }
        problems.addAll(PasswordRules.checkNewPassword(userName, next, confirmation));
        if (!problems.isEmpty()) {
            showErrors(problems);
            wipe(current, next, confirmation);
            return;
        }
        busy.set(true);
        UiTasks.start(progress -> {
            try {
                accounts.changeOwnPassword(current, next, confirmation);
                return Boolean.TRUE;
            } finally {
                wipe(current, next, confirmation);
            }
        }, done -> {
            busy.set(false);
            onChanged.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException invalid) {
                showErrors(invalid.errors());
            } else {
                error.set(ErrorMessages.describe(failure, messages));
            }
        });
    }

    private static void wipe(char[]... arrays) {
        for (char[] array : arrays) {
            Arrays.fill(array, '\0');
        }
    }

    private void showErrors(List<FieldError> problems) {
        for (FieldError problem : problems) {
            Field field = switch (problem.field()) {
                case "PASSWORD" -> Field.CURRENT;
                case "CONFIRM_PASSWORD" -> Field.CONFIRM;
                default -> Field.NEW;
            };
            StringProperty message = errors.get(field);
            // the service names it 「パスワード」; on this form it is the current one
            FieldError named = field == Field.CURRENT
                    ? new FieldError(problem.field(), "password.current", problem.messageKey(), problem.args())
                    : problem;
            String text = ErrorMessages.describe(named, messages);
            message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
        }
    }

    public StringProperty error(Field field) {
        return errors.get(field);
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
