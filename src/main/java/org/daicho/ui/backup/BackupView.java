package org.daicho.ui.backup;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.daicho.i18n.Messages;
import org.daicho.service.BackupInfo;
import org.daicho.service.Backups;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.common.RecordTables;

/**
 * 設定 › バックアップ: where backups go and how many are kept, 「今すぐバックアップ」, the list of backups with their
 * check, and 「このバックアップから復元…」 (システム管理者 only), which asks first and says that the current store is
 * set aside, not deleted.
 */
public final class BackupView extends VBox {

    private final Messages messages;
    private final BackupViewModel model;

    /**
     * @param restorer closes the store, restores the chosen backup and shows the login (the window); null: this
     *                 screen offers no restore
     */
    public BackupView(DaichoServices services, Messages messages, Consumer<Path> restorer) {
        super(12);
        this.messages = messages;
        this.model = new BackupViewModel(services, messages, restorer);
        getStyleClass().add("backup-view");
        setId("backupView");
        setPadding(new Insets(16, 24, 24, 16));
        setMaxWidth(1100);
        getChildren().addAll(hint(messages.get("backup.hint")), settingsPart(), listPart());
    }

    private VBox settingsPart() {
        Label heading = new Label(messages.get("backup.settings.heading"));
        heading.getStyleClass().add("title-4");

        Label folder = new Label();
        folder.setId("backupFolderLabel");
        folder.setWrapText(true);
        folder.textProperty().bind(Bindings.createStringBinding(() -> model.folder().get() == null
                ? messages.get("backup.settings.folderNone") : model.folder().get().toString(), model.folder()));
        Button choose = new Button(messages.get("backup.settings.choose"));
        choose.setId("backupChooseFolderButton");
        choose.setOnAction(event -> chooseFolder());
        Button clear = new Button(messages.get("backup.settings.clear"));
        clear.setId("backupClearFolderButton");
        clear.disableProperty().bind(model.folder().isNull());
        clear.setOnAction(event -> model.folder().set(null));
        HBox folderRow = new HBox(8, choose, clear);
        VBox folderBox = new VBox(4, folder, folderRow, hint(messages.get("backup.settings.folderHint")));

        TextField generations = new TextField();
        generations.setId("backupGenerationsField");
        generations.setPrefColumnCount(4);
        generations.setMaxWidth(80);
        generations.textProperty().bindBidirectional(model.generations());
        VBox generationsBox = new VBox(4, generations, hint(messages.get("backup.settings.generationsHint")));

        Label local = new Label(model.localFolder().toString());
        local.setId("backupLocalFolderLabel");
        local.getStyleClass().add("text-muted");
        local.setWrapText(true);

        GridPane grid = FieldRows.grid(170);
        FieldRows rows = new FieldRows(grid).wrapLabels();
        rows.add(messages.get("backup.settings.folder"), folderBox, model.folderError(), false);
        rows.add(messages.get("backup.settings.generations"), generationsBox, model.generationsError(), true);
        rows.add(messages.get("backup.settings.local"), local, null, false);

        Button save = new Button(messages.get("backup.settings.save"));
        save.setId("backupSaveSettingsButton");
        save.disableProperty().bind(model.busy());
        save.setOnAction(event -> model.saveSettings(this::showError));
        Label saved = new Label();
        saved.setId("backupSettingsStatus");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(model.settingsStatus());
        HBox buttons = new HBox(12, save, saved);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(4, 0, 0, 182));
        return new VBox(8, heading, grid, buttons);
    }

    private VBox listPart() {
        Label heading = new Label(messages.get("backup.list.heading"));
        heading.getStyleClass().add("title-4");

        Button now = new Button(messages.get("backup.now"));
        now.setId("backupNowButton");
        now.getStyleClass().add("accent");
        now.disableProperty().bind(model.busy());
        ProgressBar progress = new ProgressBar();
        progress.setId("backupProgress");
        progress.setPrefWidth(200);
        progress.setVisible(false);
        now.setOnAction(event -> {
            Task<?> task = model.backUpNow();
            progress.progressProperty().bind(task.progressProperty());
            progress.visibleProperty().bind(task.runningProperty());
        });
        HBox top = new HBox(12, heading, now, progress);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<BackupInfo> table = new TableView<>(model.backups());
        table.setId("backupTable");
        table.setPrefHeight(260);
        table.setPlaceholder(new Label(messages.get("backup.list.empty")));
        table.getColumns().add(RecordTables.sortedBy("createdAt", messages.get("backup.column.createdAt"), 190,
                BackupInfo::createdAt, info -> DateTimeText.formatSeconds(
                        LocalDateTime.ofInstant(info.createdAt(), ZoneId.systemDefault()), model.dateStyle())));
        table.getColumns().add(RecordTables.text("size", messages.get("backup.column.size"), 90,
                info -> Backups.sizeText(info.sizeBytes())));
        table.getColumns().add(RecordTables.text("where", messages.get("backup.column.where"), 420, model::where));
        table.getColumns().add(RecordTables.text("status", messages.get("backup.column.status"), 300,
                model::statusText));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now2) -> model.selected().set(now2));
        model.selected().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != chosen) {
                table.getSelectionModel().select(chosen);
            }
        });

        Button restore = new Button(messages.get("backup.restore"));
        restore.setId("backupRestoreButton");
        restore.getStyleClass().add("danger");
        restore.disableProperty().bind(model.restoreDisabled());
        restore.setOnAction(event -> confirmRestore());
        restore.setVisible(model.mayRestore());
        restore.setManaged(model.mayRestore());

        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.when(model.loading().and(model.status().isEmpty()))
                .then(messages.get("backup.list.loading")).otherwise(model.status()));
        model.statusIsError().addListener((obs, old, error) -> {
            status.getStyleClass().removeAll("field-error", "text-muted");
            status.getStyleClass().add(error ? "field-error" : "text-muted");
        });
        status.getStyleClass().add("text-muted");
        return new VBox(8, top, status, table, restore);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("backup.settings.chooserTitle"));
        Path current = model.folder().get();
        if (current != null && current.toFile().isDirectory()) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(owner());
        if (chosen != null) {
            model.folder().set(chosen.toPath().toAbsolutePath());
        }
    }

    /** Asks before restoring: the current store is set aside (not deleted), and the login comes back. */
    private void confirmRestore() {
        BackupInfo chosen = model.selected().get();
        if (chosen == null) {
            return;
        }
        ButtonType restore = new ButtonType(messages.get("backup.restore.confirmButton"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("backup.restore.cancelButton"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, cancel);
        alert.initOwner(owner());
        alert.setTitle(messages.get("backup.restore.confirmTitle"));
        alert.setHeaderText(messages.get("backup.restore.confirmHeader", DateTimeText.formatSeconds(
                LocalDateTime.ofInstant(chosen.createdAt(), ZoneId.systemDefault()), model.dateStyle())));
        Label text = new Label(messages.get("backup.restore.confirmText", chosen.file()));
        text.setWrapText(true);
        text.setId("backupRestoreConfirmText");
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().lookupButton(restore).setId("backupRestoreConfirmButton");
        alert.getDialogPane().lookupButton(cancel).setId("backupRestoreCancelButton");
        // the safe answer is the default: Enter does not restore
        ((Button) alert.getDialogPane().lookupButton(restore)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.setOnHidden(event -> {
            if (alert.getResult() == restore) {
                model.restoreSelected();
            }
        });
        alert.show();
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return hint;
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void showError(Throwable error) {
        Dialogs.showError(owner(), messages, ErrorMessages.describe(error, messages));
    }

    /** Reads the settings and the list again (each time the settings are shown). */
    public void refresh() {
        model.load(this::showError);
    }

    BackupViewModel model() {
        return model;
    }
}
