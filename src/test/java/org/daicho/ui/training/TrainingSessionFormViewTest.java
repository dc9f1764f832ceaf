package org.daicho.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.text;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingTarget;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
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
        services = TrainingFixtures.start(dir);
        TrainingFixtures.showOwner(stage);
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
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
