package org.daicho.ui.training;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.DateStyle;
import org.daicho.domain.Section;
import org.daicho.domain.TrainingField;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;

/**
 * 出欠を記録: the people who could attend with tick boxes and their current mark, narrowed by 所属 and by typing
 * 氏名 or ふりがな; one result for everyone ticked. Made for the keyboard: ↑↓ to move, Space or Enter to tick,
 * Ctrl+A to tick everyone shown, Alt+1/2/3 for 出席 / 欠席 / 後日受講, Ctrl+Enter (or Alt+S) to record.
 */
public final class TrainingAttendanceView extends BorderPane {

    private final TrainingAttendanceViewModel model;
    private final Messages messages;
    private final ListView<TrainingAttendanceViewModel.Row> list;
    private final TextField search;
    private final ToggleGroup results = new ToggleGroup();

    public TrainingAttendanceView(TrainingAttendanceViewModel model, Messages messages, Runnable onClose) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("training-attendance");
        this.list = list();
        this.search = DialogParts.field("attendanceSearch", model.search,
                messages.get("training.ui.attendance.searchPrompt"));
        setTop(header());
        VBox people = people();
        Node marking = marking();
        HBox center = new HBox(16, people, marking);
        HBox.setHgrow(people, Priority.ALWAYS);
        center.setPadding(new Insets(10, 16, 0, 16));
        setCenter(center);
        Button close = TrainingDialogs.PARTS.button("attendanceClose", messages.get("training.ui.close"), false);
        close.setCancelButton(true);
        close.setOnAction(event -> onClose.run());
        setBottom(TrainingDialogs.PARTS.buttonBar(model.generalError(), close));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    private Node header() {
        Label session = new Label(model.sessionText());
        session.setId("attendanceSession");
        session.getStyleClass().add("title-4");
        session.setWrapText(true);
        Label counts = new Label();
        counts.setId("attendanceCounts");
        counts.getStyleClass().add("training-counts");
        counts.textProperty().bind(model.countsText());
        VBox header = new VBox(6, session, counts);
        header.setPadding(new Insets(12, 16, 0, 16));
        return header;
    }

    // ---- the people -------------------------------------------------------------------------------------

    private VBox people() {
        ComboBox<Section> section = new ComboBox<>(model.sections());
        section.setId("attendanceSection");
        Choices.labelled(section, Section::name, messages.get("training.ui.attendance.allSections"));
        section.valueProperty().bindBidirectional(model.section);
        section.setMinWidth(150);
        Label sectionLabel = mnemonicLabel(messages.get("training.ui.attendance.section"), section);
        Label searchLabel = mnemonicLabel(messages.get("training.ui.attendance.search"), search);
        search.setPrefColumnCount(16);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKeys);
        HBox filter = new HBox(8, sectionLabel, section, searchLabel, search);
        filter.setAlignment(Pos.CENTER_LEFT);

