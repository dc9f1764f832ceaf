package org.daicho.ui.auditbook;

import java.io.File;
import java.nio.file.Path;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.service.AuditBookService;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.RecordTables;
import org.daicho.ui.common.TaskStatusBar;

/**
 * 監査証跡ブック: choose the 年度, see what its book holds, and write it (出力…) — to a file chosen here, encrypted
 * when the clerk says so (pre-selected for 機密性2+, policy 2.3(2)⑦⑨) — in the background with a progress bar and
 * キャンセル; a cancelled export leaves no file.
 */
public final class AuditBookView extends BorderPane {

    private final Messages messages;
    private final AuditBookViewModel model;
    private final TaskStatusBar status;
    private final Button exportButton = new Button();
    private Task<AuditBookService.Export> exportTask;

    public AuditBookView(DaichoServices services, Messages messages) {
        this.messages = messages;
        this.model = new AuditBookViewModel(services, messages);
        getStyleClass().add("audit-book-view");
        setPadding(new Insets(16, 20, 12, 20));
        status = new TaskStatusBar("auditBookStatus", "auditBookProgress", "auditBookCancel",
                messages.get("auditbook.cancel"));
        setTop(header());
        setCenter(contents());
        VBox bottom = new VBox(10, status);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setBottom(bottom);
        model.year().addListener((obs, old, now) -> refresh());
    }

    private VBox header() {
        Label title = new Label(messages.get("auditbook.title"));
        title.getStyleClass().add("title-2");
        ChoiceBox<FiscalYear> year = new ChoiceBox<>(model.years());
        year.setId("auditBookYear");
        Choices.labelled(year, model::yearLabel);
        year.valueProperty().bindBidirectional(model.year());
        Label yearLabel = new Label(messages.get("auditbook.year"));
        yearLabel.setLabelFor(year);
        exportButton.setText(messages.get("auditbook.export"));
        exportButton.setId("auditBookExportButton");
        exportButton.getStyleClass().add("accent");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(event -> chooseFile());
        HBox titleRow = new HBox(12, title, yearLabel, year, exportButton);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(messages.get("auditbook.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        VBox header = new VBox(6, titleRow, intro);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private VBox contents() {
        Label heading = new Label(messages.get("auditbook.contents"));
        heading.getStyleClass().add("title-4");
        Label summary = new Label();
        summary.setId("auditBookSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summary());
        TableView<AuditBookViewModel.Line> table = new TableView<>(model.lines());
        table.setId("auditBookContents");
        table.setPlaceholder(new Label(messages.get("auditbook.loading")));
        TableColumn<AuditBookViewModel.Line, String> sheet = RecordTables.text("SHEET",
                messages.get("auditbook.column.sheet"), 260, AuditBookViewModel.Line::sheet);
        TableColumn<AuditBookViewModel.Line, String> count = RecordTables.text("COUNT",
                messages.get("auditbook.column.count"), 140, AuditBookViewModel.Line::count);
        table.getColumns().add(sheet);
        table.getColumns().add(count);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setMaxWidth(520);
        // six lines and the header without a scroll bar
        table.setPrefHeight(300);
        Label always = new Label(messages.get("auditbook.always"));
        always.setWrapText(true);
        always.getStyleClass().add("text-muted");
        return new VBox(8, heading, summary, table, always);
    }

    /** Counts the chosen 年度 again. */
    public void refresh() {
        model.load(error -> Dialogs.showError(window(), messages, ErrorMessages.describe(error, messages)));
    }

    /** Shows {@code year}'s book. */
    public void showYear(FiscalYear year) {
        if (year != null && !model.years().contains(year)) {
            model.years().add(year);
        }
        if (year != null) {
            model.year().set(year);
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("auditbook.title"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return;
        }
        ExportProtectionChoice.ask(window(), messages, model.highestConfidentiality())
                .ifPresent(protection -> export(file.toPath(), protection));
    }

    /** Writes the chosen 年度's book to {@code out} (a file, or a folder to name it in) as {@code protection} says. */
    public void export(Path out, ExportProtection protection) {
        boolean encrypted = protection.encrypted();
        exportButton.setDisable(true);
        exportTask = model.export(out, protection, written -> {
            status.end();
            exportButton.setDisable(false);
            status.setText(model.doneText(written, encrypted));
        }, error -> {
            status.end();
            exportButton.setDisable(false);
            status.setText("");
            Dialogs.showError(window(), messages, ErrorMessages.describe(error, messages));
        });
        status.track(exportTask, messages.get("auditbook.export.running"), messages.get("export.cancelled"));
        exportTask.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_CANCELLED,
                event -> exportButton.setDisable(false));
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    AuditBookViewModel model() {
        return model;
    }
}
