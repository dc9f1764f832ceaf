package org.daicho.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.DataFolders;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.Dialogs;
import org.daicho.ui.common.UiTasks;
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

    @Override
    public void start(Stage primaryStage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        LaunchOptions options = LaunchOptions.get();
        this.stage = primaryStage;
        this.messages = options.messages();
        stage.setTitle(messages.get("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(new Scene(busy(messages.get("app.opening")), 1280, 800));
        stage.getScene().getStylesheets().add(DaichoApp.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.show();

        Path folder = options.effectiveDataDir();
        if (DaichoServices.storeExists(folder)) {
            UiTasks.start(progress -> DaichoServices.open(folder, clock), this::showMain, this::failedToOpen);
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
        scroll.setFitToHeight(true);
        stage.getScene().setRoot(scroll);
    }

    private void createStore(Path folder, OrganisationSetup answers) {
        stage.getScene().setRoot(busy(messages.get("app.creating")));
        UiTasks.start(progress -> DaichoServices.create(folder, answers, clock), this::showMain, this::failedToOpen);
    }

    private void openOrCreateDemo(Path demoFolder) {
        if (DaichoServices.storeExists(demoFolder)) {
            UiTasks.start(progress -> DaichoServices.open(demoFolder, clock), this::showMain, this::failedToOpen);
        } else {
            createDemo(demoFolder);
        }
    }

    private void createDemo(Path folder) {
        stage.getScene().setRoot(busy(messages.get("app.creatingDemo")));
        UiTasks.start(progress -> DaichoServices.createDemo(folder, clock), this::showMain, this::failedToOpen);
    }

    private void showMain(DaichoServices opened) {
        this.services = opened;
        stage.getScene().setRoot(new MainView(opened, messages));
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
