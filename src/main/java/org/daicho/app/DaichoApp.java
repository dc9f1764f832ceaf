package org.daicho.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.animation.Animation;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.ProgressBar;
import javafx.stage.WindowEvent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.service.Backups;
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
import org.daicho.ui.recovery.StoreProblemView;
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
        for (String size : new String[] {"16", "32", "256"}) { // drawn in installer/icons (make-icons.sh)
            String icon = "/org/daicho/ui/icons/daicho-" + size + ".png";
            stage.getIcons().add(new Image(DaichoApp.class.getResource(icon).toExternalForm()));
        }
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(new Scene(busy(messages.get("app.opening")), 1280, 800));
        stage.getScene().getStylesheets().add(DaichoApp.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());

        Path folder = options.effectiveDataDir();
        if (!claimFolder(folder)) {
            return;
        }
        stage.show();
        if (DaichoServices.storeExists(folder)) {
            DaichoServices.damagedStoreFile(folder).ifPresentOrElse(file -> showStoreProblem(folder),
                    () -> showLogin(folder));
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
        login.setOnStoreDamaged(() -> showStoreProblem(folder));
        stage.getScene().setRoot(login);
        login.focus();
        warmUpOnceShown();
    }

    /**
     * Pulses (about half a second) before the warm-up starts. The first few frames come before the login screen
     * is fully on the glass: starting after 3 still held the paint back by about 0.4 s, after 30 not measurably.
     */
    private static final int FRAMES_BEFORE_WARM_UP = 30;

    /**
     * Starts the warm-up while the password is typed (issue 7: home screen in 2 s after it), but only once the login
     * screen has been drawn: it takes both cores for a few seconds and, started with the screen, held back its
     * first paint by over a second (the installer check: painted after 6.0 s instead of 4.7 s).
     */
    private void warmUpOnceShown() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= FRAMES_BEFORE_WARM_UP) {
                    stop();
                    DaichoServices.warmUpInBackground();
                }
            }
        }.start();
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
        BorderPane root = new BorderPane(new MainView(opened, messages, this::restoreFrom));
        root.setTop(new LastLoginBanner(record, new LoginTimes(opened.settings().settings().dateStyle(), clock.getZone()),
                messages));
        stage.getScene().setRoot(root);
        IdleLock.install(stage.getScene(), clock, Duration.ofMinutes(opened.accounts().loginPolicy().idleMinutes()),
                messages, opened.accounts().current().userName(), opened.accounts()::checkPassword);
        startBackups();
    }

    // ---- backups (issue 8): at closing, once a day while open, and restore from 設定 › バックアップ ----------

    private Timeline dailyBackup;
    private boolean backupRunning;
    private boolean closingBackupDone;
    private boolean restoring;

    /** Backs up when the window closes and, at most once a day, while it is open (policy 2.6.1(2)). */
    private void startBackups() {
        stage.setOnCloseRequest(this::backUpBeforeClosing);
        if (dailyBackup == null) {
            dailyBackup = new Timeline(new KeyFrame(javafx.util.Duration.hours(1), event -> backUpIfDue()));
            dailyBackup.setCycleCount(Animation.INDEFINITE);
            dailyBackup.play();
        }
    }

    /** The hourly check: a backup when none was made within a day, in the background; a failure is said once. */
    private void backUpIfDue() {
        DaichoServices open = services;
        if (open == null || backupRunning) {
            return;
        }
        backupRunning = true;
        UiTasks.start(progress -> open.backups().due() ? open.backups().backUpNow(progress) : null,
                result -> {
                    backupRunning = false;
                    if (result != null && result.copyFailed()) {
                        Dialogs.showError(stage, messages, messages.get("backup.copyFailed",
                                ErrorMessages.describe(result.copyFailure(), messages)));
                    }
                },
                error -> {
                    backupRunning = false;
                    Dialogs.showError(stage, messages, messages.get("backup.daily.failed",
                            ErrorMessages.describe(error, messages)));
                });
    }

    /** Closing with a store open: 「バックアップ中…」 while the backup runs, then the app ends, whatever happened. */
    private void backUpBeforeClosing(WindowEvent event) {
        if (restoring) {
            event.consume(); // a restore half done must not be cut off: it ends with the login screen
            return;
        }
        DaichoServices open = services;
        if (open == null || closingBackupDone) {
            return;
        }
        event.consume();
        closingBackupDone = true;
        IdleLock.of(stage.getScene()).ifPresent(IdleLock::uninstall);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(260);
        VBox box = new VBox(16, new Label(messages.get("backup.closing")), bar);
        box.setStyle("-fx-alignment: center;");
        stage.getScene().setRoot(box);
        var task = UiTasks.start(progress -> open.backups().backUpNow(progress),
                result -> {
                    if (result.copyFailed()) {
                        Dialogs.showErrorAndWait(stage, messages, messages.get("backup.copyFailed",
                                ErrorMessages.describe(result.copyFailure(), messages)));
                    }
                    Platform.exit();
                },
                error -> {
                    Dialogs.showErrorAndWait(stage, messages, messages.get("backup.closingFailed",
                            ErrorMessages.describe(error, messages)));
                    Platform.exit();
                });
        bar.progressProperty().bind(task.progressProperty());
    }

    /**
     * 「このバックアップから復元…」, confirmed: closes the store (and every other window), restores in the background
     * and shows the login again; the passwords are those of the time of the backup.
     */
    private void restoreFrom(Path backup) {
        DaichoServices open = services;
        if (open == null) {
            return;
        }
        Path folder = open.dataDir();
        services = null;
        restoring = true;
        IdleLock.of(stage.getScene()).ifPresent(IdleLock::uninstall);
        for (javafx.stage.Window window : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (window != stage) {
                window.hide();
            }
        }
        stage.getScene().setRoot(busy(messages.get("backup.restore.running")));
        UiTasks.start(progress -> {
                    open.close();
                    return new Backups(folder, clock).restore(backup);
                },
                result -> {
                    restoring = false;
                    showLogin(folder);
                    Dialogs.showInfo(stage, messages, result.setAsideFolder() == null
                            ? messages.get("backup.restore.doneNothingSetAside")
                            : messages.get("backup.restore.done", result.setAsideFolder()));
                },
                error -> {
                    restoring = false;
                    showLogin(folder);
                    Dialogs.showError(stage, messages, ErrorMessages.describe(error, messages));
                });
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

    /**
     * The store file is damaged: say so, keep the file, and offer the newest good backup (issue 8). After a restore
     * the login is shown with a note of what was restored and where the damaged file went.
     */
    private void showStoreProblem(Path folder) {
        stage.getScene().setRoot(new StoreProblemView(messages, folder, DaichoServices.storeFile(folder), clock,
                restored -> {
                    showLogin(folder);
                    Dialogs.showInfo(stage, messages, restored);
                }, Platform::exit));
    }

    // ---- one window per data folder (issue 8) ----------------------------------------------------------------

    private SingleInstance instance;

    /**
     * Makes this the one Daicho for {@code folder}. When another Daicho has it open, that window is asked to come
     * forward and this start ends with a plain message instead of H2's lock error later on.
     */
    private boolean claimFolder(Path folder) {
        try {
            instance = SingleInstance.claim(folder, () -> Platform.runLater(this::bringToFront)).orElse(null);
        } catch (java.io.IOException e) {
            // a folder that cannot be written is reported when the store is opened or made; no second-start check
            return true;
        }
        if (instance == null) {
            Dialogs.showInfoAndWait(null, messages, messages.get("instance.alreadyRunning", folder.toAbsolutePath()));
            Platform.exit();
            return false;
        }
        return true;
    }

    private void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
        if (instance != null) {
            instance.close();
        }
    }
}
