package org.daicho.ui.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;
import static org.daicho.ui.disposal.DisposalFixtures.openList;
import static org.daicho.ui.disposal.DisposalFixtures.selectFirstRow;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalStatus;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 廃棄記録 list: what each account may do, and the home screen's items that open it. */
@ExtendWith(ApplicationExtension.class)
class DisposalListViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DisposalFixtures world;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        world = new DisposalFixtures(dir.resolve("data"), UiTestSupport.CLOCK, 3);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        world.services.close();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    @Test
    void theApproveButtonIsDisabledForAClerkEvenOnAWaitingApplication(FxRobot robot) {
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        world.apply("USB-0001", "USB-0002");
        TableView<DisposalEntry> table = openList(robot, 1);
        selectFirstRow(robot, table);

        assertThat(table.getItems().get(0).record().status()).isEqualTo(DisposalStatus.REQUESTED);
        assertThat(button(robot, "#disposalApproveButton").isDisabled()).isTrue();
        assertThat(button(robot, "#disposalApproveButton").getTooltip().getText()).contains("情報セキュリティ管理者");
        assertThat(button(robot, "#disposalPaperButton").isDisabled()).as("a clerk may record a paper approval").isFalse();
        assertThat(button(robot, "#disposalExecuteButton").isDisabled()).as("not permitted yet").isTrue();
        assertThat(button(robot, "#disposalCancelButton").isDisabled()).isFalse();
        assertThat(button(robot, "#disposalEvidenceButton").isDisabled()).isFalse();
        assertThat(DisposalFixtures.cell(table, "column-TARGET", table.getItems().get(0)))
                .isEqualTo("USB-0001、USB-0002（2 件）");
        assertThat(DisposalFixtures.cell(table, "column-METHOD", table.getItems().get(0)))
                .isEqualTo("予定 物理破壊（Destroy）");
    }

    @Test
    void aPaperApprovalIsRecordedByTheClerkAndTheApplicantCannotBeTheApprover(FxRobot robot) {
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        world.apply("USB-0001");
        TableView<DisposalEntry> table = openList(robot, 1);
        selectFirstRow(robot, table);
        robot.clickOn("#disposalPaperButton");
        assertThat(robot.lookup("#disposalDecideInApp").query().isDisabled()).isTrue();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<org.daicho.domain.Staff> approver = robot.lookup("#disposalPaperApprover")
                .queryAs(javafx.scene.control.ComboBox.class);
        waitUntil(() -> !approver.getItems().isEmpty());
        assertThat(robot.lookup("#disposalPaperDate").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("令和8年11月24日");
        robot.interact(() -> approver.setValue(approver.getItems().get(0)));
        robot.clickOn("#disposalPaperConfirm");
        waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).record().status() == DisposalStatus.APPROVED);
        DisposalEntry permitted = table.getItems().get(0);
        assertThat(permitted.record().decision().paperApproval()).isTrue();
        assertThat(permitted.record().decision().paperDecidedOn()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(DisposalFixtures.cell(table, "column-STATUS", permitted)).isEqualTo("許可（紙決裁）");
        selectFirstRow(robot, table);
        assertThat(button(robot, "#disposalExecuteButton").isDisabled()).isFalse();
    }

    @Test
    void theHomeScreenItemsOpenTheListFilteredToWaitingAndPermittedRecords(FxRobot robot) {
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        world.apply("USB-0001");
        DisposalEntry second = world.apply("USB-0002");
        world.services.disposal().recordPaperApproval(second.id(), world.manager.id(), LocalDate.of(2026, 11, 24), "");
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        waitUntil(() -> robot.lookup("#attention-disposal-PERMITTED").tryQuery().isPresent());
        robot.clickOn("#attention-disposal-WAITING");
        TableView<DisposalEntry> table = DisposalFixtures.table(robot);
        waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).record().status() == DisposalStatus.REQUESTED);
        robot.clickOn("#navHome");
        waitUntil(() -> robot.lookup("#attention-disposal-PERMITTED").tryQuery().isPresent());
        robot.clickOn("#attention-disposal-PERMITTED");
        waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).record().status() == DisposalStatus.APPROVED);
        robot.clickOn("#disposalClearFilter");
        waitUntil(() -> table.getItems().size() == 2);
    }
}
