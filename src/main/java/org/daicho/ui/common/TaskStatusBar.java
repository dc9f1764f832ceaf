package org.daicho.ui.common;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * The line under a list of records that says what was done last and follows slow work (an export): its progress,
 * and a button to cancel it. Shared so that every list reports its work in the same place and the same way.
 */
public final class TaskStatusBar extends HBox {

    private final Label text = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private Task<?> task;

    /** The ids are the text's, the progress bar's and the cancel button's (tests find them so). */
    public TaskStatusBar(String textId, String progressId, String cancelId, String cancelText) {
        super(10);
        text.setId(textId);
        text.setWrapText(true);
        progress.setId(progressId);
        progress.setPrefWidth(240);
        progress.setVisible(false);
        cancel.setText(cancelText);
        cancel.setId(cancelId);
        cancel.setVisible(false);
        cancel.setOnAction(event -> {
            if (task != null) {
                task.cancel();
            }
        });
        getChildren().addAll(text, progress, cancel);
        setAlignment(Pos.CENTER_LEFT);
    }

    public void setText(String value) {
        text.setText(value);
    }

    /**
     * Says {@code runningText} and shows {@code work}'s progress with the cancel button until {@link #end()}; a
     * cancelled task ends by itself, saying {@code cancelledText}.
     */
    public void track(Task<?> work, String runningText, String cancelledText) {
        task = work;
        progress.setVisible(true);
        cancel.setVisible(true);
        text.setText(runningText);
        progress.progressProperty().bind(work.progressProperty());
        work.setOnCancelled(event -> {
            end();
            text.setText(cancelledText);
        });
    }

    /** The work is over: hides its progress and the cancel button. */
    public void end() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        cancel.setVisible(false);
    }
}
