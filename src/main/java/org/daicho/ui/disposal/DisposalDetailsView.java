package org.daicho.ui.disposal;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.RecordType;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.InfoLines;
import org.daicho.ui.common.RecordTables;
import org.daicho.ui.history.RecordHistoryPane;

/** One record in full: 申請, 決裁, 実施, 取消, its evidence (size and SHA-256) and its 変更履歴. Read only. */
public final class DisposalDetailsView extends javafx.scene.layout.BorderPane {

    private final DisposalDetailsViewModel model;
    private final Messages messages;
    private final GridPane grid = InfoLines.grid(130, 4);
    private final TableView<EvidenceFile> evidence = new TableView<>();
    private final ScrollPane scroll;
    private final Button close;

    public DisposalDetailsView(DisposalDetailsViewModel model, Messages messages, RecordHistoryPane history,
            Runnable onClose) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("disposal-details");
        grid.setId("disposalDetailsGrid");

        evidence.setId("disposalDetailsEvidence");
        evidence.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        evidence.setPlaceholder(new Label(messages.get("disposal.ui.evidence.empty")));
        evidence.setPrefHeight(140);
        evidence.setFocusTraversable(false);
        evidence.getColumns().add(column(messages.get("disposal.field.EVIDENCE_KIND"), 96, f -> messages.label(f.kind())));
        evidence.getColumns().add(column(messages.get("disposal.ui.evidence.column.name"), 200, EvidenceFile::fileName));
        evidence.getColumns().add(column(messages.get("disposal.ui.evidence.column.size"), 150, model::sizeText));
        TableColumn<EvidenceFile, String> sha = column("SHA-256", 380, EvidenceFile::sha256);
        sha.getStyleClass().add("disposal-hash");
        evidence.getColumns().add(sha);
        evidence.getColumns().add(column(messages.get("disposal.ui.evidence.column.added"), 160, model::addedText));
        evidence.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Label evidenceTitle = new Label(messages.get("disposal.ui.details.evidence"));
        evidenceTitle.getStyleClass().add("form-heading");
        VBox content = new VBox(8, grid, evidenceTitle, evidence, history);
        content.setPadding(new Insets(12, 16, 12, 16));
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        close = DisposalDialogs.PARTS.button("disposalDialogCancel", messages.get("disposal.ui.close"), true);
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(event -> onClose.run());
        setBottom(DisposalDialogs.PARTS.buttonBar(new ReadOnlyStringWrapper(""), close));
        model.entry().addListener((obs, old, now) -> fill());
        fill();
    }

    private void fill() {
        grid.getChildren().clear();
        InfoLines lines = new InfoLines(grid);
        for (DisposalDetailsViewModel.Line line : model.lines()) {
            if (line.label() == null) {
                lines.heading(line.value());
            } else {
                lines.add(line.label(), line.value());
            }
        }
        evidence.setItems(FXCollections.observableArrayList(model.evidence()));
    }

    /** Starts at the top of the record, with the focus on 閉じる (not on a control far down that scrolls it). */
    private void showFromTop() {
        close.requestFocus();
        scroll.setVvalue(0);
    }

    private static TableColumn<EvidenceFile, String> column(String title, double width,
            Function<EvidenceFile, String> value) {
        return RecordTables.text(null, title, width, value);
    }

    public static Stage open(Window owner, DaichoServices services, Messages messages, DisposalEntry entry,
            DateStyle style) {
        DisposalDetailsViewModel model = new DisposalDetailsViewModel(services, messages, entry, style);
        RecordHistoryPane history = new RecordHistoryPane(services, messages);
        history.show(RecordType.DISPOSAL, entry.id());
        Stage[] stage = new Stage[1];
        DisposalDetailsView view = new DisposalDetailsView(model, messages, history, () -> stage[0].close());
        stage[0] = DisposalDialogs.PARTS.open(owner,
                messages.get("disposal.ui.details.title", entry.record().recordNo()), view, 1100, 720);
        view.showFromTop();
        model.load(error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
