package org.daicho.ui.login;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.LoginException;
import org.daicho.service.Unlocked;
import org.daicho.ui.common.UiTasks;

/** The login: user name and password in, an {@link Unlocked} store or a plain message out. */
public final class LoginViewModel {

    private final Messages messages;
    private final Path dataDir;
    private final Clock clock;
    private final LoginTimes times;
    private final StringProperty userName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Runnable onStoreDamaged;

    public LoginViewModel(Messages messages, Path dataDir, Clock clock) {
        this.messages = messages;
        this.dataDir = dataDir;
        this.clock = clock;
        this.times = LoginTimes.beforeLogin(messages, clock.getZone());
    }

    /**
     * Logs in off the FX thread (the password derivation is deliberately slow). The array is wiped once the
     * attempt is over, whatever its outcome.
     */
    public void login(char[] password, Consumer<Unlocked> onUnlocked) {
        String user = userName.get() == null ? "" : userName.get().strip();
        if (user.isEmpty() || password.length == 0) {
            Arrays.fill(password, '\0');
            error.set(messages.get("login.error.empty"));
            return;
        }
        error.set("");
        busy.set(true);
        UiTasks.start(progress -> {
            try {
                return DaichoServices.login(dataDir, user, password, clock);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, unlocked -> {
            busy.set(false);
            onUnlocked.accept(unlocked);
        }, failure -> {
            busy.set(false);
            if (onStoreDamaged != null && ErrorMessages.isDamagedStore(failure)) {
                onStoreDamaged.run(); // the window offers a restore instead of a one-line error
                return;
            }
            error.set(describe(failure));
        });
    }

    /** A failed login in plain words; the lock message says until when. */
    String describe(Throwable failure) {
        if (failure instanceof LoginException login) {
            String until = login.lockedUntil() == null ? "" : times.untilText(login.lockedUntil(), clock.instant());
            return messages.get("login.error." + login.reason().name(), until);
        }
        return ErrorMessages.describe(failure, messages);
    }

    /** What to do when the store turns out to be damaged on login (issue 8: offer a restore). */
    public void setOnStoreDamaged(Runnable action) {
        this.onStoreDamaged = action;
    }

    public StringProperty userName() {
        return userName;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
