package org.daicho.ui.main;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.DisposalFilter;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.domain.Role;
import org.daicho.ui.accounts.AccountsView;
import org.daicho.ui.assets.AssetLedgerView;
import org.daicho.ui.carry.CarryListView;
import org.daicho.ui.common.Navigator;
import org.daicho.ui.disposal.DisposalListView;
import org.daicho.ui.history.HistoryView;
import org.daicho.ui.home.HomeView;
import org.daicho.ui.auditbook.AuditBookView;
import org.daicho.ui.inspection.InspectionView;
import org.daicho.ui.settings.SettingsView;
import org.daicho.ui.staff.StaffView;
import org.daicho.ui.training.TrainingView;

/** The main window: the records on the left, one click away; the chosen screen on the right. */
public final class MainView extends BorderPane implements Navigator {

    private final DaichoServices services;
    private final Messages messages;
    private final ToggleGroup navigation = new ToggleGroup();
    private final ToggleButton homeButton;
    private final ToggleButton assetsButton;
    private final ToggleButton staffButton;
    private final ToggleButton carryButton;
    private CarryListView carry;
    private final ToggleButton disposalButton;
    private DisposalListView disposal;
    private final ToggleButton trainingButton;
    private TrainingView training;
    private final ToggleButton inspectionButton;
    private final ToggleButton auditBookButton;
    private InspectionView inspection;
    private AuditBookView auditBook;
    private final ToggleButton settingsButton;
    private final ToggleButton historyButton;
    private HistoryView history;
    private final ToggleButton accountsButton;
    private AccountsView accounts;
    private final Label organisation = new Label();
    private HomeView home;
    private AssetLedgerView assets;
    private StaffView staff;
    private SettingsView settings;
    private final java.util.function.Consumer<java.nio.file.Path> restorer;

    public MainView(DaichoServices services, Messages messages) {
        this(services, messages, null);
    }

    /** @param restorer closes the store, restores a backup and shows the login (設定 › バックアップ); null: none */
    public MainView(DaichoServices services, Messages messages, java.util.function.Consumer<java.nio.file.Path> restorer) {
        this.restorer = restorer;
        this.services = services;
        this.messages = messages;
        getStyleClass().add("main-view");

        homeButton = navButton("navHome", messages.get("nav.home"), this::showHome);
        assetsButton = navButton("navAssets", messages.get("nav.assets"), () -> showAssets(null));
        staffButton = navButton("navStaff", messages.get("nav.staff"), this::showStaff);
        carryButton = navButton("navCarry", messages.get("carry.ui.nav"), () -> showCarry(null));
        disposalButton = navButton("navDisposal", messages.get("nav.disposal"), () -> showDisposal(null));
        trainingButton = navButton("navTraining", messages.get("nav.training"), () -> showTraining(null));
        inspectionButton = navButton("navInspection", messages.get("inspection.ui.nav"), this::showInspection);
        auditBookButton = navButton("navAuditBook", messages.get("auditbook.nav"), () -> showAuditBook(null));
        settingsButton = navButton("navSettings", messages.get("nav.settings"), this::showSettings);
        historyButton = navButton("navHistory", messages.get("history.nav"), this::showHistory);
        // アカウント: only システム管理者 see it (the service refuses the others anyway)
        accountsButton = navButton("navAccounts", messages.get("accounts.nav"), this::showAccounts);
        boolean admin = services.accounts().current().has(Role.ADMIN);
        accountsButton.setVisible(admin);
        accountsButton.setManaged(admin);
        // settings are the システム管理者's (the service refuses others too)
        settingsButton.setVisible(admin);
        settingsButton.setManaged(admin);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label folder = new Label(services.dataDir().toAbsolutePath().toString());
        folder.getStyleClass().addAll("text-muted", "text-small");
        folder.setWrapText(true);
        VBox sidebar = new VBox(4, homeButton, assetsButton, carryButton, disposalButton, trainingButton, staffButton,
                historyButton, inspectionButton, auditBookButton, spacer, accountsButton, settingsButton, folder);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(12));
        sidebar.setPrefWidth(200);
        setLeft(sidebar);

