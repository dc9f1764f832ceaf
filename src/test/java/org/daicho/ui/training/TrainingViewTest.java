package org.daicho.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 研修 screen on its own: the three forms written into a folder, and a session deleted with its reason. */
@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {

    @TempDir
    Path dir;

    private DaichoServices services;
    private TrainingView view;
    private TrainingSession session;

    @Start
    void start(Stage stage) {
        services = TrainingFixtures.start(dir);
        session = TrainingFixtures.annualSession(services);
        view = new TrainingView(services, Messages.japanese());
        UiTestSupport.show(stage, view, 1080, 720);
        view.refresh();
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
    }

    @SuppressWarnings("unchecked")
    private TableView<TrainingViewModel.SessionRow> table(FxRobot robot) {
        TableView<TrainingViewModel.SessionRow> table = robot.lookup("#trainingTable").queryAs(TableView.class);
        waitUntil(() -> !table.getItems().isEmpty() || robot.lookup("#trainingCount").queryAs(Label.class)
                .getText().equals("研修 0 件"));
        return table;
    }

    private void exportsInto(FxRobot robot, Path folder, Runnable export) {
        Label status = robot.lookup("#trainingStatus").queryAs(Label.class);
        robot.interact(export);
        waitUntil(() -> status.getText().startsWith("出力しました"));
        assertThat(status.getText()).contains(folder.toAbsolutePath().toString());
    }

    @Test
    void theRosterTheYearsStatusAndTheReportAreWrittenIntoTheChosenFolder(FxRobot robot) throws Exception {
        table(robot);
        Path folder = Files.createDirectories(dir.resolve("out"));
        exportsInto(robot, folder, () -> view.exportRoster(session.id(), folder, ExportProtection.NONE));
        exportsInto(robot, folder, () -> view.exportStatus(new FiscalYear(2026), folder, ExportProtection.NONE));
        exportsInto(robot, folder, () -> view.exportReport(new FiscalYear(2026), folder, ExportProtection.NONE));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(3)
                    .allMatch(name -> name.endsWith(".xlsx"))
                    .anyMatch(name -> name.contains("年度受講状況"))
                    .anyMatch(name -> name.contains("研修実施状況報告"));
        }
    }

    @Test
    void aSessionIsDeletedOnlyWithAReason(FxRobot robot) {
        TableView<TrainingViewModel.SessionRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#trainingDeleteButton");
        assertThat(robot.lookup("#trainingReasonIntro").queryAs(Label.class).getText())
                .contains("情報セキュリティ研修（全職員）", "R8.11.20");
        robot.clickOn("#trainingReasonConfirm");
        assertThat(robot.lookup("#trainingReasonTextError").queryAs(Label.class).getText())
                .isEqualTo("理由を入力してください（変更履歴に残ります）。");
        robot.interact(() -> robot.lookup("#trainingReasonText").queryAs(TextArea.class).setText("日付の重複登録"));
        robot.clickOn("#trainingReasonConfirm");
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(services.training().sessions(new FiscalYear(2026))).isEmpty();
        assertThat(robot.lookup("#trainingStatus").queryAs(Label.class).getText())
                .isEqualTo("研修「情報セキュリティ研修（全職員）」を削除しました。");
    }
}
