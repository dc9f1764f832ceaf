package org.daicho.ui.history;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.RecordType;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.UiTasks;

/**
 * 変更履歴 of one record, collapsed until opened: who changed which field from what to what, newest first.
 * Screens that show one record put it below their form and tell it which record is shown.
 */
public final class RecordHistoryPane extends TitledPane {

    private final DaichoServices services;
    private final Messages messages;
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private RecordType type;
    private Long id;
    private boolean stale = true;

    public RecordHistoryPane(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        setText(messages.get("history.record.title"));
        setId("recordHistory");
        setExpanded(false);
        setAnimated(false);
        TableView<HistoryLine> table = new TableView<>(lines);
        table.setId("recordHistoryTable");
        table.setPlaceholder(new Label(messages.get("history.record.empty")));
        table.setPrefHeight(200);
        table.getColumns().add(HistoryView.column("changedAt", messages.get("history.column.changedAt"), 150,
                HistoryLine::changedAt));
        table.getColumns().add(HistoryView.column("account", messages.get("history.column.account"), 70,
                HistoryLine::userName));
        table.getColumns().add(HistoryView.column("action", messages.get("history.column.action"), 45,
                HistoryLine::action));
        table.getColumns().add(HistoryView.column("field", messages.get("history.column.field"), 110,
                HistoryLine::field));
        table.getColumns().add(HistoryView.column("before", messages.get("history.column.before"), 110,
                HistoryLine::before));
        table.getColumns().add(HistoryView.column("after", messages.get("history.column.after"), 110,
                HistoryLine::after));
        setContent(table);
        expandedProperty().addListener((obs, old, expanded) -> {
            if (expanded && stale) {
                reload();
            }
        });
    }

    /** Shows the history of one record ({@code id == null}: none, e.g. a record not saved yet). */
    public void show(RecordType recordType, Long recordId) {
        this.type = recordType;
        this.id = recordId;
        setDisable(recordId == null);
        lines.clear();
        stale = true;
        if (recordId == null) {
            setExpanded(false);
        } else if (isExpanded()) {
            reload();
        }
    }

    private void reload() {
        if (id == null) {
            return;
        }
        stale = false;
        RecordType askedType = type;
        long askedId = id;
        UiTasks.start(progress -> {
            List<HistoryEntry> entries = services.history().entriesOf(askedType, askedId);
            HistoryTexts texts = HistoryViewModel.texts(services, messages);
            List<HistoryLine> shown = new ArrayList<>();
            entries.forEach(entry -> shown.addAll(texts.lines(entry)));
            return shown;
        }, shown -> {
            if (askedType == type && Long.valueOf(askedId).equals(id)) {
                lines.setAll(shown);
            }
        }, error -> stale = true);
    }

    ObservableList<HistoryLine> lines() {
        return lines;
    }
}
