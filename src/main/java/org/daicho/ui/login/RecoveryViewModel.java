package org.daicho.ui.login;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.FieldError;
import org.daicho.domain.PasswordRules;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.LoginException;
import org.daicho.service.Unlocked;
import org.daicho.ui.common.UiTasks;

/**
 * Opening the store with the recovery key when no administrator can log in: the key from the safe, the
 * administrator's user name and a new password for that account.
 */
public final class RecoveryViewModel {

    /** The fields of the recovery form. */
    public enum Field { KEY, USER_NAME, NEW_PASSWORD, CONFIRM_PASSWORD }

    private final Messages messages;
    private final Path dataDir;
    private final Clock clock;
    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final StringProperty userName = new SimpleStringProperty("");
    private final Map<Field, StringProperty> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public RecoveryViewModel(Messages messages, Path dataDir, Clock clock) {
        this.messages = messages;
        this.dataDir = dataDir;
        this.clock = clock;
        for (Field field : Field.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
    }

    /** Checks the form, then recovers off the FX thread. Both password arrays are wiped afterwards. */
    public void recover(char[] newPassword, char[] confirmation, Consumer<Unlocked> onUnlocked) {
        errors.values().forEach(message -> message.set(""));
        error.set("");
        String key = recoveryKey.get() == null ? "" : recoveryKey.get().strip();
        String user = userName.get() == null ? "" : userName.get().strip();
        List<FieldError> problems = new ArrayList<>();
        if (key.isEmpty()) {
            errors.get(Field.KEY).set(messages.get("recovery.error.keyMissing"));
        }
        problems.addAll(PasswordRules.checkUserName(user));
        problems.addAll(PasswordRules.checkNewPassword(user, newPassword, confirmation));
        Arrays.fill(confirmation, '\0');
        showErrors(problems);
        if (key.isEmpty() || !problems.isEmpty()) {
            Arrays.fill(newPassword, '\0');
            return;
        }
        busy.set(true);
        UiTasks.start(progress -> {
            try {
                return DaichoServices.recover(dataDir, key, user, newPassword, clock);
            } finally {
                Arrays.fill(newPassword, '\0');
            }
        }, unlocked -> {
            busy.set(false);
            onUnlocked.accept(unlocked);
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException invalid) {
                showErrors(invalid.errors());
            } else if (failure instanceof LoginException login) {
                error.set(messages.get("login.error." + login.reason().name(), ""));
            } else {
                error.set(ErrorMessages.describe(failure, messages));
            }
        });
    }

    private void showErrors(List<FieldError> problems) {
        for (FieldError problem : problems) {
            Field field = switch (problem.field()) {
                case "USER_NAME" -> Field.USER_NAME;
                case "CONFIRM_PASSWORD" -> Field.CONFIRM_PASSWORD;
                default -> Field.NEW_PASSWORD;
            };
            StringProperty message = errors.get(field);
            String text = ErrorMessages.describe(problem, messages);
            message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
        }
    }

    public StringProperty recoveryKey() {
        return recoveryKey;
    }

    public StringProperty userName() {
        return userName;
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
