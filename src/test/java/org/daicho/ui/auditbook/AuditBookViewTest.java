package org.daicho.ui.auditbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.main.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The 監査証跡ブック screen in the main window: the year's contents, the export, and a cancel. */
@ExtendWith(ApplicationExtension.class)
class AuditBookViewTest {

    @TempDir
    static Path tempRoot;

    private DaichoServices services;

    @Start
    void start(Stage stage) throws Exception {
        services = UiTestSupport.newStore(Files.createTempDirectory(tempRoot, "store"));
        stage.setScene(new Scene(new MainView(services, Messages.japanese()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
        }
    }

    private AuditBookView open(FxRobot robot) {
        robot.clickOn("#navAuditBook");
        AuditBookView view = robot.lookup(".audit-book-view").queryAs(AuditBookView.class);
        TableView<?> contents = robot.lookup("#auditBookContents").queryAs(TableView.class);
        waitUntil(() -> contents.getItems().size() == 6);
        return view;
    }

    private static void waitLonger(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, condition);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsWhatTheYearsBookHoldsAndWritesItWithAProgressBar(FxRobot robot) throws Exception {
        AuditBookView view = open(robot);
        @SuppressWarnings("unchecked")
        ChoiceBox<FiscalYear> year = robot.lookup("#auditBookYear").queryAs(ChoiceBox.class);
        assertThat(year.getValue()).isEqualTo(new FiscalYear(2026));
        assertThat(robot.lookup("#auditBookSummary").queryAs(Label.class).getText())
                .isEqualTo("台帳は 令和8年11月24日 現在　表示する機密性: 機密性2");
        Path folder = Files.createTempDirectory(tempRoot, "export");

        robot.interact(() -> view.export(folder, ExportProtection.NONE));

        Label status = robot.lookup("#auditBookStatus").queryAs(Label.class);
        // the export checks the whole history first: give it longer than a screen's load on a busy machine
        waitLonger(() -> status.getText().startsWith("出力しました"));
        Path written = folder.resolve("機密性2_監査証跡ブック_令和8年度.xlsx");
        assertThat(status.getText()).contains(written.toAbsolutePath().toString());
        assertThat(robot.lookup("#auditBookProgress").query().isVisible()).isFalse();
        assertThat(robot.lookup("#auditBookExportButton").queryAs(Button.class).isDisabled()).isFalse();
        try (XSSFWorkbook book = new XSSFWorkbook(written.toFile())) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("表紙");
            assertThat(book.getNumberOfSheets()).isEqualTo(8);
        }
    }

    @Test
    void aCancelledExportSaysSoAndLeavesNoFile(FxRobot robot) throws Exception {
        AuditBookView view = open(robot);
        Path folder = Files.createTempDirectory(tempRoot, "cancel");

        robot.interact(() -> {
            view.export(folder, ExportProtection.NONE);
            robot.lookup("#auditBookCancel").queryAs(Button.class).fire();
        });

        Label status = robot.lookup("#auditBookStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().equals("出力を中止しました。ファイルは作成されていません。"));
        waitLonger(() -> {
            try (Stream<Path> left = Files.list(folder)) {
                return left.findAny().isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertThat(robot.lookup("#auditBookExportButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
