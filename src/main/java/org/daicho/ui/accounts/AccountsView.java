package org.daicho.ui.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.Account;
import org.daicho.domain.AccountField;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.FieldRows;
import org.daicho.ui.lock.IdleLock;
import org.daicho.ui.login.RecoveryKeyView;

/**
 * アカウント (システム管理者 only): the accounts above; below, what to do with the selected one, the form for a
 * new one, the login settings and a new recovery key.
 */
public final class AccountsView extends BorderPane {

    private static final PseudoClass REMOVED = PseudoClass.getPseudoClass("final");

    private final Messages messages;
    private final Clock clock;
    private final AccountsViewModel model;
    private final TableView<Account> table = new TableView<>();

    public AccountsView(DaichoServices services, Messages messages) {
        this(services, messages, Clock.systemDefaultZone());
    }

    public AccountsView(DaichoServices services, Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
        this.model = new AccountsViewModel(services, messages, clock);
        getStyleClass().add("accounts-view");
        setPadding(new Insets(16));
        setTop(header());
        setCenter(table());
        setBottom(forms());
    }

    private VBox header() {
        Label title = new Label(messages.get("accounts.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(messages.get("accounts.intro"));
        intro.getStyleClass().add("text-muted");
        intro.setWrapText(true);
        VBox header = new VBox(6, title, intro);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private TableView<Account> table() {
        table.setId("accountsTable");
        table.setPlaceholder(new Label(messages.get("accounts.empty")));
        table.getColumns().add(column("USER_NAME", messages.get("accounts.column.USER_NAME"), 140, Account::userName));
        table.getColumns().add(column("STAFF", messages.get("accounts.column.STAFF"), 140, model::staffName));
        table.getColumns().add(column("ROLES", messages.get("accounts.column.ROLES"), 320, model::rolesText));
        table.getColumns().add(column("STATE", messages.get("accounts.column.STATE"), 110, model::stateText));
        table.getColumns().add(column("CREATED", messages.get("accounts.column.CREATED"), 130, model::createdText));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.accounts());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Account item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(REMOVED, !empty && item != null && !item.isActive());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected().set(now));
        model.selected().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setPrefHeight(260);
        return table;
    }

    private TableColumn<Account, String> column(String id, String title, double width, Function<Account, String> value) {
        TableColumn<Account, String> column = new TableColumn<>(title);
        column.setId("column-" + id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private VBox forms() {
        GridPane columns = new GridPane();
        columns.setHgap(28);
        for (double percent : new double[] {30, 40, 30}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            columns.getColumnConstraints().add(column);
        }
        columns.add(selectedPart(), 0, 0);
        columns.add(createPart(), 1, 0);
        columns.add(policyPart(), 2, 0);

        Label status = new Label();
        status.setId("accountsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusText());
        status.getStyleClass().add("text-muted");
        model.statusIsError().addListener((obs, old, error) -> {
            status.getStyleClass().removeAll("field-error", "text-muted");
            status.getStyleClass().add(error ? "field-error" : "text-muted");
        });
        VBox forms = new VBox(10, status, columns);
        forms.setPadding(new Insets(12, 0, 0, 0));
        return forms;
    }

    private VBox selectedPart() {
        Label heading = heading(messages.get("accounts.selected.heading"));
        Label who = new Label();
        who.setId("selectedAccountName");
        who.setWrapText(true);
        model.selected().addListener((obs, old, now) -> who.setText(now == null
                ? messages.get("accounts.selected.none")
                : messages.get("accounts.selected.name", now.userName(), model.staffName(now))));
        who.setText(messages.get("accounts.selected.none"));

        VBox roleBoxes = new VBox(6);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.label(role));
            box.setId("selectedRole_" + role.name());
            box.selectedProperty().bindBidirectional(model.selectedRole(role));
            box.disableProperty().bind(model.selectedIsChangeable().not());
            roleBoxes.getChildren().add(box);
        }
        Button changeRoles = new Button(messages.get("accounts.roles.change"));
        changeRoles.setId("changeRolesButton");
        changeRoles.disableProperty().bind(model.selectedIsChangeable().not().or(model.busy()));
        changeRoles.setOnAction(event -> model.changeRoles(this::showError));
        Button reset = new Button(messages.get("accounts.reset"));
        reset.setId("resetPasswordButton");
        reset.disableProperty().bind(model.selectedIsChangeable().not().or(model.busy()));
        reset.setOnAction(event -> askTemporaryPassword());
        Button remove = new Button(messages.get("accounts.remove"));
        remove.setId("removeAccountButton");
        remove.getStyleClass().add("danger");
        remove.disableProperty().bind(model.selectedIsChangeable().not().or(model.selectedIsMe()).or(model.busy()));
        remove.setOnAction(event -> askRemoval());
        HBox buttons = new HBox(8, changeRoles, reset);
        VBox part = new VBox(8, heading, who, roleBoxes, buttons, remove);
        part.setId("selectedAccountPart");
        return part;
    }

    private VBox createPart() {
        Label heading = heading(messages.get("accounts.create.heading"));
        TextField user = new TextField();
        user.setId("newUserField");
        user.setPromptText(messages.get("login.user.prompt"));
        user.textProperty().bindBidirectional(model.userName());
        ComboBox<Staff> staff = new ComboBox<>(model.staffChoices());
        staff.setId("newStaffBox");
        staff.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(staff, AccountsViewModel::staffLabel, messages.get("accounts.staff.choose"));
        staff.valueProperty().bindBidirectional(model.staff());
        FlowPane roleBoxes = new FlowPane(14, 6);
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(messages.label(role));
            box.setId("newRole_" + role.name());
            box.selectedProperty().bindBidirectional(model.role(role));
            roleBoxes.getChildren().add(box);
        }
        roleBoxes.setPadding(new Insets(5, 0, 0, 0));
        PasswordField password = new PasswordField();
        password.setId("newPasswordField");
        PasswordField confirm = new PasswordField();
        confirm.setId("newConfirmField");

        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(150);
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("account.field.USER_NAME"), user, model.error(AccountField.USER_NAME), true);
        rows.add(messages.get("account.field.STAFF"), staff, model.error(AccountField.STAFF), true);
        rows.add(messages.get("account.field.ROLES"), roleBoxes, model.error(AccountField.ROLES), true);
        rows.add(messages.get("accounts.temporary"), password, model.error(AccountField.NEW_PASSWORD), true);
        rows.add(messages.get("password.confirm"), confirm, model.error(AccountField.CONFIRM_PASSWORD), true);

        Button create = new Button(messages.get("accounts.create"));
        create.setId("createAccountButton");
        create.getStyleClass().add("accent");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.disableProperty().bind(model.busy());
        create.setOnAction(event -> {
            char[] typed = password.getText().toCharArray();
            char[] again = confirm.getText().toCharArray();
            password.clear();
            confirm.clear();
            model.create(typed, again, created -> select(created.id()), this::showError);
        });
        Label hint = new Label(messages.get("accounts.create.hint"));
        hint.getStyleClass().addAll("text-muted", "text-small");
        hint.setWrapText(true);
        HBox buttons = new HBox(12, create, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.setPadding(new Insets(0, 0, 0, 162));
        return new VBox(8, heading, grid, buttons);
    }

    private VBox policyPart() {
        Label heading = heading(messages.get("accounts.policy.heading"));
        Spinner<Integer> attempts = spinner("maxAttemptsSpinner", 1, 20, model.maxAttempts());
        Spinner<Integer> lock = spinner("lockMinutesSpinner", 1, 24 * 60, model.lockMinutes());
        Spinner<Integer> idle = spinner("idleMinutesSpinner", 1, 240, model.idleMinutes());
        GridPane grid = FieldRows.grid();
        grid.getColumnConstraints().get(0).setMinWidth(150);
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("accounts.policy.maxAttempts"), withUnit(attempts, "accounts.policy.times"), null, false);
        rows.add(messages.get("accounts.policy.lockMinutes"), withUnit(lock, "accounts.policy.minutes"), null, false);
        rows.add(messages.get("accounts.policy.idleMinutes"), withUnit(idle, "accounts.policy.minutes"), null, false);
        Button save = new Button(messages.get("accounts.policy.save"));
        save.setId("savePolicyButton");
        save.disableProperty().bind(model.busy());
        save.setOnAction(event -> {
            List.of(attempts, lock, idle).forEach(AccountsView::commit);
            model.savePolicy(policy -> IdleLock.of(getScene())
                    .ifPresent(idleLock -> idleLock.setLimit(Duration.ofMinutes(policy.idleMinutes()))), this::showError);
        });

        Label recoveryHeading = heading(messages.get("accounts.recovery.heading"));
        Label recoveryHint = new Label(messages.get("accounts.recovery.hint"));
        recoveryHint.getStyleClass().addAll("text-muted", "text-small");
        recoveryHint.setWrapText(true);
        Button recovery = new Button(messages.get("accounts.recovery.button"));
        recovery.setId("newRecoveryKeyButton");
        recovery.disableProperty().bind(model.busy());
        recovery.setOnAction(event -> askNewRecoveryKey());
        return new VBox(8, heading, grid, save, recoveryHeading, recoveryHint, recovery);
    }

