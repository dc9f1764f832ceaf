package org.daicho.ui.recovery;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.daicho.i18n.Messages;
import org.daicho.service.BackupInfo;
import org.daicho.service.Backups;
import org.daicho.service.ErrorMessages;
import org.daicho.service.RestoreResult;
import org.daicho.ui.common.UiTasks;

/**
 * A store that cannot be opened because its file is damaged: finds the newest good backup and restores it on request.
 * Nothing is written before the clerk asks; the damaged file is set aside by the restore, never deleted.
 */
public final class StoreProblemViewModel {

    /** Where the screen is: looking for a backup, one found, none, restoring, or the restore failed. */
    public enum State { CHECKING, BACKUP_FOUND, NO_BACKUP, RESTORING, FAILED }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final Messages messages;
    private final Backups backups;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CHECKING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private BackupInfo newest;

    public StoreProblemViewModel(Messages messages, Path dataDir, Clock clock) {
        this.messages = messages;
        this.backups = new Backups(dataDir, clock);
        this.zone = clock.getZone();
        status.set(messages.get("crash.damaged.checking"));
    }

    /** Looks for the newest backup that checks out, in the background. */
    public void findBackup() {
        state.set(State.CHECKING);
        status.set(messages.get("crash.damaged.checking"));
        UiTasks.start(progress -> backups.newestGood(), this::found, failure -> found(Optional.empty()));
    }

    private void found(Optional<BackupInfo> backup) {
        newest = backup.orElse(null);
        if (newest == null) {
            state.set(State.NO_BACKUP);
            status.set(messages.get("crash.damaged.noBackup"));
        } else {
            state.set(State.BACKUP_FOUND);
            status.set(messages.get("crash.damaged.backup", WHEN.format(newest.createdAt().atZone(zone)),
                    newest.file().getFileName()));
        }
    }

    /** Restores the backup found; {@code onRestored} runs on the FX thread once the store is back in place. */
    public void restore(Consumer<RestoreResult> onRestored) {
        if (newest == null || state.get() != State.BACKUP_FOUND) {
            return;
        }
        Path file = newest.file();
        state.set(State.RESTORING);
        status.set(messages.get("crash.damaged.restoring"));
        UiTasks.start(progress -> backups.restore(file), onRestored, failure -> {
            state.set(State.FAILED);
            status.set(messages.get("crash.damaged.restoreFailed", ErrorMessages.describe(failure, messages)));
        });
    }

    /** The message a restored store is greeted with on the login screen. */
    public String restoredText(RestoreResult result) {
        return messages.get("crash.damaged.restored", result.restoredFrom().getFileName(),
                result.setAsideFolder() == null ? "-" : result.setAsideFolder());
    }

    public ReadOnlyObjectProperty<State> state() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
