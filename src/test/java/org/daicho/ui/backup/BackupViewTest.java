package org.daicho.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.i18n.Messages;
import org.daicho.service.BackupInfo;
import org.daicho.service.BackupSettings;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 設定 › バックアップ on a real store: back up now, the list, the settings, and restore only after asking. */
@ExtendWith(ApplicationExtension.class)
class BackupViewTest {

    @TempDir
    Path tempDir;

    private DaichoServices services;
    private final List<Path> restoreRequests = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        services = UiTestSupport.newStore(tempDir.resolve("data"));
        BackupView view = new BackupView(services, Messages.japanese(), restoreRequests::add);
        UiTestSupport.show(stage, view, 1100, 760);
        view.refresh();
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
    }

    @SuppressWarnings("unchecked")
    private static TableView<BackupInfo> table(FxRobot robot) {
        return robot.lookup("#backupTable").queryAs(TableView.class);
    }

    private void backUpNow(FxRobot robot, int expectedRows) {
        robot.clickOn("#backupNowButton");
        UiTestSupport.waitUntil(() -> table(robot).getItems().size() == expectedRows
                && !robot.lookup("#backupNowButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void backUpNowAddsACheckedBackupToTheList(FxRobot robot) {
        UiTestSupport.waitUntil(() -> "30".equals(robot.lookup("#backupGenerationsField").queryAs(TextField.class).getText()));
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(UiTestSupport.text(robot, "#backupFolderLabel")).isEqualTo("指定なし（このパソコンのデータフォルダにだけ保存します）");

        backUpNow(robot, 1);

        BackupInfo made = table(robot).getItems().get(0);
        assertThat(made.good()).isTrue();
        assertThat(made.file()).isRegularFile();
        assertThat(UiTestSupport.text(robot, "#backupStatus")).startsWith("バックアップを作成し、中身を確認しました: "
                + made.file().getFileName());
        assertThat(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(cell -> String.valueOf(cell.getText())).contains("正常");
    }

    @Test
    void restoreAsksFirstAndSaysTheCurrentStoreIsSetAside(FxRobot robot) {
        backUpNow(robot, 1);
        Button restore = robot.lookup("#backupRestoreButton").queryAs(Button.class);
        assertThat(restore.isDisabled()).isTrue(); // nothing chosen yet

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#backupRestoreButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#backupRestoreConfirmText").tryQuery().isPresent());
        assertThat(UiTestSupport.text(robot, "#backupRestoreConfirmText"))
                .contains("今の台帳のデータは削除せず、データフォルダの「set-aside」フォルダに移して残します。")
                .contains("ログイン画面に戻ります").contains("パスワードはバックアップを作成した時点のものに戻ります");
        robot.clickOn("#backupRestoreCancelButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#backupRestoreConfirmText").tryQuery().isEmpty());
        assertThat(restoreRequests).isEmpty();

        robot.clickOn("#backupRestoreButton");
        UiTestSupport.waitUntil(() -> robot.lookup("#backupRestoreConfirmButton").tryQuery().isPresent());
        robot.clickOn("#backupRestoreConfirmButton");

        UiTestSupport.waitUntil(() -> restoreRequests.size() == 1);
        assertThat(restoreRequests).containsExactly(table(robot).getItems().get(0).file());
    }

    @Test
    void aChosenFolderThatIsGoneIsNamedBesideTheField(FxRobot robot) throws Exception {
        UiTestSupport.waitUntil(() -> "30".equals(robot.lookup("#backupGenerationsField").queryAs(TextField.class).getText()));
        Path usb = tempDir.resolve("usb");
        BackupViewModel model = robot.lookup("#backupView").queryAs(BackupView.class).model();

        robot.interact(() -> {
            model.folder().set(usb);
            model.generations().set("10");
        });
        robot.clickOn("#backupSaveSettingsButton");
        UiTestSupport.waitUntil(() -> !model.folderError().get().isEmpty());
        assertThat(model.folderError().get()).startsWith("保存先フォルダ「" + usb + "」が見つかりません。");
        assertThat(BackupSettings.load(tempDir.resolve("data"))).isEqualTo(BackupSettings.DEFAULT);

        Files.createDirectories(usb);
        robot.clickOn("#backupSaveSettingsButton");
        UiTestSupport.waitUntil(() -> "バックアップの設定を保存しました。".equals(UiTestSupport.text(robot, "#backupSettingsStatus")));
        assertThat(BackupSettings.load(tempDir.resolve("data"))).isEqualTo(new BackupSettings(usb.toAbsolutePath(), 10));

        backUpNow(robot, 2);
        assertThat(table(robot).getItems()).allMatch(BackupInfo::good);
        assertThat(UiTestSupport.text(robot, "#backupStatus")).contains("保存先フォルダにも保存しました: " + usb.toAbsolutePath());
    }
}
