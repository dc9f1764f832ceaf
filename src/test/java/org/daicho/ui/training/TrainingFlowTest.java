package org.daicho.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingKind;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.main.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 研修 through the main window: a session is added, 出欠を記録 opens, a 所属 is chosen, everyone shown is selected
 * with Ctrl+A and marked 出席 with the keyboard, the counts change, and the 受講状況 no longer lists them as 未受講.
 * The home screen's items open the same lists.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingFlowTest {

    @TempDir
    Path dir;

    private final Messages messages = Messages.japanese();
    private DaichoServices services;

    @Start
    void start(Stage stage) {
        services = TrainingFixtures.start(dir);
        UiTestSupport.show(stage, new MainView(services, messages), 1280, 800);
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static List<String> names(TableView<StaffTrainingStatus> table) {
        return table.getItems().stream().map(p -> p.staff().name()).toList();
    }

    @Test
    void aSectionMarkedPresentWithTheKeyboardIsNoLongerUntrained(FxRobot robot) {
        // 1. a new session, typed into the form
        robot.clickOn("#navTraining");
        TableView<TrainingViewModel.SessionRow> sessions = table(robot, "#trainingTable");
        waitUntil(() -> robot.lookup("#trainingCount").queryAs(Label.class).getText().equals("研修 0 件"));
        robot.clickOn("#trainingNewButton");
        robot.interact(() -> {
            robot.lookup("#trainingTitle").queryAs(TextField.class).setText("情報セキュリティ研修（全職員）");
            robot.lookup("#trainingHeldOn").queryAs(TextField.class).setText("R8.11.20");
            robot.lookup("#trainingInstructor").queryAs(TextField.class).setText("総務課 情報担当");
        });
        robot.clickOn("#trainingSaveButton");
        waitUntil(() -> sessions.getItems().size() == 1 && sessions.getSelectionModel().getSelectedItem() != null);
        TrainingViewModel.SessionRow row = sessions.getItems().get(0);
        assertThat(row.session().kind()).isEqualTo(TrainingKind.ANNUAL);
        assertThat(row.session().heldOn()).hasToString("2026-11-20");
        int eligible = services.training().staffFor(row.id()).size();
        assertThat(row.target()).isEqualTo(eligible);

        // 2. 出欠を記録, 総務課 only
        robot.clickOn("#trainingAttendanceButton");
        @SuppressWarnings("unchecked")
        ListView<TrainingAttendanceViewModel.Row> list = robot.lookup("#attendanceList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == eligible);
        Label counts = robot.lookup("#attendanceCounts").queryAs(Label.class);
        assertThat(counts.getText()).startsWith("出席 0　欠席 0　後日受講 0　未記録 " + eligible);
        @SuppressWarnings("unchecked")
        ComboBox<Section> section = robot.lookup("#attendanceSection").queryAs(ComboBox.class);
        robot.interact(() -> section.setValue(section.getItems().stream()
                .filter(s -> s != null && s.name().equals(TrainingFixtures.GENERAL)).findFirst().orElseThrow()));
        List<Long> general = TrainingFixtures.staffOf(services, TrainingFixtures.GENERAL).stream()
                .filter(s -> s.isActiveOn(row.session().heldOn())).map(Staff::id).toList();
        waitUntil(() -> list.getItems().size() == general.size());

        // 3. from the type-ahead down into the list, Ctrl+A, Alt+1 (出席), Ctrl+Enter: no mouse
        robot.clickOn("#attendanceSearch");
        robot.type(KeyCode.DOWN);
        assertThat(list.isFocused()).isTrue();
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(list.getItems()).allMatch(r -> r.selected().get());
        assertThat(robot.lookup("#attendanceSelected").queryAs(Label.class).getText())
                .isEqualTo("選択中 " + general.size() + " 名");
        robot.press(KeyCode.ALT).press(KeyCode.DIGIT1).release(KeyCode.DIGIT1).release(KeyCode.ALT);
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> counts.getText().startsWith("出席 " + general.size() + "　"));
        assertThat(counts.getText()).contains("未記録 " + (eligible - general.size()));
        assertThat(list.getItems()).noneMatch(r -> r.selected().get());
        assertThat(list.getItems()).allMatch(r -> r.mark().get() != null
                && r.mark().get().result() == AttendanceResult.ATTENDED);
        assertThat(robot.lookup("#attendanceStatus").queryAs(Label.class).getText())
                .isEqualTo(general.size() + " 名を「出席」と記録しました。");
        assertThat(services.training().attendance(row.id())).hasSize(general.size());

        // 4. back on the screen: the counts, and the 受講状況 without them
        robot.clickOn("#attendanceClose");
        waitUntil(() -> sessions.getItems().size() == 1 && sessions.getItems().get(0).attended() == general.size());
        TabPane tabs = robot.lookup("#trainingTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<StaffTrainingStatus> untrained = table(robot, "#complianceUntrained");
        waitUntil(() -> !untrained.getItems().isEmpty());
        assertThat(untrained.getItems()).noneMatch(p -> general.contains(p.staff().id()));
        assertThat(names(untrained)).contains("架空 次郎", "見本 三郎");
        assertThat(robot.lookup("#trainingSummary").queryAs(Label.class).getText()).startsWith("令和8年度");
    }

    @Test
    void theHomeItemsOpenTheListsOfTheCurrentYear(FxRobot robot) {
        waitUntil(() -> robot.lookup("#attention-training-CONSENT").tryQuery().isPresent());
        assertThat(robot.lookup("#attention-training-UNTRAINED").tryQuery()).isPresent();
        assertThat(robot.lookup("#attention-training-NEW_HIRES").tryQuery()).isPresent();

        robot.clickOn("#attention-training-CONSENT");
        TableView<StaffTrainingStatus> consent = table(robot, "#complianceConsent");
        waitUntil(() -> !consent.getItems().isEmpty());
        assertThat(names(consent)).containsExactly("架空 次郎");
        TabPane lists = robot.lookup("#complianceLists").queryAs(TabPane.class);
        assertThat(lists.getSelectionModel().getSelectedItem().getId()).isEqualTo("complianceConsentTab");
        assertThat(lists.getSelectionModel().getSelectedItem().getText()).isEqualTo("同意書未提出（1）");

        robot.clickOn("#navHome");
        waitUntil(() -> robot.lookup("#attention-training-NEW_HIRES").tryQuery().isPresent());
        robot.clickOn("#attention-training-NEW_HIRES");
        TableView<StaffTrainingStatus> newHires = table(robot, "#complianceNewHires");
        waitUntil(() -> !newHires.getItems().isEmpty());
        assertThat(names(newHires)).contains("見本 三郎").doesNotContain("試験 太郎");
        assertThat(lists.getSelectionModel().getSelectedItem().getId()).isEqualTo("complianceNewHiresTab");
    }
}
