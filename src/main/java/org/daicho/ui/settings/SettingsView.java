package org.daicho.ui.settings;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.daicho.domain.AssetKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Section;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.backup.BackupView;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;

/** The organisation's settings: name, approval titles, date style, 管理番号 prefixes, sections. */
public final class SettingsView extends BorderPane {

    private static final double CONTENT_WIDTH = 1100;

    private final Messages messages;
    private final SettingsViewModel model;
    private final Runnable onSaved;
    private final BackupView backups;

    public SettingsView(DaichoServices services, Messages messages, Runnable onSaved) {
        this(services, messages, onSaved, null);
    }

    /**
     * @param restorer closes the store, restores a backup and shows the login again (the window); null: the
     *                 バックアップ tab offers no restore
     */
    public SettingsView(DaichoServices services, Messages messages, Runnable onSaved,
            java.util.function.Consumer<java.nio.file.Path> restorer) {
        this.messages = messages;
        this.backups = new BackupView(services, messages, restorer);
        this.onSaved = onSaved;
        this.model = new SettingsViewModel(services, messages);
        getStyleClass().add("settings-view");

        Label title = new Label(messages.get("settings.title"));
        title.getStyleClass().add("title-2");
        // two columns: at 1280x800 everything shows without scrolling; narrower windows scroll
        VBox settingsPart = organisationPart();
        settingsPart.setMinWidth(480);
        settingsPart.setPrefWidth(580);
        HBox.setHgrow(settingsPart, Priority.ALWAYS);
        VBox sectionsPart = new VBox(12, sectionsPart(), new Separator(), disposalPart());
        sectionsPart.setMinWidth(300);
        sectionsPart.setPrefWidth(360);
        Separator divider = new Separator(Orientation.VERTICAL);
        HBox columns = new HBox(20, settingsPart, divider, sectionsPart);
        VBox content = new VBox(12, title, columns);
        content.setPadding(new Insets(16, 24, 24, 16));
        content.setMaxWidth(CONTENT_WIDTH);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("settingsScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(tabs(scroll));
    }

    /** 団体と帳票 and バックアップ, one tab each. */
    private TabPane tabs(ScrollPane organisation) {
        Tab general = new Tab(messages.get("settings.organisation.heading"), organisation);
        general.setId("settingsGeneralTab");
        ScrollPane backupScroll = new ScrollPane(backups);
        backupScroll.setFitToWidth(true);
        backupScroll.getStyleClass().add("edge-to-edge");
        Tab backup = new Tab(messages.get("backup.title"), backupScroll);
        backup.setId("settingsBackupTab");
        TabPane tabs = new TabPane(general, backup);
        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private VBox organisationPart() {
        TextField organisation = new TextField();
        organisation.setId("settingsOrganisationField");
        organisation.setPromptText(messages.get("setup.organisation.prompt"));
        organisation.textProperty().bindBidirectional(model.organisationName());
        TextField titles = new TextField();
        titles.setId("settingsApprovalTitlesField");
        titles.setPromptText(messages.get("settings.approvalTitles.prompt"));
        titles.textProperty().bindBidirectional(model.approvalTitles());
        Label titlesHint = hint(messages.get("settings.approvalTitles.hint"));
        ComboBox<DateStyle> dateStyle = new ComboBox<>(FXCollections.observableArrayList(DateStyle.values()));
        dateStyle.setId("settingsDateStyleBox");
        Choices.labelled(dateStyle, messages::label, "");
        dateStyle.valueProperty().bindBidirectional(model.dateStyle());

        GridPane grid = FieldRows.grid();
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("setup.field.ORGANISATION_NAME"), organisation,
                model.error(OrganisationSetup.Field.ORGANISATION_NAME.name()), true);
        rows.add(messages.get("setup.field.APPROVAL_TITLES"), new VBox(4, titles, titlesHint),
                model.error(OrganisationSetup.Field.APPROVAL_TITLES.name()), true);
        rows.add(messages.get("settings.dateStyle"), dateStyle, null, false);

        rows.heading(messages.get("settings.prefix.heading"));
        rows.add("", hint(messages.get("settings.prefix.hint")), null, false);
        for (AssetKind kind : AssetKind.values()) {
            TextField prefix = new TextField();
            prefix.setId("settingsPrefix_" + kind.name());
            prefix.setPrefColumnCount(8);
            prefix.setMaxWidth(140);
            prefix.textProperty().bindBidirectional(model.prefix(kind));
            rows.add(messages.label(kind), prefix, model.error(SettingsViewModel.prefixField(kind)), true);
        }

        Button save = new Button(messages.get("settings.save"));
        save.setId("saveSettingsButton");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busy());
        save.setOnAction(event -> model.save(onSaved, this::showError));
        Label status = statusLabel("settingsStatus");
        status.textProperty().bind(model.statusText());
        model.statusIsError().addListener((obs, old, error) -> {
            status.getStyleClass().removeAll("field-error", "text-muted");
            status.getStyleClass().add(error ? "field-error" : "text-muted");
        });
        HBox buttons = new HBox(12, save, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(4, 0, 0, 132));

        Label heading = new Label(messages.get("settings.organisation.heading"));
        heading.getStyleClass().add("title-4");
        return new VBox(8, heading, grid, buttons);
    }

