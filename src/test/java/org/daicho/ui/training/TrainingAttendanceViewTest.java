package org.daicho.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.text;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.DateStyle;
import org.daicho.domain.TrainingSession;
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

/** 出欠を記録: the type-ahead, the keyboard, and the messages beside the fields. */
@ExtendWith(ApplicationExtension.class)
class TrainingAttendanceViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DaichoServices services;
    private TrainingSession session;
    private final AtomicReference<Boolean> closedChanged = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TrainingFixtures.start(dir);
        session = TrainingFixtures.annualSession(services);
        TrainingFixtures.showOwner(stage);
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
    }

    private ListView<TrainingAttendanceViewModel.Row> open(FxRobot robot) {
        robot.interact(() -> TrainingAttendanceView.open(stage, services, Messages.japanese(), session,
                DateStyle.WAREKI, closedChanged::set));
        @SuppressWarnings("unchecked")
        ListView<TrainingAttendanceViewModel.Row> list = robot.lookup("#attendanceList").queryAs(ListView.class);
        int eligible = services.training().staffFor(session.id()).size();
        waitUntil(() -> list.getItems().size() == eligible);
        // the keyboard goes to the focused window: the dialog's, as when it has just opened on a desktop
        robot.clickOn("#attendanceSearch");
        return list;
    }

    private static List<String> kana(ListView<TrainingAttendanceViewModel.Row> list) {
        return list.getItems().stream().map(r -> r.staff().kana()).toList();
    }

    @Test
    void typingTheReadingInHiraganaOrKatakanaNarrowsTheList(FxRobot robot) {
        ListView<TrainingAttendanceViewModel.Row> list = open(robot);
        assertThat(robot.lookup("#attendanceSearch").queryAs(TextField.class).isFocused())
                .as("the dialog opens ready to type a name").isTrue();

        robot.write("しけん");
        waitUntil(() -> list.getItems().size() < services.training().staffFor(session.id()).size());
        assertThat(kana(list)).isNotEmpty().allMatch(k -> k.startsWith("しけん"));
        assertThat(list.getItems()).extracting(r -> r.staff().name()).contains("試験 太郎", "試験 花子")
                .doesNotContain("架空 次郎");

        robot.interact(() -> robot.lookup("#attendanceSearch").queryAs(TextField.class).setText("カクウ"));
        assertThat(list.getItems()).extracting(r -> r.staff().name()).containsExactly("架空 次郎");

        // Enter in the type-ahead ticks the one person shown and keeps the text ready to be typed over
        robot.clickOn("#attendanceSearch").type(KeyCode.ENTER);
        assertThat(list.getItems().get(0).selected().get()).isTrue();
        assertThat(text(robot, "#attendanceSelected")).isEqualTo("選択中 1 名");
        robot.interact(() -> robot.lookup("#attendanceSearch").queryAs(TextField.class).setText("試験 花"));
        assertThat(list.getItems()).extracting(r -> r.staff().name()).containsExactly("試験 花子");
        assertThat(text(robot, "#attendanceSelected")).isEqualTo("選択中 1 名（うち 1 名は表示外）");
    }

    @Test
    void spaceAndEnterTickThePersonUnderTheCursor(FxRobot robot) {
        ListView<TrainingAttendanceViewModel.Row> list = open(robot);
        robot.type(KeyCode.DOWN); // from the type-ahead into the list, on its first person
        assertThat(list.isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        assertThat(list.getItems().get(0).selected().get()).isTrue();
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertThat(list.getItems().get(1).selected().get()).isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(list.getItems().get(1).selected().get()).as("Enter again: not ticked").isFalse();
        assertThat(text(robot, "#attendanceSelected")).isEqualTo("選択中 1 名");
    }

    @Test
    void anAbsenceWithoutAReasonShowsTheMessageBesideTheReasonAndRecordsNothing(FxRobot robot) {
        ListView<TrainingAttendanceViewModel.Row> list = open(robot);
        robot.interact(() -> list.getItems().get(0).selected().set(true));
        robot.press(KeyCode.ALT).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertThat(robot.lookup("#attendanceAbsent").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("Alt+2 chooses 欠席").isTrue();
        assertThat(robot.lookup("#attendanceReason").query().isDisabled()).isFalse();
        robot.clickOn("#attendanceRecord");

        assertThat(text(robot, "#attendanceReasonError")).isEqualTo("欠席のときは欠席・未受講理由を入力してください。");
        assertThat(robot.lookup("#attendanceReasonError").query().isVisible()).isTrue();
        assertThat(services.training().attendance(session.id())).isEmpty();

        // with a reason it is recorded, and the list shows it
        robot.interact(() -> robot.lookup("#attendanceReason").queryAs(TextField.class).setText("出張のため"));
        robot.clickOn("#attendanceRecord");
        waitUntil(() -> list.getItems().get(0).mark().get() != null);
        assertThat(list.getItems().get(0).mark().get().result()).isEqualTo(AttendanceResult.ABSENT);
        assertThat(text(robot, "#attendanceReasonError")).isEmpty();
        assertThat(text(robot, "#attendanceCounts")).startsWith("出席 0　欠席 1　");
        assertThat(services.training().attendance(session.id())).singleElement()
                .satisfies(a -> assertThat(a.absenceReason()).isEqualTo("出張のため"));
        robot.clickOn("#attendanceClose");
        assertThat(closedChanged.get()).as("the screen behind reloads").isTrue();
    }

    @Test
    void aMakeUpDayBeforeTheSessionIsShownBesideTheDay(FxRobot robot) {
        ListView<TrainingAttendanceViewModel.Row> list = open(robot);
        robot.interact(() -> list.getItems().get(0).selected().set(true));
        robot.press(KeyCode.ALT).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.ALT);
        robot.interact(() -> robot.lookup("#attendanceMakeUpOn").queryAs(TextField.class).setText("R8.11.1"));
        robot.clickOn("#attendanceRecord");
        assertThat(text(robot, "#attendanceMakeUpOnError")).isEqualTo("後日受講日は研修の実施日以降にしてください。");
        robot.interact(() -> robot.lookup("#attendanceMakeUpOn").queryAs(TextField.class).setText("あした"));
        robot.clickOn("#attendanceRecord");
        assertThat(text(robot, "#attendanceMakeUpOnError")).contains("「あした」は日付として読めません");
        assertThat(services.training().attendance(session.id())).isEmpty();
    }
}
