package org.daicho.ui.recovery;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.daicho.i18n.Messages;
import org.daicho.ui.recovery.StoreProblemViewModel.State;

/**
 * Shown instead of the login when the store file is damaged (cut short, emptied, bytes changed): what happened in
 * plain words, where the damaged file is kept, and 「最新の正常なバックアップから復元」 when a good backup exists —
 * otherwise what to do (ask the システム管理者). Never a stack trace, never a new empty store. {@code onRestored}
 * gets the sentence to greet the restored store with.
 */
public final class StoreProblemView extends StackPane {

    private final StoreProblemViewModel model;

    public StoreProblemView(Messages messages, Path dataDir, Path damagedFile, Clock clock,
            Consumer<String> onRestored, Runnable onQuit) {
        this.model = new StoreProblemViewModel(messages, dataDir, clock);
        getStyleClass().add("login-view");

        Label title = new Label(messages.get("crash.damaged.title"));
        title.setId("storeProblemTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label body = new Label(messages.get("crash.damaged.body"));
        body.setWrapText(true);
        TextField file = new TextField(damagedFile.toAbsolutePath().toString());
        file.setId("damagedFile");
        file.setEditable(false); // selectable, to copy the path into a note for the administrator

        Label status = new Label();
        status.setId("storeProblemStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.status());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.setMaxSize(22, 22);
        busy.visibleProperty().bind(model.state().isEqualTo(State.CHECKING).or(model.state().isEqualTo(State.RESTORING)));
        busy.managedProperty().bind(busy.visibleProperty());
        HBox statusLine = new HBox(10, busy, status);
        statusLine.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label(messages.get("crash.damaged.restoreNote"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        note.visibleProperty().bind(model.state().isEqualTo(State.BACKUP_FOUND));
        note.managedProperty().bind(note.visibleProperty());

        Button restore = new Button(messages.get("crash.damaged.restore"));
        restore.setId("restoreNewestButton");
        restore.getStyleClass().add("accent");
        restore.setDefaultButton(true);
        restore.visibleProperty().bind(model.state().isEqualTo(State.BACKUP_FOUND));
        restore.managedProperty().bind(restore.visibleProperty());
        restore.setOnAction(event -> model.restore(result -> onRestored.accept(model.restoredText(result))));
        Button quit = new Button(messages.get("crash.damaged.quit"));
        quit.setId("storeProblemQuit");
        quit.disableProperty().bind(model.state().isEqualTo(State.RESTORING));
        quit.setOnAction(event -> onQuit.run());
        HBox buttons = new HBox(10, restore, quit);

        VBox card = new VBox(12, title, body, file, statusLine, note, buttons);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28, 32, 28, 32));
        card.setMaxWidth(680);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane centre = new StackPane(card);
        centre.getStyleClass().add("login-backdrop");
        centre.setPadding(new Insets(40));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        getChildren().add(scroll);
        model.findBackup();
    }

    StoreProblemViewModel model() {
        return model;
    }
}
