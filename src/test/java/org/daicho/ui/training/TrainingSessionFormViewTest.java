package org.daicho.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingTarget;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The session dialog: messages beside the fields, and the usual target group of each kind. */
@ExtendWith(ApplicationExtension.class)
class TrainingSessionFormViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DaichoServices services;
    private final AtomicReference<TrainingSession> saved = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = TrainingFixtures.store(dir.resolve("data"));
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aFormWithoutTitleAndWithAnUnreadableDayShowsBothMessagesAndSavesNothing(FxRobot robot) {
        robot.interact(() -> TrainingSessionFormView.open(stage, services, Messages.japanese(), null, DateStyle.WAREKI,
                saved::set));
        assertThat(robot.lookup("#trainingHeldOn").queryAs(TextField.class).getText()).isEqualTo("令和8年11月24日");
        robot.interact(() -> robot.lookup("#trainingHeldOn").queryAs(TextField.class).setText("来週"));
        robot.clickOn("#trainingSaveButton");
        waitUntil(() -> !text(robot, "#trainingTitleError").isEmpty());
        assertThat(text(robot, "#trainingTitleError")).isEqualTo("研修名を入力してください。");
        assertThat(text(robot, "#trainingHeldOnError")).contains("「来週」は日付として読めません");
        assertThat(services.training().sessions(new FiscalYear(2026))).isEmpty();

        // a 新規採用者研修 is for 新規採用 by default
        @SuppressWarnings("unchecked")
        ComboBox<TrainingKind> kind = robot.lookup("#trainingKind").queryAs(ComboBox.class);
        robot.interact(() -> {
            kind.setValue(TrainingKind.NEW_HIRE);
            robot.lookup("#trainingTitle").queryAs(TextField.class).setText("新規採用者研修");
            robot.lookup("#trainingHeldOn").queryAs(TextField.class).setText("2026/4/3");
        });
        robot.clickOn("#trainingSaveButton");
        waitUntil(() -> saved.get() != null);
        assertThat(saved.get().target()).isEqualTo(TrainingTarget.NEW_HIRES);
        assertThat(saved.get().format()).isEqualTo(TrainingFormat.CLASSROOM);
        assertThat(saved.get().heldOn()).hasToString("2026-04-03");
    }
}
