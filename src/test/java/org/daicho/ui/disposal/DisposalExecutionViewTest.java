package org.daicho.ui.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;
import static org.daicho.ui.disposal.DisposalFixtures.choose;
import static org.daicho.ui.disposal.DisposalFixtures.openList;
import static org.daicho.ui.disposal.DisposalFixtures.selectFirstRow;
import static org.daicho.ui.disposal.DisposalFixtures.set;
import static org.daicho.ui.disposal.DisposalFixtures.text;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 実施の記録 dialog: what the assets require, and the rules beside the fields as the clerk types. */
@ExtendWith(ApplicationExtension.class)
class DisposalExecutionViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DisposalFixtures world;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        world = new DisposalFixtures(dir.resolve("data"), UiTestSupport.CLOCK, 2);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        world.services.close();
    }

    /** A permitted application of PC-0001 (機密性2), applied by the clerk, permitted on paper by 試験 太郎. */
    private TableView<DisposalEntry> openExecution(FxRobot robot) {
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        DisposalEntry applied = world.apply("PC-0001");
        world.services.disposal().recordPaperApproval(applied.id(), world.manager.id(), LocalDate.of(2026, 11, 24),
                "紙で決裁済み");
        TableView<DisposalEntry> table = openList(robot, 1);
        selectFirstRow(robot, table);
        robot.clickOn("#disposalExecuteButton");
        VBox requirements = robot.lookup("#disposalRequirements").queryAs(VBox.class);
        waitUntil(() -> !requirements.getChildren().isEmpty());
        return table;
    }

    @Test
    void aClearOnlyTechniqueForAConfidential2AssetIsMarkedBesideTheTechnique(FxRobot robot) {
        openExecution(robot);
        VBox requirements = robot.lookup("#disposalRequirements").queryAs(VBox.class);
        assertThat(requirements.getChildren()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).contains("最高機密性は 2"))
                .anySatisfy(t -> assertThat(t).contains("OS初期化・クイックフォーマットは使えません"));
        choose(robot, "#disposalMethod", SanitisationMethod.CLEAR);
        @SuppressWarnings("unchecked")
        ComboBox<SanitisationTechnique> technique = robot.lookup("#disposalTechnique").queryAs(ComboBox.class);
        assertThat(technique.getValue()).as("物理破壊 is no Clear technique").isNull();
        assertThat(technique.getItems()).containsExactly(SanitisationTechnique.OS_INITIALISE,
                SanitisationTechnique.QUICK_FORMAT, SanitisationTechnique.OVERWRITE);
        choose(robot, "#disposalTechnique", SanitisationTechnique.QUICK_FORMAT);

        assertThat(text(robot, "#disposalTechniqueError")).isEqualTo(
                "手法: 機密性2以上の情報を含む媒体に、OS初期化・クイックフォーマットは使えません（データを復元できるため）。");
        robot.clickOn("#disposalExecuteConfirm");
        assertThat(text(robot, "#disposalExecutionStatus")).isEqualTo("入力内容を確認してください。");
        assertThat(world.services.disposal().entry(world.services.disposal().list(
                org.daicho.domain.DisposalFilter.ALL).get(0).id()).record().status()).isEqualTo(DisposalStatus.APPROVED);
    }

    @Test
    void aTechniqueDoneByAProgramAsksForTheToolAndItsVersion(FxRobot robot) {
        openExecution(robot);
        Label toolLabel = (Label) robot.lookup(".field-label").queryAll().stream()
                .filter(n -> ((Label) n).getText().startsWith("ツール") && !((Label) n).getText().startsWith("ツールの版"))
                .findFirst().orElseThrow();
        assertThat(toolLabel.getText()).as("物理破壊 needs no tool").isEqualTo("ツール");
        choose(robot, "#disposalMethod", SanitisationMethod.PURGE);
        choose(robot, "#disposalTechnique", SanitisationTechnique.OVERWRITE);
        assertThat(toolLabel.getText()).isEqualTo("ツール *");
        set(robot, "#disposalVerificationMethod", "全領域読取検証");
        set(robot, "#disposalVerificationResult", "全領域の消去を確認");
        @SuppressWarnings("unchecked")
        ComboBox<org.daicho.domain.Staff> witness = robot.lookup("#disposalWitness").queryAs(ComboBox.class);
        robot.interact(() -> witness.setValue(world.colleague));
        robot.clickOn("#disposalExecuteConfirm");
        assertThat(text(robot, "#disposalToolError")).isEqualTo("ツールを入力してください。");
        assertThat(text(robot, "#disposalToolVersionError")).isEqualTo("ツールの版を入力してください。");
        set(robot, "#disposalExecutedAt", "R8.11.24");
        assertThat(text(robot, "#disposalExecutedAtError")).contains("時刻まで入力してください");
        set(robot, "#disposalExecutedAt", "R8.11.24 9:30");
        set(robot, "#disposalTool", "試験消去ソフト");
        set(robot, "#disposalToolVersion", "3.2");
        robot.clickOn("#disposalExecuteConfirm");
        TableView<DisposalEntry> table = DisposalFixtures.table(robot);
        waitUntil(() -> table.getItems().size() == 1
                && table.getItems().get(0).record().status() == DisposalStatus.COMPLETED);
        assertThat(table.getItems().get(0).record().execution().tool()).isEqualTo("試験消去ソフト");
        assertThat(robot.lookup(".disposal-execution").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void aRuleTickedInTheSettingsTightensWhatTheExecutionNeeds(FxRobot robot) {
        world.logInAsAdmin(robot, stage);
        robot.clickOn("#navSettings");
        javafx.scene.control.CheckBox witnessAlways = robot.lookup("#settingsDisposalWitnessAlways")
                .queryAs(javafx.scene.control.CheckBox.class);
        assertThat(witnessAlways.getText()).isEqualTo("機密性2以上では、証明書があっても職員の立会いを必ず求める");
        robot.interact(() -> witnessAlways.setSelected(true));
        // the settings screen scrolls (団体と帳票 tab); the button may sit below the fold
        robot.interact(() -> robot.lookup("#saveDisposalPolicyButton").queryButton().fire());
        Label saved = robot.lookup("#disposalPolicyStatus").queryAs(Label.class);
        waitUntil(() -> !saved.getText().isEmpty());
        assertThat(saved.getText()).isEqualTo("廃棄のルールを保存しました。");
        assertThat(world.services.settings().disposalPolicy().witnessAlways()).isTrue();
        assertThat(world.services.settings().disposalPolicy().destroyForConfidential3()).isFalse();

        openExecution(robot);
        VBox requirements = robot.lookup("#disposalRequirements").queryAs(VBox.class);
        assertThat(requirements.getChildren()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).contains("立会職員が必要です（設定により"));
        set(robot, "#disposalContractor", "試験リサイクル株式会社");
        set(robot, "#disposalCertificateNo", "C-2026-001");
        set(robot, "#disposalCertificateReceivedOn", "R8.11.24");
        set(robot, "#disposalVerificationMethod", "目視確認");
        set(robot, "#disposalVerificationResult", "破砕を確認");
        robot.clickOn("#disposalExecuteConfirm");
        assertThat(text(robot, "#disposalWitnessError")).as("a certificate is not enough now")
                .contains("証明書があっても職員の立会いが必要です");
    }

    @Test
    void theAssetFormOffersNoFinalStatusAndLeavesTheRecordNumberToTheDisposalRecord(FxRobot robot) {
        var stick = world.services.ledger().entry(world.assetId("USB-0001"));
        var form = new org.daicho.ui.assets.AssetFormViewModel(world.services, world.messages, stick);
        assertThat(form.statusChoices()).doesNotContain(org.daicho.domain.AssetStatus.DISPOSED,
                org.daicho.domain.AssetStatus.RETURNED_TO_LESSOR).contains(org.daicho.domain.AssetStatus.IN_STORAGE);
        DisposalEntry applied = world.apply("USB-0001");
        world.services.disposal().recordPaperApproval(applied.id(), world.manager.id(), LocalDate.of(2026, 11, 24), "");
        world.services.disposal().execute(applied.id(), new org.daicho.domain.DisposalExecution(
                java.time.LocalDateTime.of(2026, 11, 24, 9, 0), world.clerk.id(), "", world.colleague.id(),
                SanitisationMethod.DESTROY, SanitisationTechnique.PHYSICAL_DESTRUCTION, "", "", "", "目視確認", "破砕を確認",
                org.daicho.domain.DisposalPlace.INSIDE, "", "", null, false, "", "", ""));
        var disposed = world.services.ledger().entry(world.assetId("USB-0001"));
        var readOnly = new org.daicho.ui.assets.AssetFormViewModel(world.services, world.messages, disposed);
        assertThat(readOnly.statusChoices()).contains(org.daicho.domain.AssetStatus.DISPOSED)
                .doesNotContain(org.daicho.domain.AssetStatus.RETURNED_TO_LESSOR);
        assertThat(disposed.asset().disposalRecordNo()).isEqualTo(applied.record().recordNo());
    }
}