    private VBox sectionsPart() {
        Label heading = new Label(messages.get("settings.sections.heading"));
        heading.getStyleClass().add("title-4");
        Label hint = hint(messages.get("settings.sections.hint"));

        ListView<Section> list = new ListView<>(model.sections());
        list.setId("sectionList");
        list.setPrefHeight(150); // room below for 廃棄のルール at 1280x800
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedSection().set(now));
        model.selectedSection().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });

        TextField name = new TextField();
        name.setId("sectionNameField");
        name.setPromptText(messages.get("settings.sections.prompt"));
        name.textProperty().bindBidirectional(model.sectionName());
        Button add = new Button(messages.get("settings.sections.add"));
        add.setId("addSectionButton");
        add.disableProperty().bind(model.busy().or(model.sectionName().isEmpty()));
        add.setOnAction(event -> model.addSection(this::showError));
        Button rename = new Button(messages.get("settings.sections.rename"));
        rename.setId("renameSectionButton");
        rename.disableProperty().bind(model.busy().or(model.selectedSection().isNull()));
        rename.setOnAction(event -> model.renameSection(this::showError));
        HBox buttons = new HBox(8, add, rename);
        Label error = new Label();
        error.setId("sectionNameFieldError");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.sectionError());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        Label status = statusLabel("sectionStatus");
        status.textProperty().bind(model.sectionStatus());
        Label nameLabel = new Label(messages.get("settings.sections.name"));
        nameLabel.setLabelFor(name);
        VBox editor = new VBox(6, nameLabel, name, error, buttons, status);

        return new VBox(8, heading, hint, list, editor);
    }

    /** 廃棄のルール: three rules a body may add to the baseline; none of them can lower it. */
    private VBox disposalPart() {
        Label heading = new Label(messages.get("settings.disposal.heading"));
        heading.getStyleClass().add("title-4");
        Label hint = hint(messages.get("settings.disposal.hint"));
        CheckBox witness = disposalCheck("settingsDisposalWitnessAlways", "settings.disposal.witnessAlways",
                model.disposalWitnessAlways());
        CheckBox destroy = disposalCheck("settingsDisposalDestroyForConfidential3",
                "settings.disposal.destroyForConfidential3", model.disposalDestroyForConfidential3());
        CheckBox noClear = disposalCheck("settingsDisposalNoClearForConfidential",
                "settings.disposal.noClearForConfidential", model.disposalNoClearForConfidential());
        Label baseline = hint(messages.get("settings.disposal.baseline"));
        baseline.getStyleClass().add("text-small");
        Button save = new Button(messages.get("settings.disposal.save"));
        save.setId("saveDisposalPolicyButton");
        save.disableProperty().bind(model.busy());
        save.setOnAction(event -> model.saveDisposalPolicy(this::showError));
        Label status = statusLabel("disposalPolicyStatus");
        status.textProperty().bind(model.disposalStatus());
        HBox buttons = new HBox(12, save, status);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, hint, witness, destroy, noClear, baseline, buttons);
    }

    private CheckBox disposalCheck(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.setWrapText(true);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return hint;
    }

    private static Label statusLabel(String id) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        return status;
    }

    /** Reloads the settings (called each time the screen is shown). */
    public void refresh() {
        model.load(this::showError);
        backups.refresh();
    }

    private void showError(Throwable error) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        Dialogs.showError(owner, messages, ErrorMessages.describe(error, messages));
    }

    SettingsViewModel model() {
        return model;
    }
}
