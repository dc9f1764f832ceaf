package org.daicho.ui.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;
import static org.daicho.ui.disposal.DisposalFixtures.choose;
import static org.daicho.ui.disposal.DisposalFixtures.openList;
import static org.daicho.ui.disposal.DisposalFixtures.selectFirstRow;
import static org.daicho.ui.disposal.DisposalFixtures.set;
import static org.daicho.ui.disposal.DisposalFixtures.text;

import atlantafx.base.theme.PrimerLight;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.Staff;
import org.daicho.service.DisposalExport;
import org.daicho.service.ExportProtection;
import org.daicho.testing.MutableClock;
import org.daicho.ui.common.AssetChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 廃棄記録 through the whole window, one account after another on one store: a clerk applies for three USB sticks at
 * once (search 「usb」, select all shown), a security manager (not the applicant) approves, the clerk records the
 * execution witnessed by a colleague and attaches the certificate, the sticks are 廃棄済 in the ledger, evidence of a
 * completed record cannot be removed, and the 廃棄記録簿 holds the record's 消去・廃棄証明 sheet.
 */
@ExtendWith(ApplicationExtension.class)
class DisposalFlowTest {

    @TempDir
    Path dir;

    /** 2026-11-24 10:00 in Tokyo; moved forward between the steps. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private Stage stage;
    private DisposalFixtures world;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        world = new DisposalFixtures(dir.resolve("data"), clock, 3);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        world.services.close();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void fromApplicationThroughPermissionAndExecutionToTheCertificate(FxRobot robot) throws Exception {
        // 1. the clerk applies for every USB stick at once
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        openList(robot, 0);
        robot.clickOn("#disposalNewButton");
        @SuppressWarnings("unchecked")
        TableView<AssetChoice> assets = robot.lookup("#disposalAssetTable").queryAs(TableView.class);
        waitUntil(() -> assets.getItems().size() == 4);
        robot.clickOn("#disposalAssetSearch").write("usb");
        waitUntil(() -> assets.getItems().size() == 3);
        robot.clickOn("#disposalSelectShown");
        assertThat(text(robot, "#disposalChosen")).contains("3 件").contains("USB-0001").contains("USB-0003")
                .doesNotContain("PC-0001");
        VBox hints = robot.lookup("#disposalRuleHints").queryAs(VBox.class);
        assertThat(hints.getChildren()).extracting(n -> ((Label) n).getText()).anySatisfy(
                t -> assertThat(t).contains("機密性2以上").contains("OS初期化・クイックフォーマットは使えません"))
                .anySatisfy(t -> assertThat(t).contains("立会職員か委託事業者の証明書"));
        choose(robot, "#disposalPlannedMethod", SanitisationMethod.DESTROY);
        @SuppressWarnings("unchecked")
        ComboBox<SanitisationTechnique> technique = robot.lookup("#disposalPlannedTechnique").queryAs(ComboBox.class);
        assertThat(technique.getItems()).as("only what fits Destroy").containsExactly(
                SanitisationTechnique.PHYSICAL_DESTRUCTION, SanitisationTechnique.SHREDDING,
                SanitisationTechnique.MELTING, SanitisationTechnique.INCINERATION);
        choose(robot, "#disposalPlannedTechnique", SanitisationTechnique.PHYSICAL_DESTRUCTION);
        choose(robot, "#disposalPlannedPlace", DisposalPlace.INSIDE);
        set(robot, "#disposalPlannedOn", "R8.11.30");
        set(robot, "#disposalReason", "故障・容量不足のため一括で廃棄する");
        robot.clickOn("#disposalSaveButton");
        TableView<DisposalEntry> table = DisposalFixtures.table(robot);
        waitUntil(() -> table.getItems().size() == 1);
        DisposalEntry applied = table.getItems().get(0);
        assertThat(applied.record().status()).isEqualTo(DisposalStatus.REQUESTED);
        assertThat(applied.assets()).extracting(Asset::assetNo).containsExactly("USB-0001", "USB-0002", "USB-0003");
        assertThat(applied.applicantName()).isEqualTo("試験 花子");
        assertThat(DisposalFixtures.cell(table, "column-TARGET", applied)).isEqualTo("USB-0001、USB-0002 ほか 1 件（計 3 件）");
        String recordNo = applied.record().recordNo();
        assertThat(recordNo).isEqualTo("D-2026-0001");

        // 2. the clerk may not approve her own application, nor execute before permission
        selectFirstRow(robot, table);
        assertThat(disabled(robot, "#disposalApproveButton")).isTrue();
        assertThat(disabled(robot, "#disposalExecuteButton")).isTrue();

        // 3. the security manager approves
        clock.advance(Duration.ofMinutes(30));
        world.logIn(robot, stage, DisposalFixtures.MANAGER, DisposalFixtures.MANAGER_PASSWORD);
        TableView<DisposalEntry> managerTable = openList(robot, 1);
        selectFirstRow(robot, managerTable);
        assertThat(disabled(robot, "#disposalApproveButton")).isFalse();
        assertThat(disabled(robot, "#disposalNewButton")).as("a security manager does not apply").isTrue();
        robot.clickOn("#disposalApproveButton");
        robot.interact(() -> robot.lookup("#disposalDecisionComment").queryAs(TextArea.class)
                .setText("庁舎内での物理破壊を許可します"));
        robot.clickOn("#disposalApproveConfirm");
        waitUntil(() -> managerTable.getItems().size() == 1
                && managerTable.getItems().get(0).record().status() == DisposalStatus.APPROVED);
        assertThat(managerTable.getItems().get(0).approverName()).isEqualTo("試験 太郎");

        // 4. the clerk records the execution, witnessed by a colleague
        clock.advance(Duration.ofHours(2));
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        TableView<DisposalEntry> clerkTable = openList(robot, 1);
        selectFirstRow(robot, clerkTable);
        robot.clickOn("#disposalExecuteButton");
        VBox requirements = robot.lookup("#disposalRequirements").queryAs(VBox.class);
        waitUntil(() -> !requirements.getChildren().isEmpty());
        assertThat(requirements.getChildren()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).contains("立会職員を選ぶか"))
                .anySatisfy(t -> assertThat(t).contains("「廃棄済」"));
        assertThat(robot.lookup("#disposalExecutedAt").queryAs(javafx.scene.control.TextField.class).getText())
                .as("now, as the form proposes it").isEqualTo("令和8年11月24日 12:30");
        @SuppressWarnings("unchecked")
        ComboBox<Staff> performer = robot.lookup("#disposalPerformer").queryAs(ComboBox.class);
        assertThat(performer.getValue().name()).as("the clerk by default").isEqualTo("試験 花子");
        assertThat(robot.lookup("#disposalMethod").queryAs(ComboBox.class).getValue())
                .as("the plan fills the method").isEqualTo(SanitisationMethod.DESTROY);
        robot.clickOn("#disposalExecuteConfirm");
        assertThat(text(robot, "#disposalWitnessError")).as("機密性2: witness or certificate")
                .contains("立会職員を選ぶか、委託事業者の証明書");
        assertThat(text(robot, "#disposalVerificationMethodError")).isEqualTo("検証方法を入力してください。");
        @SuppressWarnings("unchecked")
        ComboBox<Staff> witness = robot.lookup("#disposalWitness").queryAs(ComboBox.class);
        robot.interact(() -> witness.setValue(witness.getItems().stream()
                .filter(s -> s != null && s.name().equals("試験 次郎")).findFirst().orElseThrow()));
        set(robot, "#disposalMethodDetails", "穿孔4箇所");
        set(robot, "#disposalVerificationMethod", "目視確認");
        set(robot, "#disposalVerificationResult", "全数の破砕を確認");
        set(robot, "#disposalDestination", "産業廃棄物処理業者");
        assertThat(text(robot, "#disposalWitnessError")).isEmpty();
        robot.clickOn("#disposalExecuteConfirm");
        waitUntil(() -> clerkTable.getItems().size() == 1
                && clerkTable.getItems().get(0).record().status() == DisposalStatus.COMPLETED);
        DisposalEntry done = clerkTable.getItems().get(0);
        assertThat(DisposalFixtures.cell(clerkTable, "column-STATUS", done)).isEqualTo("完了");
        assertThat(done.witnessName()).isEqualTo("試験 次郎");
        assertThat(done.performerName()).isEqualTo("試験 花子");
        assertThat(done.record().execution().executedAt()).isEqualTo(LocalDateTime.of(2026, 11, 24, 12, 30));
        for (String no : List.of("USB-0001", "USB-0002", "USB-0003")) {
            LedgerEntry asset = world.services.ledger().entry(world.assetId(no));
            assertThat(asset.asset().status()).as(no).isEqualTo(AssetStatus.DISPOSED);
            assertThat(asset.asset().disposalRecordNo()).as(no).isEqualTo(recordNo);
        }
        assertThat(world.services.ledger().entry(world.assetId("PC-0001")).asset().status())
                .isEqualTo(AssetStatus.IN_STORAGE);
        assertThat(world.messages.label(AssetStatus.DISPOSED)).isEqualTo("廃棄済");

        // 5. the certificate photo arrives afterwards; a completed record's evidence cannot be removed
        selectFirstRow(robot, clerkTable);
        robot.clickOn("#disposalEvidenceButton");
        DisposalEvidenceView evidence = (DisposalEvidenceView) robot.lookup(".disposal-evidence").query();
        Path photo = dir.resolve("破砕写真.jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5, 6, 7, 8});
        robot.interact(() -> {
            evidence.model().kind.set(EvidenceKind.PHOTO);
            evidence.model().attach(photo, error -> { });
        });
        @SuppressWarnings("unchecked")
        TableView<org.daicho.domain.EvidenceFile> files = robot.lookup("#disposalEvidenceTable").queryAs(TableView.class);
        waitUntil(() -> files.getItems().size() == 1 && evidence.model().selected.get() != null);
        set(robot, "#disposalEvidenceRemoveReason", "誤って追加したため");
        robot.clickOn("#disposalEvidenceRemove");
        Label refusal = robot.lookup("#disposalDialogMessage").queryAs(Label.class);
        waitUntil(() -> !refusal.getText().isEmpty());
        assertThat(refusal.getText()).contains("完了した記録の証跡は削除できません");
        robot.clickOn("#disposalDialogCancel");
        waitUntil(() -> clerkTable.getItems().size() == 1
                && clerkTable.getItems().get(0).record().evidence().size() == 1);

        // 6. the 廃棄記録簿 of 令和8年度 with its certificate sheet and evidence folder
        DisposalListView view = (DisposalListView) robot.lookup(".disposal-view").query();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        robot.interact(() -> view.exportLog(new FiscalYear(2026), out, ExportProtection.NONE));
        Label status = robot.lookup("#disposalStatus").queryAs(Label.class);
        waitUntil(() -> view.lastExport() != null || robot.lookup("#errorDialogText").tryQuery().isPresent());
        assertThat(robot.lookup("#errorDialogText").tryQuery()).as("the export failed").isEmpty();
        DisposalExport export = view.lastExport();
        assertThat(status.getText()).startsWith("出力しました");
        assertThat(export.records()).isEqualTo(1);
        assertThat(export.evidenceFiles()).isEqualTo(1);
        assertThat(export.changed()).isEmpty();
        assertThat(export.workbook().getFileName().toString()).startsWith("機密性2_").endsWith(".xlsx");
        assertThat(export.evidenceFolder()).isDirectory();
        assertThat(robot.lookup("#disposalExportSummary").queryAs(Label.class).getText())
                .contains(export.workbook().toAbsolutePath().toString()).contains("記録 1 件、証跡ファイル 1 件");
        try (InputStream in = Files.newInputStream(export.workbook()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).as("the log, then one certificate per record").isEqualTo(2);
            assertThat(book.getSheetAt(1).getSheetName()).contains(recordNo);
        }
        assertThat(robot.lookup("#disposalExportProgress").query().isVisible()).isFalse();
    }
}
