package org.daicho.ui.history;

import atlantafx.base.theme.Styles;
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
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.daicho.domain.RecordType;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;

/**
 * 変更履歴: every change of every record, newest first, one row per changed field, filtered by period,
 * account and record type; and the tamper check (改ざんチェック) of the chain and the records.
 */
public final class HistoryView extends BorderPane {

    private final Messages messages;
    private final HistoryViewModel model;
    private final TableView<HistoryLine> table = new TableView<>();

    public HistoryView(DaichoServices services, Messages messages) {
        this.messages = messages;
        this.model = new HistoryViewModel(services, messages);
        getStyleClass().add("history-view");
        setPadding(new Insets(16));
        setTop(header());
        setCenter(table());
        model.userName().addListener((obs, old, now) -> refresh());
        model.recordType().addListener((obs, old, now) -> refresh());
    }

    private VBox header() {
        Label title = new Label(messages.get("history.title"));
        title.getStyleClass().add("title-2");
        Label count = new Label();
        count.setId("historyCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countText());
        HBox titleRow = new HBox(12, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        TextField from = dateField("historyFrom", model.fromText().get());
        from.textProperty().bindBidirectional(model.fromText());
        TextField to = dateField("historyTo", model.toText().get());
        to.textProperty().bindBidirectional(model.toText());
        ComboBox<String> account = new ComboBox<>(model.userNames());
        account.setId("historyAccount");
        Choices.labelled(account, name -> name, messages.get("history.filter.allAccounts"));
        account.valueProperty().bindBidirectional(model.userName());
        ComboBox<RecordType> type = new ComboBox<>(FXCollections.observableArrayList(RecordType.values()));
        type.getItems().add(0, null);
        type.setId("historyRecordType");
        Choices.labelled(type, messages::label, messages.get("history.filter.allTypes"));
        type.valueProperty().bindBidirectional(model.recordType());
        Button apply = new Button(messages.get("history.filter.apply"));
        apply.setId("historyApply");
        apply.setDefaultButton(true);
        apply.disableProperty().bind(model.busy());
        apply.setOnAction(event -> refresh());
        HBox filters = new HBox(8, new Label(messages.get("history.filter.period")), from, new Label("〜"), to,
                account, type, apply);
        filters.setAlignment(Pos.CENTER_LEFT);
        Label filterError = new Label();
        filterError.setId("historyFilterError");
        filterError.getStyleClass().add("field-error");
        filterError.textProperty().bind(model.filterError());
        filterError.managedProperty().bind(filterError.textProperty().isNotEmpty());

        Button verify = new Button(messages.get("history.verify.button"));
        verify.setId("historyVerifyButton");
        verify.disableProperty().bind(model.verifyState().isEqualTo(HistoryViewModel.VerifyState.RUNNING));
        verify.setOnAction(event -> model.verify(this::showError));
        Label result = new Label();
        result.setId("historyVerifyResult");
        result.setWrapText(true);
        result.textProperty().bind(model.verifyText());
        Label detail = new Label();
        detail.setId("historyVerifyDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("text-small");
        detail.textProperty().bind(model.verifyDetail());
        model.verifyState().addListener((obs, old, state) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            detail.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
            if (state == HistoryViewModel.VerifyState.INTACT) {
                result.getStyleClass().add(Styles.SUCCESS);
                detail.getStyleClass().add(Styles.TEXT_MUTED);
            } else if (state == HistoryViewModel.VerifyState.BROKEN || state == HistoryViewModel.VerifyState.FAILED) {
                result.getStyleClass().add(Styles.DANGER);
                detail.getStyleClass().add(Styles.DANGER);
            }
        });
        VBox outcome = new VBox(2, result, detail);
        HBox verifyRow = new HBox(12, verify, outcome);
        verifyRow.setAlignment(Pos.CENTER_LEFT);
        Label verifyHint = new Label(messages.get("history.verify.hint"));
        verifyHint.getStyleClass().addAll("text-muted", "text-small");
        verifyHint.setWrapText(true);

        VBox header = new VBox(10, titleRow, verifyHint, verifyRow, filters, filterError);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private TextField dateField(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPromptText(messages.get("history.filter.dateHint"));
        field.setPrefColumnCount(10);
        return field;
    }

    private TableView<HistoryLine> table() {
        table.setId("historyTable");
        table.setPlaceholder(new Label(messages.get("history.empty")));
        table.getColumns().add(column("seq", "#", 60, line -> String.valueOf(line.seq())));
        table.getColumns().add(column("changedAt", messages.get("history.column.changedAt"), 165, HistoryLine::changedAt));
        table.getColumns().add(column("account", messages.get("history.column.account"), 90, HistoryLine::userName));
        table.getColumns().add(column("recordType", messages.get("history.column.recordType"), 85, HistoryLine::recordType));
        table.getColumns().add(column("recordId", messages.get("history.column.recordId"), 70, HistoryLine::recordId));
        table.getColumns().add(column("action", messages.get("history.column.action"), 55, HistoryLine::action));
        table.getColumns().add(column("field", messages.get("history.column.field"), 140, HistoryLine::field));
        table.getColumns().add(column("before", messages.get("history.column.before"), 160, HistoryLine::before));
        table.getColumns().add(column("after", messages.get("history.column.after"), 160, HistoryLine::after));
        table.getColumns().add(column("reason", messages.get("history.column.reason"), 120, HistoryLine::reason));
        table.setItems(model.lines());
        return table;
    }

    static TableColumn<HistoryLine, String> column(String id, String title, double width,
            Function<HistoryLine, String> value) {
        TableColumn<HistoryLine, String> column = new TableColumn<>(title);
        column.setId("history-" + id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** Reloads the entries (called each time the screen is shown). */
    public void refresh() {
        model.load(this::showError);
    }

    private void showError(Throwable error) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        Dialogs.showError(owner, messages, ErrorMessages.describe(error, messages));
    }

    HistoryViewModel model() {
        return model;
    }
}
