package org.daicho.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.DataFolders;
import org.daicho.service.ErrorMessages;
import org.daicho.service.FirstAdministrator;
import org.daicho.service.KeyDerivation;
import org.daicho.service.LoginRecord;
import org.daicho.service.NewStore;
import org.daicho.service.Unlocked;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.UiTasks;
import org.daicho.ui.lock.IdleLock;
import org.daicho.ui.login.ChangePasswordView;
import org.daicho.ui.login.LastLoginBanner;
import org.daicho.ui.login.LoginTimes;
import org.daicho.ui.login.LoginView;
import org.daicho.ui.login.RecoveryKeyView;
import org.daicho.ui.main.MainView;
import org.daicho.ui.setup.SetupView;

/**
 * The window. Opens the store in the data folder off the FX thread; with no store there yet it shows the
 * first-start screen, which makes one (or the demo organisation).
 */
public final class DaichoApp extends Application {

    private final Clock clock = Clock.systemDefaultZone();
    private DaichoServices services;
    private Stage stage;
    private Messages messages;
    private LaunchOptions options;

    @Override
    public void start(Stage primaryStage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LaunchOptions options = LaunchOptions.get();
        this.stage = primaryStage;
        this.messages = options.messages();
        this.options = options;
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(new Scene(busy(messages.get("app.opening")), 1280, 800));
        stage.getScene().getStylesheets().add(DaichoApp.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.show();

        Path folder = options.effectiveDataDir();
        if (DaichoServices.storeExists(folder)) {
            showLogin(folder);
        } else if (options.demo()) {
            createDemo(folder);
        } else {
            showSetup(folder);
        }
    }

    private void showSetup(Path folder) {
        // The demo goes to its own folder beside the real one, so that demo records never mix with real ones.
        Path demoFolder = DataFolders.demoFolder(folder);
        SetupView setup = new SetupView(messages, folder, this::createStore, () -> openOrCreateDemo(demoFolder));
        javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(setup);
        javafx.scene.layout.StackPane.setAlignment(setup, javafx.geometry.Pos.TOP_CENTER);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(centred);
        scroll.setFitToWidth(true);
        // not fitted to the height: the form is taller than the window and must scroll, not squeeze its texts
        stage.getScene().setRoot(scroll);
    }

    private void createStore(Path folder, OrganisationSetup answers, FirstAdministrator admin) {
        stage.getScene().setRoot(busy(messages.get("app.creating")));
        UiTasks.start(progress -> {
            try {
                return DaichoServices.create(folder, answers, admin, clock, KeyDerivation.PRODUCTION);
            } finally {
                Arrays.fill(admin.password(), '\0');
            }
        }, this::showRecoveryKey, this::failedToOpen);
    }

    /** The new store's recovery key, shown once; then the main window. */
    private void showRecoveryKey(NewStore made) {
        this.services = made.services();
        RecoveryKeyView view = new RecoveryKeyView(messages, made.services().settings().settings().organisationName(),
                made.recoveryKey(), LocalDate.now(clock), made.services().settings().settings().dateStyle(),
                () -> showMain(made.services(), new LoginRecord(null, 0, null)));
        stage.getScene().setRoot(LoginView.centred(view, 720));
    }

    private void openOrCreateDemo(Path demoFolder) {
        if (DaichoServices.storeExists(demoFolder)) {
            showLogin(demoFolder);
        } else {
            createDemo(demoFolder);
        }
    }

    private void createDemo(Path folder) {
        stage.getScene().setRoot(busy(messages.get("app.creatingDemo")));
        // the demo is made, closed, and then logged into like any store, with its accounts shown on the login
        UiTasks.start(progress -> {
            DaichoServices.createDemo(folder, DaichoServices.DEMO_PASSWORD.toCharArray(), clock,
                    KeyDerivation.PRODUCTION).services().close();
            return folder;
        }, made -> showLogin(made, true), this::failedToOpen);
    }

    private void showLogin(Path folder) {
        showLogin(folder, options.demo() || folder.equals(DataFolders.demoFolder(options.dataDir())));
    }

    private void showLogin(Path folder, boolean demo) {
        LoginView login = new LoginView(messages, folder, demo, clock, this::loggedIn);
        stage.getScene().setRoot(login);
        login.focus();
    }

    /** After login: a temporary password is changed first, before any record is shown. */
    private void loggedIn(Unlocked unlocked) {
        this.services = unlocked.services();
        if (unlocked.mustChangePassword()) {
            ChangePasswordView change = new ChangePasswordView(unlocked.services().accounts(), messages,
                    unlocked.account().userName(), () -> showMain(unlocked.services(), unlocked.record()), null);
            stage.getScene().setRoot(LoginView.centred(change, 600));
        } else {
            showMain(unlocked.services(), unlocked.record());
        }
    }

    private void showMain(DaichoServices opened, LoginRecord record) {
        this.services = opened;
        BorderPane root = new BorderPane(new MainView(opened, messages));
        root.setTop(new LastLoginBanner(record, new LoginTimes(opened.settings().settings().dateStyle(), clock.getZone()),
                messages));
        stage.getScene().setRoot(root);
        IdleLock.install(stage.getScene(), clock, Duration.ofMinutes(opened.accounts().loginPolicy().idleMinutes()),
                messages, opened.accounts().current().userName(), opened.accounts()::checkPassword);
    }

    private void failedToOpen(Throwable error) {
        stage.getScene().setRoot(busy(""));
        // The store is left exactly as it was found: no new empty store, no migration (toolchain.md, H2).
        Dialogs.showErrorAndWait(stage, messages, ErrorMessages.describe(error, messages));
        Platform.exit();
    }

    private static VBox busy(String text) {
        VBox box = new VBox(16, new ProgressIndicator(), new Label(text));
        box.setStyle("-fx-alignment: center;");
        return box;
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
    }
}
