package org.daicho.ui.lock;

import java.util.Arrays;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/** Unlocking the idle-locked window: the logged-in account's password, checked off the FX thread. */
public final class LockViewModel {

    private final Messages messages;
    private final Predicate<char[]> passwordCheck;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public LockViewModel(Messages messages, Predicate<char[]> passwordCheck) {
        this.messages = messages;
        this.passwordCheck = passwordCheck;
    }

    /** Calls {@code onUnlocked} when the password is right; the array is wiped afterwards. */
    public void unlock(char[] password, Runnable onUnlocked) {
        if (password.length == 0) {
            error.set(messages.get("lock.error.empty"));
            return;
        }
        error.set("");
        busy.set(true);
        UiTasks.start(progress -> {
            try {
                return passwordCheck.test(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, right -> {
            busy.set(false);
            if (right) {
                onUnlocked.run();
            } else {
                error.set(messages.get("lock.error.wrong"));
            }
        }, failure -> {
            busy.set(false);
            error.set(ErrorMessages.describe(failure, messages));
        });
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