        Button selectShown = TrainingDialogs.PARTS.button("attendanceSelectShown",
                messages.get("training.ui.attendance.selectShown"), false);
        selectShown.setOnAction(event -> {
            model.selectShown();
            list.requestFocus();
        });
        Button clear = TrainingDialogs.PARTS.button("attendanceClearSelection",
                messages.get("training.ui.attendance.clearSelection"), false);
        clear.setOnAction(event -> model.clearSelection());
        clear.disableProperty().bind(model.selectedCount().isEqualTo(0));
        Label selected = new Label();
        selected.setId("attendanceSelected");
        selected.textProperty().bind(model.selectionText());
        selected.getStyleClass().add("training-selected");
        HBox tools = new HBox(8, selectShown, clear, selected);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label help = DialogParts.note(messages.get("training.ui.attendance.keys"));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, filter, tools, list, help);
        box.setMinWidth(480);
        return box;
    }

    private static Label mnemonicLabel(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private ListView<TrainingAttendanceViewModel.Row> list() {
        ListView<TrainingAttendanceViewModel.Row> view = new ListView<>(model.shownRows());
        view.setId("attendanceList");
        view.setPlaceholder(new Label(messages.get("training.ui.attendance.nobody")));
        view.setCellFactory(v -> new PersonCell());
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isShortcutDown() && event.getCode() == KeyCode.A) {
                model.selectShown();
                event.consume();
            } else if ((event.getCode() == KeyCode.SPACE || event.getCode() == KeyCode.ENTER)
                    && !event.isShortcutDown() && !event.isAltDown()) {
                model.toggle(view.getFocusModel().getFocusedItem());
                event.consume();
            }
        });
        view.focusedProperty().addListener((obs, old, focused) -> {
            if (focused && view.getFocusModel().getFocusedIndex() < 0 && !view.getItems().isEmpty()) {
                view.getSelectionModel().select(0);
                view.getFocusModel().focus(0);
            }
        });
        return view;
    }

    /**
     * In the type-ahead: ↓ goes to the list; Enter ticks the one person shown (and selects the text, so the
     * next name replaces it), or goes to the list when several are shown.
     */
    private void searchKeys(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN) {
            focusList();
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()) {
            if (model.shownRows().size() == 1) {
                model.shownRows().get(0).selected().set(true);
                search.selectAll();
            } else if (!model.shownRows().isEmpty()) {
                focusList();
            }
            event.consume();
        }
    }

    private void focusList() {
        list.requestFocus();
        if (!list.getItems().isEmpty() && list.getSelectionModel().getSelectedIndex() < 0) {
            list.getSelectionModel().select(0);
            list.getFocusModel().focus(0);
        }
    }

    /** One person: the tick box, 職員番号, 氏名, ふりがな, 所属 and the current mark. */
    private final class PersonCell extends ListCell<TrainingAttendanceViewModel.Row> {
        private final CheckBox box = new CheckBox();
        private final Label number = new Label();
        private final Label name = new Label();
        private final Label kana = new Label();
        private final Label sectionName = new Label();
        private final Label mark = new Label();
        private final HBox line;
        private TrainingAttendanceViewModel.Row bound;
        private final javafx.beans.value.ChangeListener<Attendance> markChanged = (obs, old, now) -> showMark(now);

        PersonCell() {
            box.setFocusTraversable(false);
            number.getStyleClass().add("text-muted");
            fixed(number, 58);
            fixed(name, 104);
            name.getStyleClass().add("training-person-name");
            kana.getStyleClass().addAll("text-muted", "text-small");
            fixed(kana, 112);
            fixed(sectionName, 96);
            // the mark takes what is left, cut short with … (its whole text in the tooltip)
            mark.getStyleClass().add("training-mark");
            mark.setMinWidth(0);
            mark.setMaxWidth(Double.MAX_VALUE);
            mark.setAlignment(Pos.CENTER_RIGHT);
            HBox.setHgrow(mark, Priority.ALWAYS);
            line = new HBox(10, box, number, name, kana, sectionName, mark);
            line.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            // the list's width decides the cell's, never the other way round (no sideways scrolling)
            setPrefWidth(0);
        }

        private void fixed(Label label, double width) {
            label.setMinWidth(width);
            label.setPrefWidth(width);
            label.setMaxWidth(width);
        }

        @Override
        protected void updateItem(TrainingAttendanceViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.selected());
                bound.mark().removeListener(markChanged);
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.selectedProperty().bindBidirectional(row.selected());
            row.mark().addListener(markChanged);
            number.setText(row.staff().staffNo());
            name.setText(row.staff().name());
            kana.setText(row.staff().kana());
            sectionName.setText(row.sectionName());
            showMark(row.mark().get());
            setGraphic(line);
        }

        private void showMark(Attendance a) {
            mark.setText(model.markText(a));
            mark.setTooltip(a == null ? null : new javafx.scene.control.Tooltip(mark.getText()));
            mark.getStyleClass().removeAll("mark-ATTENDED", "mark-ABSENT", "mark-MAKE_UP", "mark-none");
            mark.getStyleClass().add(a == null ? "mark-none" : "mark-" + a.result().name());
        }
    }

    // ---- the mark ---------------------------------------------------------------------------------------

    private Node marking() {
        GridPane grid = TrainingDialogs.PARTS.grid();
        grid.getColumnConstraints().get(0).setMinWidth(118);
        FieldRows rows = new FieldRows(grid);
        rows.heading(messages.get("training.ui.attendance.markHeading"));
        VBox radios = new VBox(6, radio("attendanceAttended", "training.ui.attendance.attended", AttendanceResult.ATTENDED),
                radio("attendanceAbsent", "training.ui.attendance.absent", AttendanceResult.ABSENT),
                radio("attendanceMakeUp", "training.ui.attendance.madeUp", AttendanceResult.MAKE_UP));
        radios.setId("attendanceResult");
        radios.setPadding(new Insets(5, 0, 0, 0));
        results.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one result is always chosen
            } else {
                model.result.set((AttendanceResult) now.getUserData());
            }
        });
        model.result.addListener((obs, old, now) -> results.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(t -> t.setSelected(true)));
        rows.add(messages.get("training.field.RESULT"), radios, model.error(TrainingField.RESULT), true);

        ComboBox<Comprehension> comprehension = new ComboBox<>(javafx.collections.FXCollections
                .observableArrayList(Comprehension.values()));
        comprehension.setId("attendanceComprehension");
        comprehension.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(comprehension, messages::label, "");
        comprehension.valueProperty().bindBidirectional(model.comprehension);
        comprehension.disableProperty().bind(model.result.isEqualTo(AttendanceResult.ABSENT));
        rows.add(messages.get("training.field.COMPREHENSION"), comprehension, model.error(TrainingField.COMPREHENSION),
                false);

        TextField reason = DialogParts.field("attendanceReason", model.reason,
                messages.get("training.ui.attendance.reasonPrompt"));
        reason.disableProperty().bind(model.result.isNotEqualTo(AttendanceResult.ABSENT));
        rows.add(messages.get("training.field.ABSENCE_REASON"), reason, model.error(TrainingField.ABSENCE_REASON), false);

        TextField makeUp = DialogParts.field("attendanceMakeUpOn", model.makeUpOn,
                messages.get("training.ui.dateHint"));
        makeUp.disableProperty().bind(model.result.isNotEqualTo(AttendanceResult.MAKE_UP));
        rows.add(messages.get("training.field.MAKE_UP_ON"), makeUp, model.error(TrainingField.MAKE_UP_ON), false);

        Consumer<Throwable> failed = error -> Dialogs.showError(window(), messages,
                ErrorMessages.describe(error, messages));
        Button record = TrainingDialogs.PARTS.button("attendanceRecord", messages.get("training.ui.attendance.record"), true);
        record.setMaxWidth(Double.MAX_VALUE);
        record.disableProperty().bind(model.busy().or(model.selectedCount().isEqualTo(0))
                .or(new javafx.beans.property.SimpleBooleanProperty(!model.mayRecord())));
        record.setOnAction(event -> record(failed));
        Button unmark = TrainingDialogs.PARTS.button("attendanceUnmark", messages.get("training.ui.attendance.unmark"), false);
        unmark.setMaxWidth(Double.MAX_VALUE);
        unmark.disableProperty().bind(model.busy().or(model.selectedCount().isEqualTo(0))
                .or(new javafx.beans.property.SimpleBooleanProperty(!model.mayRecord())));
        unmark.setOnAction(event -> unmark());
        Label status = new Label();
        status.setId("attendanceStatus");
        status.setWrapText(true);
        status.getStyleClass().add("training-done");
        status.textProperty().bind(model.statusText());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        Label recordHint = DialogParts.note(messages.get("training.ui.attendance.recordHint"));
        VBox buttons = new VBox(8, record, recordHint, status, unmark);
        buttons.setPadding(new Insets(8, 0, 0, 0));

        VBox side = new VBox(4, grid, buttons);
        side.setPrefWidth(400);
        side.setMinWidth(380);
        side.setMaxWidth(420);
        side.setId("attendanceMarking");
        return side;
    }

    private RadioButton radio(String id, String key, AttendanceResult result) {
        RadioButton radio = new RadioButton(messages.get(key));
        radio.setId(id);
        radio.setToggleGroup(results);
        radio.setUserData(result);
        radio.setSelected(model.result.get() == result);
        // its mnemonic (Alt+1 …) fires an action event without selecting it, and wins over the scene's accelerator
        radio.setOnAction(event -> model.result.set(result));
        return radio;
    }

    private void record(Consumer<Throwable> failed) {
        model.record(() -> { }, failed);
    }

    private void unmark() {
        List<Long> ids = model.markedSelection();
        if (ids.isEmpty()) {
            Dialogs.showInfo(window(), messages, messages.get("training.ui.attendance.nothingToUnmark"));
            return;
        }
        TrainingReasonView.open(window(), messages, messages.get("training.ui.attendance.unmarkTitle"),
                messages.get("training.ui.attendance.unmarkIntro", ids.size(), model.session().title()),
                messages.get("training.ui.attendance.unmarkConfirm"), why -> model.unmarkWork(ids, why),
                () -> model.unmarked(ids));
    }

    /** Alt+1/2/3 choose the result wherever the focus is; Ctrl+Enter records. */
    private void shortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.ALT_DOWN),
                () -> model.result.set(AttendanceResult.ATTENDED));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.ALT_DOWN),
                () -> model.result.set(AttendanceResult.ABSENT));
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.ALT_DOWN),
                () -> model.result.set(AttendanceResult.MAKE_UP));
        accelerators.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            Button record = (Button) lookup("#attendanceRecord");
            if (record != null && !record.isDisabled()) {
                record.fire();
            }
        });
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Focuses the type-ahead (the dialog opens ready to type a name). */
    void focusSearch() {
        search.requestFocus();
    }

    ListView<TrainingAttendanceViewModel.Row> listView() {
        return list;
    }

    /** Opens the dialog for {@code session}; {@code onClosed} learns whether a mark was recorded or taken back. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, TrainingSession session,
            DateStyle style, Consumer<Boolean> onClosed) {
        TrainingAttendanceViewModel model = new TrainingAttendanceViewModel(services, messages, session, style);
        Stage[] stage = new Stage[1];
        TrainingAttendanceView view = new TrainingAttendanceView(model, messages, () -> stage[0].close());
        stage[0] = TrainingDialogs.PARTS.open(owner, messages.get("training.ui.attendance.title"), view, 1120, 700);
        stage[0].setOnHidden(event -> onClosed.accept(model.changed()));
        view.focusSearch();
        model.load(view::focusSearch, error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error,
                messages)));
        return stage[0];
    }
}
