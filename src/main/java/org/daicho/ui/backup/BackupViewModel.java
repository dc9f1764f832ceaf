package org.daicho.ui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.Role;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.BackupInfo;
import org.daicho.service.BackupResult;
import org.daicho.service.BackupSettings;
import org.daicho.service.Backups;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * The backup screen's state: the chosen folder and how many backups are kept, the list of backups with their
 * check, and the work it starts (save the settings, back up now) off the FX thread. Restoring needs the store
 * closed, so the window does it: {@link #restoreSelected} hands the chosen backup to the restorer it was given.
 */
public final class BackupViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private final Consumer<Path> restorer;

    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty generations = new SimpleStringProperty(Integer.toString(BackupSettings.DEFAULT_GENERATIONS));
    private final ReadOnlyStringWrapper folderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper generationsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper settingsStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private DateStyle dateStyle = DateStyle.WAREKI;

    /**
     * @param restorer closes the store, restores the backup and shows the login again (the window); null when this
     *                 screen may not restore
     */
    public BackupViewModel(DaichoServices services, Messages messages, Consumer<Path> restorer) {
        this.services = services;
        this.messages = messages;
        this.restorer = restorer;
    }

    /** Whether restore is offered at all: a restorer was given and the account is a システム管理者. */
    public boolean mayRestore() {
        return restorer != null && services.accounts().current().has(Role.ADMIN);
    }

    /** Whether the selected backup can be restored now. */
    public BooleanBinding restoreDisabled() {
        return Bindings.createBooleanBinding(() -> !mayRestore() || busy.get() || selected.get() == null
                || !selected.get().good(), busy, selected);
    }

    private record Loaded(BackupSettings settings, List<BackupInfo> backups, DateStyle dateStyle) {
    }

    /** Reads the settings and checks every backup off the FX thread. */
    public void load(Consumer<Throwable> onFailure) {
        loading.set(true);
        UiTasks.start(progress -> new Loaded(services.backups().settings(), services.backups().list(),
                        services.settings().settings().dateStyle()),
                loaded -> {
                    loading.set(false);
                    dateStyle = loaded.dateStyle();
                    folder.set(loaded.settings().folder());
                    generations.set(Integer.toString(loaded.settings().generations()));
                    showList(loaded.backups());
                },
                error -> {
                    loading.set(false);
                    onFailure.accept(error);
                });
    }

    private void showList(List<BackupInfo> list) {
        Path keep = selected.get() == null ? null : selected.get().file();
        backups.setAll(list);
        selected.set(list.stream().filter(info -> info.file().equals(keep)).findFirst().orElse(null));
    }

    /** Saves the folder and the number kept (the service records the change). */
    public void saveSettings(Consumer<Throwable> onFailure) {
        folderError.set("");
        generationsError.set("");
        settingsStatus.set("");
        int count;
        try {
            count = Integer.parseInt(generations.get() == null ? "" : generations.get().strip());
        } catch (NumberFormatException e) {
            count = -1;
        }
        BackupSettings changed = new BackupSettings(folder.get(), count);
        busy.set(true);
        UiTasks.start(progress -> {
                    services.backups().saveSettings(changed);
                    return services.backups().list();
                },
                list -> {
                    busy.set(false);
                    showList(list);
                    settingsStatus.set(messages.get("backup.settings.saved"));
                },
                error -> {
                    busy.set(false);
                    if (error instanceof ValidationException invalid) {
                        for (FieldError field : invalid.errors()) {
                            (field.field().equals("FOLDER") ? folderError : generationsError)
                                    .set(ErrorMessages.describe(field, messages));
                        }
                    } else {
                        onFailure.accept(error);
                    }
                });
    }

    /** Makes a backup now (local, and the chosen folder); the returned task's progress can be shown. */
    public Task<BackupResult> backUpNow() {
        setStatus(messages.get("backup.running"), false);
        busy.set(true);
        return UiTasks.start(progress -> {
                    BackupResult result = services.backups().backUpNow(progress);
                    return result;
                },
                result -> {
                    busy.set(false);
                    String made = result.copy() != null
                            ? messages.get("backup.doneWithCopy", result.file().getFileName(),
                                    Backups.sizeText(result.sizeBytes()), result.copy().getParent())
                            : messages.get("backup.done", result.file().getFileName(), Backups.sizeText(result.sizeBytes()));
                    if (result.copyFailed()) {
                        setStatus(messages.get("backup.copyFailed", ErrorMessages.describe(result.copyFailure(), messages)),
                                true);
                    } else {
                        setStatus(made, false);
                    }
                    load(error -> setStatus(ErrorMessages.describe(error, messages), true));
                },
                error -> {
                    busy.set(false);
                    setStatus(ErrorMessages.describe(error, messages), true);
                });
    }

    /** Hands the selected (good) backup to the window, which closes the store, restores and shows the login. */
    public void restoreSelected() {
        BackupInfo chosen = selected.get();
        if (!mayRestore() || chosen == null || !chosen.good()) {
            return;
        }
        restorer.accept(chosen.file());
    }

    private void setStatus(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }

    /** Where a backup is, in words: this PC (the data folder) or the chosen folder. */
    public String where(BackupInfo info) {
        boolean local = info.folder().equals(services.backups().files().localFolder().toAbsolutePath());
        return messages.get(local ? "backup.where.local" : "backup.where.chosen") + "（" + info.folder() + "）";
    }

    /** The check, in words. */
    public String statusText(BackupInfo info) {
        return info.good() ? messages.get("backup.status.good")
                : messages.get("backup.status.bad", messages.get(info.problem()));
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public Path localFolder() {
        return services.backups().files().localFolder().toAbsolutePath();
    }

    public ObjectProperty<Path> folder() {
        return folder;
    }

    public StringProperty generations() {
        return generations;
    }

    public ReadOnlyStringProperty folderError() {
        return folderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generationsError() {
        return generationsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty settingsStatus() {
        return settingsStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsError() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ObjectProperty<BackupInfo> selected() {
        return selected;
    }
}