        Label appName = new Label(messages.get("app.title"));
        appName.getStyleClass().add("app-name");
        organisation.getStyleClass().add("organisation-name");
        organisation.setId("organisationName");
        Region headerSpacer = new Region();
        HBox.setHgrow(headerSpacer, Priority.ALWAYS);
        Label user = new Label(messages.get("main.loggedInAs", services.accounts().current().userName()));
        user.setId("loggedInUser");
        user.getStyleClass().add("text-muted");
        javafx.scene.control.Button changePassword = new javafx.scene.control.Button(messages.get("main.changePassword"));
        changePassword.setId("changeOwnPasswordButton");
        changePassword.setOnAction(event -> openChangePassword());
        HBox header = new HBox(16, appName, organisation, headerSpacer, user, changePassword);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        header.setPadding(new Insets(10, 16, 10, 16));
        setTop(header);

        refreshOrganisation();
        showHome();
    }

    /** The logged-in account changes its own password (12+ characters, not one of the last five). */
    private void openChangePassword() {
        javafx.stage.Stage dialog = new javafx.stage.Stage();
        dialog.initOwner(getScene().getWindow());
        dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("main.changePassword"));
        org.daicho.ui.login.ChangePasswordView view = new org.daicho.ui.login.ChangePasswordView(services.accounts(),
                messages, services.accounts().current().userName(), dialog::close, dialog::close);
        javafx.scene.Scene scene = new javafx.scene.Scene(view, 620, 480);
        scene.getStylesheets().addAll(getScene().getStylesheets());
        dialog.setScene(scene);
        dialog.show();
    }

    private ToggleButton navButton(String id, String text, Runnable action) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(navigation);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("nav-button");
        button.setOnAction(event -> {
            button.setSelected(true);
            action.run();
        });
        return button;
    }

    private void refreshOrganisation() {
        organisation.setText(services.settings().settings().organisationName());
    }

    private void show(ToggleButton button, Node content) {
        button.setSelected(true);
        setCenter(content);
    }

    @Override
    public void showHome() {
        if (home == null) {
            home = new HomeView(services, messages, this);
        }
        home.refresh();
        show(homeButton, home);
    }

    @Override
    public void showAssets(AssetFilter filter) {
        if (assets == null) {
            assets = new AssetLedgerView(services, messages);
        }
        if (filter != null) {
            assets.applyFilter(filter);
        }
        assets.refresh();
        show(assetsButton, assets);
    }

    @Override
    public void showStaff() {
        if (staff == null) {
            staff = new StaffView(services, messages);
        }
        staff.refresh();
        show(staffButton, staff);
    }

    @Override
    public void showCarry(CarryFilter filter) {
        if (carry == null) {
            carry = new CarryListView(services, messages);
        }
        if (filter != null) {
            carry.applyFilter(filter);
        }
        carry.refresh();
        show(carryButton, carry);
    }

    @Override
    public void showDisposal(DisposalFilter filter) {
        if (disposal == null) {
            disposal = new DisposalListView(services, messages);
        }
        if (filter != null) {
            disposal.applyFilter(filter);
        }
        disposal.refresh();
        show(disposalButton, disposal);
    }

    public void showTraining(TrainingList list) {
        if (training == null) {
            training = new TrainingView(services, messages);
        }
        show(trainingButton, training);
        if (list != null) {
            training.showCompliance(list);
        }
        training.refresh();
    }

    @Override
    public void showInspection() {
        if (inspection == null) {
            inspection = new InspectionView(services, messages, this);
        }
        inspection.refresh();
        show(inspectionButton, inspection);
    }

    /** 監査証跡ブック: of {@code year}, or of the 年度 last chosen ({@code null}). */
    @Override
    public void showAuditBook(org.daicho.domain.FiscalYear year) {
        if (auditBook == null) {
            auditBook = new AuditBookView(services, messages);
        }
        auditBook.showYear(year);
        auditBook.refresh();
        show(auditBookButton, auditBook);
    }

    private void showAccounts() {
        if (accounts == null) {
            accounts = new AccountsView(services, messages);
        }
        accounts.refresh();
        show(accountsButton, accounts);
    }

    private void showHistory() {
        if (history == null) {
            history = new HistoryView(services, messages);
        }
        history.refresh();
        show(historyButton, history);
    }

    private void showSettings() {
        if (settings == null) {
            settings = new SettingsView(services, messages, this::refreshOrganisation, restorer);
        }
        settings.refresh();
        show(settingsButton, settings);
    }
}
