package org.daicho.ui.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;
import static org.daicho.ui.disposal.DisposalFixtures.openList;
import static org.daicho.ui.disposal.DisposalFixtures.selectFirstRow;
import static org.daicho.ui.disposal.DisposalFixtures.text;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.testing.RawStore;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 証跡: each file shows its SHA-256; a file changed outside the app is named in a warning on 確認 and not saved. */
@ExtendWith(ApplicationExtension.class)
class DisposalEvidenceViewTest {

    private static final byte[] CERTIFICATE = "%PDF-1.4 消去証明書 D-2026-0001 試験用".getBytes(
            java.nio.charset.StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Stage stage;
    private DisposalFixtures world;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        world = new DisposalFixtures(dir.resolve("data"), UiTestSupport.CLOCK, 1);
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        world.services.close();
    }

    /** Opens the evidence dialog of the only record and waits until it shows {@code files} files. */
    private TableView<EvidenceFile> openEvidence(FxRobot robot, int files) {
        TableView<DisposalEntry> table = openList(robot, 1);
        selectFirstRow(robot, table);
        robot.clickOn("#disposalEvidenceButton");
        @SuppressWarnings("unchecked")
        TableView<EvidenceFile> evidence = robot.lookup("#disposalEvidenceTable").queryAs(TableView.class);
        waitUntil(() -> evidence.getItems().size() == files);
        return evidence;
    }

    private static void selectFile(FxRobot robot, TableView<EvidenceFile> evidence) {
        // the first row that shows a file (cells are reused, so the scene's first row cell may be an empty one)
        Node row = robot.lookup("#disposalEvidenceTable .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() != null).query();
        robot.clickOn(row, MouseButton.PRIMARY);
        waitUntil(() -> evidence.getSelectionModel().getSelectedItem() != null);
    }

    @Test
    void anAddedFileShowsItsSha256AndAFileChangedOutsideTheAppIsNamedOnCheck(FxRobot robot) throws Exception {
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);
        world.apply("USB-0001");
        TableView<EvidenceFile> evidence = openEvidence(robot, 0);
        Path pdf = dir.resolve("消去証明書.pdf");
        Files.write(pdf, CERTIFICATE);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CERTIFICATE));
        DisposalEvidenceView view = (DisposalEvidenceView) robot.lookup(".disposal-evidence").query();
        robot.interact(() -> {
            view.model().kind.set(EvidenceKind.CERTIFICATE);
            view.model().attach(pdf, error -> { });
        });
        waitUntil(() -> evidence.getItems().size() == 1);
        EvidenceFile file = evidence.getItems().get(0);
        assertThat(file.sha256()).isEqualTo(sha256);
        assertThat(robot.lookup("#disposalEvidenceTable .table-cell").queryAll()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .as("the hash on screen").contains(sha256, "消去証明書.pdf", "証明書");
        assertThat(text(robot, "#disposalEvidenceStatus")).contains("追加しました: 消去証明書.pdf").contains(sha256);

        selectFile(robot, evidence);
        robot.clickOn("#disposalEvidenceCheck");
        Label result = robot.lookup("#disposalEvidenceCheckResult").queryAs(Label.class);
        waitUntil(() -> !result.getText().isEmpty());
        assertThat(result.getText()).startsWith("一致").contains("消去証明書.pdf");
        assertThat(result.getStyleClass()).contains("disposal-check-ok");
        robot.clickOn("#disposalDialogCancel");

        // someone with the file and the key changes the certificate's bytes outside the app
        robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800)));
        world.services.close();
        assertThat(RawStore.execute(world.data, "UPDATE disposal_evidence SET content = X'"
                + HexFormat.of().formatHex("%PDF-1.4 書き換えた証明書".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "' WHERE id = " + file.id())).containsExactly(1);
        world.logIn(robot, stage, DisposalFixtures.CLERK, DisposalFixtures.CLERK_PASSWORD);

        TableView<EvidenceFile> again = openEvidence(robot, 1);
        selectFile(robot, again);
        robot.clickOn("#disposalEvidenceCheck");
        Label warning = robot.lookup("#disposalEvidenceCheckResult").queryAs(Label.class);
        waitUntil(() -> !warning.getText().isEmpty());
        assertThat(warning.getText()).contains("証跡ファイル「消去証明書.pdf」（D-2026-0001）の内容が登録時と違います")
                .contains(sha256).contains("改ざんか破損のおそれ");
        assertThat(warning.getStyleClass()).contains("disposal-check-changed");

        // and no copy of it is handed out as if it were the evidence
        DisposalEvidenceView changedView = (DisposalEvidenceView) robot.lookup(".disposal-evidence").query();
        Path copy = dir.resolve("copy.pdf");
        robot.interact(() -> changedView.model().save(copy, error -> { }));
        waitUntil(() -> !changedView.model().busy().get());
        assertThat(copy).doesNotExist();
        assertThat(warning.getText()).contains("内容が登録時と違います");
    }

    @Test
    void theLogOfTheYearWarnsOfEvidenceChangedOutsideTheApp(FxRobot robot) throws Exception {
        DisposalEntry applied = world.apply("USB-0001");
        world.services.disposal().recordPaperApproval(applied.id(), world.manager.id(),
                java.time.LocalDate.of(2026, 11, 24), "");
        world.services.disposal().execute(applied.id(), new org.daicho.domain.DisposalExecution(
                java.time.LocalDateTime.of(2026, 11, 24, 9, 0), world.clerk.id(), "", world.colleague.id(),
                org.daicho.domain.SanitisationMethod.DESTROY, org.daicho.domain.SanitisationTechnique.SHREDDING, "",
                "", "", "目視確認", "裁断を確認", org.daicho.domain.DisposalPlace.INSIDE, "", "", null, false, "", "",
                ""));
        Path photo = dir.resolve("裁断写真.jpg");
        Files.write(photo, CERTIFICATE);
        EvidenceFile file = world.services.disposal().attachEvidence(applied.id(), photo, EvidenceKind.PHOTO);
        world.services.close();
        RawStore.execute(world.data, "UPDATE disposal_evidence SET content = X'00' WHERE id = " + file.id());
        world.logInAsAdmin(robot, stage);
        openList(robot, 1);
        DisposalListView view = (DisposalListView) robot.lookup(".disposal-view").query();
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        robot.interact(() -> view.exportLog(new org.daicho.domain.FiscalYear(2026), out,
                org.daicho.service.ExportProtection.NONE));

        waitUntil(() -> view.lastExport() != null || robot.lookup("#errorDialogText").tryQuery().isPresent());
        assertThat(view.lastExport().changed()).extracting(c -> c.file().fileName()).containsExactly("裁断写真.jpg");
        assertThat(view.lastExport().evidenceFiles()).isZero();
        assertThat(text(robot, "#disposalStatus")).startsWith("出力しましたが、内容が登録時と違う証跡があります");
        String warning = robot.lookup("#disposalExportWarning").queryAs(javafx.scene.control.TextArea.class).getText();
        assertThat(warning).contains("1 件の証跡は SHA-256 が登録時と一致しない").contains("D-2026-0001")
                .contains("裁断写真.jpg").contains(file.sha256());
    }
}