    private HBox withUnit(Spinner<Integer> spinner, String unitKey) {
        Label unit = new Label(messages.get(unitKey));
        HBox box = new HBox(6, spinner, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Spinner<Integer> spinner(String id, int min, int max,
            javafx.beans.property.ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get() == null ? min : value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        spinner.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(spinner);
            }
        });
        return spinner;
    }

    /** Takes a typed number into the spinner (it only does so itself on Enter); nonsense is put back. */
    private static void commit(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText();
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        try {
            int typed = Integer.parseInt(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip());
            SpinnerValueFactory.IntegerSpinnerValueFactory range = (SpinnerValueFactory.IntegerSpinnerValueFactory) factory;
            factory.setValue(Math.max(range.getMin(), Math.min(range.getMax(), typed)));
        } catch (NumberFormatException e) {
            // keeps the last good value
        }
        spinner.getEditor().setText(factory.getConverter().toString(factory.getValue()));
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("title-4");
        return heading;
    }

    // --- dialogs

    private void askTemporaryPassword() {
        Account account = model.selected().get();
        if (account == null) {
            return;
        }
        Dialog<ButtonType> dialog = dialog(messages.get("accounts.reset.title"));
        PasswordField password = new PasswordField();
        password.setId("resetPasswordField");
        PasswordField confirm = new PasswordField();
        confirm.setId("resetConfirmField");
        Label problems = new Label();
        problems.setId("resetPasswordError");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        Label intro = new Label(messages.get("accounts.reset.intro", account.userName()));
        intro.setWrapText(true);
        GridPane grid = FieldRows.grid();
        FieldRows rows = new FieldRows(grid);
        rows.add(messages.get("accounts.temporary"), password, null, true);
        rows.add(messages.get("password.confirm"), confirm, null, true);
        dialog.getDialogPane().setContent(new VBox(10, intro, grid, problems));
        ButtonType issue = new ButtonType(messages.get("accounts.reset.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(issue, cancel());
        Button ok = (Button) dialog.getDialogPane().lookupButton(issue);
        ok.setId("resetPasswordOk");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            char[] typed = password.getText().toCharArray();
            char[] again = confirm.getText().toCharArray();
            List<String> wrong = model.checkTemporaryPassword(typed, again);
            java.util.Arrays.fill(typed, '\0');
            java.util.Arrays.fill(again, '\0');
            if (!wrong.isEmpty()) {
                problems.setText(String.join("\n", wrong));
                event.consume();
            }
        });
        dialog.setOnShown(event -> password.requestFocus());
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] chosen = password.getText().toCharArray();
        password.clear();
        confirm.clear();
        if (answer.isPresent() && answer.get() == issue) {
            model.resetPassword(chosen, this::showError);
        } else {
            java.util.Arrays.fill(chosen, '\0');
        }
    }

    private void askRemoval() {
        Account account = model.selected().get();
        if (account == null) {
            return;
        }
        Dialog<ButtonType> dialog = dialog(messages.get("accounts.remove.title"));
        Label intro = new Label(messages.get("accounts.remove.intro", account.userName()));
        intro.setWrapText(true);
        TextArea reason = new TextArea();
        reason.setId("removeReasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(messages.get("accounts.remove.prompt"));
        Label problem = new Label();
        problem.setId("removeReasonError");
        problem.getStyleClass().add("field-error");
        dialog.getDialogPane().setContent(new VBox(10, intro, new Label(messages.get("account.field.REASON") + " *"),
                reason, problem));
        ButtonType removeType = new ButtonType(messages.get("accounts.remove.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(removeType, cancel());
        dialog.setOnShown(event -> reason.requestFocus());
        Button ok = (Button) dialog.getDialogPane().lookupButton(removeType);
        ok.setId("removeAccountOk");
        ok.getStyleClass().add("danger");
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (reason.getText().isBlank()) {
                problem.setText(messages.get("accounts.remove.reasonMissing"));
                event.consume();
            }
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isPresent() && answer.get() == removeType) {
            model.remove(reason.getText().strip(), this::showError);
        }
    }

    private void askNewRecoveryKey() {
        ButtonType make = new ButtonType(messages.get("accounts.recovery.button"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("accounts.recovery.confirm"), make, cancel());
        confirm.initOwner(window());
        confirm.setTitle(messages.get("app.title"));
        confirm.setHeaderText(messages.get("accounts.recovery.heading"));
        confirm.getDialogPane().setPrefWidth(520);
        if (confirm.showAndWait().filter(make::equals).isPresent()) {
            model.newRecoveryKey(this::showRecoveryKey, this::showError);
        }
    }

    private void showRecoveryKey(String key) {
        Stage stage = new Stage();
        stage.initOwner(window());
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("recovery.key.title"));
        RecoveryKeyView view = new RecoveryKeyView(messages, model.organisationName(), key,
                LocalDate.now(clock), model.dateStyle(), stage::close);
        view.setPadding(new Insets(24));
        view.setPrefWidth(640);
        Scene scene = new Scene(view);
        if (getScene() != null) {
            scene.getStylesheets().addAll(getScene().getStylesheets());
        }
        stage.setScene(scene);
        // the key is shown only once: closing the window is the same as 次へ, so only after the tick
        stage.setOnCloseRequest(event -> {
            if (view.lookup("#recoveryKeyDoneButton").isDisabled()) {
                event.consume();
            }
        });
        stage.show();
    }

    /** キャンセル in the app's language (JavaFX's own button follows the OS language). */
    private ButtonType cancel() {
        return new ButtonType(messages.get("accounts.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(window());
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(title);
        dialog.getDialogPane().setPrefWidth(480);
        return dialog;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void select(Long id) {
        model.load(() -> model.accounts().stream().filter(a -> a.id().equals(id)).findFirst().ifPresent(account -> {
            table.getSelectionModel().select(account);
            table.scrollTo(account);
        }), this::showError);
    }

    private void showError(Throwable error) {
        Dialogs.showError(window(), messages, ErrorMessages.describe(error, messages));
    }

    /** Loads the list again (each time the screen is shown). */
    public void refresh() {
        model.load(() -> { }, this::showError);
    }

    AccountsViewModel model() {
        return model;
    }
}
