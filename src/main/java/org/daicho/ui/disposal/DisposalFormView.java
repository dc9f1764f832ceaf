package org.daicho.ui.disposal;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.AssetChoice;
import org.daicho.ui.common.DialogParts;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.common.RecordTables;

/**
 * The application form (廃棄等申請): the assets ticked in a searchable table, then the end, the planned method,
 * technique, place and day, the reason and the contractor. Beside the form, what the rules ask of the chosen
 * assets; beside each field, what is wrong with it, as the clerk chooses.
 */
public final class DisposalFormView extends BorderPane {

    private final DisposalFormViewModel model;
    private final Messages messages;

    public DisposalFormView(DisposalFormViewModel model, Messages messages, Runnable onSaved, Runnable onCancel) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("disposal-form");
        VBox sections = new VBox(6, assetSection(), detailSection());
        sections.setPadding(new Insets(8, 16, 12, 16));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        setRight(rulesPanel());
        setTop(header());
        setBottom(buttons(onSaved, onCancel));
    }

    private Node header() {
        Label intro = new Label(messages.get("disposal.ui.form.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("text-muted");
        Label permission = new Label(messages.get("disposal.ui.form.permission"));
        permission.setWrapText(true);
        permission.getStyleClass().add("attention-chip");
        VBox header = new VBox(8, intro, permission);
        header.setPadding(new Insets(12, 16, 4, 16));
        return header;
    }

    private Node assetSection() {
        GridPane grid = DisposalDialogs.PARTS.grid(120);
        FieldRows rows = DisposalDialogs.PARTS.rows(grid);
        rows.heading(messages.get("disposal.ui.form.section.assets"));
        TextField search = new TextField();
        search.setId("disposalAssetSearch");
        search.setPromptText(messages.get("disposal.ui.form.searchPrompt"));
        search.textProperty().bindBidirectional(model.search);
        HBox.setHgrow(search, Priority.ALWAYS);
        Button selectShown = new Button(messages.get("disposal.ui.form.selectShown"));
        selectShown.setId("disposalSelectShown");
        selectShown.setMinWidth(Region.USE_PREF_SIZE);
        selectShown.setOnAction(event -> model.selectAllShown());
        selectShown.disableProperty().bind(Bindings.isEmpty(model.shownAssets()));
        Button clear = new Button(messages.get("disposal.ui.form.clearSelection"));
        clear.setId("disposalClearSelection");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(event -> model.clearSelection());
        clear.disableProperty().bind(model.chosenCount().isEqualTo(0));
        Label shown = new Label();
        shown.setId("disposalShownCount");
        shown.getStyleClass().add("text-muted");
        shown.setMinWidth(Region.USE_PREF_SIZE);
        shown.textProperty().bind(Bindings.createStringBinding(() -> messages.get("disposal.ui.form.shown",
                model.shownAssets().size(), model.allAssets().size()), model.shownAssets(), model.allAssets()));
        HBox searchRow = new HBox(8, search, shown, selectShown, clear);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        Label chosen = new Label();
        chosen.setId("disposalChosen");
        chosen.setWrapText(true);
        chosen.textProperty().bind(model.chosenText());
        VBox picker = new VBox(6, searchRow, assetTable(), chosen);
        picker.setId("disposalAssets");
        rows.add(messages.get("disposal.field.ASSETS"), picker, model.error(DisposalField.ASSETS), true);
        return grid;
    }

    private TableView<AssetChoice> assetTable() {
        TableView<AssetChoice> table = new TableView<>();
        table.setId("disposalAssetTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setEditable(true);
        table.setPrefHeight(196);
        table.setPlaceholder(new Label(messages.get("disposal.ui.form.noAssets")));
        TableColumn<AssetChoice, Boolean> check = new TableColumn<>(
                messages.get("disposal.ui.form.column.choose"));
        check.setId("column-CHOOSE");
        check.setCellValueFactory(c -> c.getValue().selected());
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        check.setEditable(true);
        check.setSortable(false);
        check.setPrefWidth(44);
        check.setMinWidth(44);
        table.getColumns().add(check);
        table.getColumns().add(column("ASSET_NO", messages.get("asset.field.ASSET_NO"), 84, a -> a.asset().assetNo()));
        TableColumn<AssetChoice, String> name = column("NAME", messages.get("asset.field.NAME"), 150,
                a -> a.asset().name());
        name.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AssetChoice choice = RecordTables.rowItem(this, empty);
                setText(choice == null ? null : item);
                setTooltip(choice == null ? null : new javafx.scene.control.Tooltip(item + "\n"
                        + messages.label(choice.asset().kind()) + "　" + choice.asset().medium()));
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(column("SERIAL_NO", messages.get("asset.field.SERIAL_NO"), 96,
                a -> a.asset().serialNo()));
        TableColumn<AssetChoice, Integer> confidentiality = new TableColumn<>(
                messages.get("disposal.ui.form.column.confidentiality"));
        confidentiality.setId("column-CONFIDENTIALITY");
        confidentiality.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().asset().classes().confidentiality()));
        confidentiality.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.valueOf(item));
                getStyleClass().remove("disposal-flag-cell");
                if (!empty && item != null && item >= 3) {
                    getStyleClass().add("disposal-flag-cell");
                }
            }
        });
        confidentiality.setStyle("-fx-alignment: CENTER;");
        confidentiality.setPrefWidth(62);
        confidentiality.setMinWidth(62);
        table.getColumns().add(confidentiality);
        TableColumn<AssetChoice, String> personal = column("PERSONAL_INFO",
                messages.get("disposal.ui.form.column.personal"), 110, a -> messages.label(a.asset().personalInfo()));
        personal.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AssetChoice choice = RecordTables.rowItem(this, empty);
                setText(choice == null ? null : item);
                getStyleClass().remove("disposal-flag-cell");
                if (choice != null && choice.asset().personalInfo() == PersonalInfoKind.MY_NUMBER) {
                    getStyleClass().add("disposal-flag-cell");
                }
            }
        });
        table.getColumns().add(personal);
        table.getColumns().add(column("STATUS", messages.get("asset.field.STATUS"), 62,
                a -> messages.label(a.asset().status())));
        table.getColumns().add(column("SECTION", messages.get("asset.field.SECTION"), 80, a -> a.entry().sectionName()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<AssetChoice> sorted = new SortedList<>(model.shownAssets());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return table;
    }

    private static TableColumn<AssetChoice, String> column(String id, String title, double width,
            Function<AssetChoice, String> value) {
        TableColumn<AssetChoice, String> column = RecordTables.text(id, title, width, value);
        column.setEditable(false);
        return column;
    }

    private Node detailSection() {
        GridPane grid = DisposalDialogs.PARTS.grid(120);
        FieldRows rows = DisposalDialogs.PARTS.rows(grid);
        rows.heading(messages.get("disposal.ui.form.section.plan"));
        rows.add(messages.get("disposal.field.END"), combo("disposalEnd",
                FXCollections.observableArrayList(DisposalEnd.values()), model.end), model.error(DisposalField.END), true);
        rows.add(messages.get("disposal.field.PLANNED_METHOD"), combo("disposalPlannedMethod",
                FXCollections.observableArrayList(SanitisationMethod.values()), model.method),
                model.error(DisposalField.PLANNED_METHOD), true);
        rows.add(messages.get("disposal.field.PLANNED_TECHNIQUE"), combo("disposalPlannedTechnique", model.techniques(),
                model.technique), model.error(DisposalField.PLANNED_TECHNIQUE), true);
        rows.full(DialogParts.note(messages.get("disposal.ui.form.methodNote")));
        rows.add(messages.get("disposal.field.PLANNED_PLACE"), combo("disposalPlannedPlace",
                FXCollections.observableArrayList(DisposalPlace.values()), model.place),
                model.error(DisposalField.PLANNED_PLACE), true);
        TextField day = DialogParts.field("disposalPlannedOn", model.plannedOn, messages.get("disposal.ui.dateHint"));
        day.setMaxWidth(260);
        rows.add(messages.get("disposal.field.PLANNED_ON"), day, model.error(DisposalField.PLANNED_ON), true);
        rows.add(messages.get("disposal.field.PLANNED_CONTRACTOR"), DialogParts.field("disposalPlannedContractor",
                model.contractor, messages.get("disposal.ui.form.contractorPrompt")),
                model.error(DisposalField.PLANNED_CONTRACTOR), false);
        rows.add(messages.get("disposal.field.REASON"), DialogParts.area("disposalReason", model.reason, 2),
                model.error(DisposalField.REASON), true);
        return grid;
    }

    private <T extends Enum<T>> ComboBox<T> combo(String id, ObservableList<T> items, ObjectProperty<T> property) {
        return DisposalDialogs.choice(id, items, property, messages);
    }

    private Node rulesPanel() {
        Label title = new Label(messages.get("disposal.ui.rule.title"));
        title.getStyleClass().add("form-heading");
        Label source = DialogParts.note(messages.get("disposal.ui.rule.source"));
        VBox hints = new VBox(8);
        hints.setId("disposalRuleHints");
        model.hints().addListener((ListChangeListener<String>) change -> fillHints(hints));
        fillHints(hints);
        VBox panel = new VBox(8, title, source, hints);
        panel.setPadding(new Insets(12));
        panel.setPrefWidth(290);
        panel.setMinWidth(250);
        panel.getStyleClass().add("rules-panel");
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPrefWidth(300);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void fillHints(VBox box) {
        box.getChildren().clear();
        // the summary first and what happens afterwards last, as plain text; the rules between them stand out
        int last = model.hints().size() - 1;
        for (int i = 0; i <= last; i++) {
            String text = model.hints().get(i);
            Label hint = i == 0 || (i == last && model.chosenCount().get() > 0) ? new Label(text)
                    : DialogParts.warning(text);
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            box.getChildren().add(hint);
        }
    }

    private Node buttons(Runnable onSaved, Runnable onCancel) {
        Button save = DisposalDialogs.PARTS.button("disposalSaveButton", messages.get("disposal.ui.form.save"), true);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busy().or(new javafx.beans.property.SimpleBooleanProperty(!model.mayApply())));
        Consumer<Throwable> failed = error -> Dialogs.showError(getScene() == null ? null : getScene().getWindow(),
                messages, ErrorMessages.describe(error, messages));
        save.setOnAction(event -> model.save(saved -> onSaved.run(), failed));
        Button cancel = DisposalDialogs.PARTS.button("disposalFormCancelButton", messages.get("disposal.ui.cancel"),
                false);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> onCancel.run());
        return DialogParts.statusBar("disposalFormStatus", model.generalError(), model.statusText(), cancel, save);
    }

    DisposalFormViewModel model() {
        return model;
    }

    /** Opens the form in its own window; {@code onSaved} gets the recorded application. */
    public static Stage open(Window owner, DaichoServices services, Messages messages, Consumer<DisposalEntry> onSaved) {
        DisposalFormViewModel model = new DisposalFormViewModel(services, messages);
        Stage[] stage = new Stage[1];
        DisposalFormView view = new DisposalFormView(model, messages, () -> {
            stage[0].close();
            onSaved.accept(model.saved());
        }, () -> stage[0].close());
        stage[0] = DisposalDialogs.PARTS.open(owner, messages.get("disposal.ui.form.title"), view, 1160, 760);
        model.load(() -> { }, error -> Dialogs.showError(stage[0], messages, ErrorMessages.describe(error, messages)));
        return stage[0];
    }
}
