package org.daicho.ui.disposal;

import java.io.File;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;

/**
 * 証跡 of one record: each file with its kind, size, SHA-256 and when it was added; 追加… (a file chosen from disk),
 * 確認 (the bytes against the SHA-256), 保存… (a copy, only when they match) and 削除 (with a reason).
 */
public final class DisposalEvidenceView extends BorderPane {

    private final DisposalEvidenceViewModel model;
    private final Messages messages;
    private final Consumer<Throwable> failed;

    public DisposalEvidenceView(DisposalEvidenceViewModel model, Messages messages, Runnable onClose) {
        this.model = model;
        this.messages = messages;
        this.failed = error -> Dialogs.showError(window(), messages, ErrorMessages.describe(error, messages));
        getStyleClass().add("disposal-evidence");
        setTop(DisposalSummary.of(model.entry(), messages, model.dateStyle()));

        TableView<EvidenceFile> table = new TableView<>(model.files());
        table.setId("disposalEvidenceTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setPlaceholder(new Label(messages.get("disposal.ui.evidence.empty")));
        table.setPrefHeight(220);
        table.getColumns().add(column("KIND", messages.get("disposal.field.EVIDENCE_KIND"), 96,
                f -> messages.label(f.kind())));
        table.getColumns().add(column("NAME", messages.get("disposal.ui.evidence.column.name"), 230,
                EvidenceFile::fileName));
        TableColumn<EvidenceFile, String> size = column("SIZE", messages.get("disposal.ui.evidence.column.size"), 140,
                model::sizeText);
        size.setStyle("-fx-alignment: CENTER_RIGHT;");
        table.getColumns().add(size);
        TableColumn<EvidenceFile, String> sha = column("SHA256", "SHA-256", 390, EvidenceFile::sha256);
        sha.getStyleClass().add("disposal-hash");
        table.getColumns().add(sha);
        table.getColumns().add(column("ADDED", messages.get("disposal.ui.evidence.column.added"), 170,
                model::addedText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected.set(now));
        model.selected.addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                }
            }
        });

        ComboBox<EvidenceKind> kind = new ComboBox<>(FXCollections.observableArrayList(EvidenceKind.values()));
        kind.setId("disposalEvidenceKind");
        Choices.labelled(kind, messages::label, messages.get("disposal.ui.choose"));
        kind.valueProperty().bindBidirectional(model.kind);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Button add = DisposalDialogs.PARTS.button("disposalEvidenceAdd", messages.get("disposal.ui.evidence.add"),
                true);
        add.setDisable(!model.mayAttach());
        add.setOnAction(event -> chooseAndAttach());
        Button check = DisposalDialogs.PARTS.button("disposalEvidenceCheck",
                messages.get("disposal.ui.evidence.check"), false);
        check.disableProperty().bind(model.selected.isNull().or(model.busy()));
        check.setOnAction(event -> model.check(failed));
        Button save = DisposalDialogs.PARTS.button("disposalEvidenceSave", messages.get("disposal.ui.evidence.save"),
                false);
        save.disableProperty().bind(model.selected.isNull().or(model.busy()));
        save.setOnAction(event -> chooseAndSave());
        Label kindLabel = new Label(messages.get("disposal.field.EVIDENCE_KIND"));
        kindLabel.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, kindLabel, kind, add, spacer, check, save);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("disposalEvidenceCheckResult");
        result.setWrapText(true);
        result.textProperty().bind(model.checkText());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        model.checkState().addListener((obs, old, now) -> {
            result.getStyleClass().removeAll("disposal-check-ok", "disposal-check-changed");
            if (now == DisposalEvidenceViewModel.CheckState.INTACT) {
                result.getStyleClass().add("disposal-check-ok");
            } else if (now == DisposalEvidenceViewModel.CheckState.CHANGED) {
                result.getStyleClass().add("disposal-check-changed");
            }
        });

        TextField reason = DialogParts.field("disposalEvidenceRemoveReason", model.removeReason,
                messages.get("disposal.ui.evidence.removePrompt"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button remove = DisposalDialogs.PARTS.button("disposalEvidenceRemove",
                messages.get("disposal.ui.evidence.remove"), false);
        remove.getStyleClass().add("danger");
        if (model.mayRecord()) {
            remove.disableProperty().bind(model.selected.isNull().or(model.busy()));
        } else {
            remove.setDisable(true);
        }
        remove.setOnAction(event -> model.remove(failed));
        Label reasonLabel = new Label(messages.get("disposal.ui.evidence.removeReason"));
        reasonLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox removeRow = new HBox(8, reasonLabel, reason, remove);
        removeRow.setAlignment(Pos.CENTER_LEFT);
        Label reasonError = new Label();
        reasonError.setId("disposalEvidenceRemoveReasonError");
        reasonError.getStyleClass().add("field-error");
        reasonError.textProperty().bind(model.reasonError());
        reasonError.managedProperty().bind(reasonError.textProperty().isNotEmpty());
        reasonError.visibleProperty().bind(reasonError.textProperty().isNotEmpty());

        Label status = new Label();
        status.setId("disposalEvidenceStatus");
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusText());
        Label note = DialogParts.note(messages.get("disposal.ui.evidence.note"));
        for (Label label : new Label[] {result, status, reasonError, note}) {
            label.setMinHeight(Region.USE_PREF_SIZE);
        }

        VBox center = new VBox(8, table, actions, result, status, removeRow, reasonError, note);
        center.setPadding(new Insets(12, 16, 0, 16));
        setCenter(center);

        Button close = DisposalDialogs.PARTS.button("disposalDialogCancel", messages.get("disposal.ui.close"), false);
        close.setCancelButton(true);
        close.setOnAction(event -> onClose.run());
        setBottom(DisposalDialogs.PARTS.buttonBar(model.generalError(), close));
        DialogParts.fitOnChange(this, model.checkText(), model.statusText(), model.reasonError(),
                model.generalError());
    }

    private static TableColumn<EvidenceFile, String> column(String id, String title, double width,
            Function<EvidenceFile, String> value) {
        TableColumn<EvidenceFile, String> column = new TableColumn<>(title);
        column.setId("column-" + id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseAndAttach() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("disposal.ui.evidence.chooseFile"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            model.attach(file.toPath(), failed);
        }
    }

    private void chooseAndSave() {
        EvidenceFile file = model.selected.get();
        if (file == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("disposal.ui.evidence.saveTitle"));
        chooser.setInitialFileName(file.fileName());
        File target = chooser.showSaveDialog(window());
        if (target != null) {
            model.save(target.toPath(), failed);
        }
    }

    DisposalEvidenceViewModel model() {
        return model;
    }

    /** Opens the dialog; {@code onChanged} runs on closing when evidence was added or removed. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, DisposalEntry entry,
            DateStyle style, Runnable onChanged) {
        DisposalEvidenceViewModel model = new DisposalEvidenceViewModel(services, messages, entry, style);
        Stage[] stage = new Stage[1];
        DisposalEvidenceView view = new DisposalEvidenceView(model, messages, () -> stage[0].close());
        stage[0] = DisposalDialogs.PARTS.open(owner,
                messages.get("disposal.ui.evidence.title", entry.record().recordNo()), view, 1100, -1);
        stage[0].setOnHidden(event -> {
            if (model.changed()) {
                onChanged.run();
            }
        });
        model.load(error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
