package org.daicho.ui.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.Progress;
import org.daicho.testing.TestStores;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen for a damaged store (issue 8) on real files: the message and the kept file, the offer of the newest good
 * backup and the restore it does, and what to do when there is none.
 */
@ExtendWith(ApplicationExtension.class)
class StoreProblemViewTest {

    @TempDir
    Path tempDir;

    private Stage stage;
    private final List<String> restored = new CopyOnWriteArrayList<>();
    private final List<Boolean> quit = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A store (with one backup when {@code backUp}), closed, and its file cut to 8 KiB. */
    private Path damagedStoreWithBackup(boolean backUp) throws Exception {
        Path data = tempDir.resolve("data");
        try (DaichoServices services = UiTestSupport.newStore(data)) {
            if (backUp) {
                assertThat(services.backups().backUpNow(Progress.NONE).file()).isRegularFile();
            }
        }
        try (RandomAccessFile file = new RandomAccessFile(DaichoServices.storeFile(data).toFile(), "rw")) {
            file.setLength(8192);
        }
        assertThat(DaichoServices.damagedStoreFile(data)).contains(DaichoServices.storeFile(data));
        return data;
    }

    private void show(FxRobot robot, Path data) {
        robot.interact(() -> UiTestSupport.show(stage, new StoreProblemView(Messages.japanese(), data,
                DaichoServices.storeFile(data), UiTestSupport.CLOCK, restored::add, () -> quit.add(true)), 900, 700));
    }

    @Test
    void offersTheNewestGoodBackupAndRestoresItKeepingTheDamagedFile(FxRobot robot) throws Exception {
        Path data = damagedStoreWithBackup(true);
        byte[] damaged = Files.readAllBytes(DaichoServices.storeFile(data));
        show(robot, data);

        UiTestSupport.waitUntil(() -> robot.lookup("#restoreNewestButton").queryAs(Button.class).isVisible());
        assertThat(UiTestSupport.text(robot, "#storeProblemTitle")).isEqualTo("台帳のデータファイルが壊れています");
        assertThat(robot.lookup("#damagedFile").queryAs(TextField.class).getText())
                .isEqualTo(DaichoServices.storeFile(data).toAbsolutePath().toString());
        assertThat(UiTestSupport.text(robot, "#storeProblemStatus")).startsWith("最新の正常なバックアップ: ")
                .contains("daicho-backup-");
        assertThat(robot.lookup("#restoreNewestButton").queryAs(Button.class).getText())
                .isEqualTo("最新の正常なバックアップから復元");

        robot.clickOn("#restoreNewestButton");
        UiTestSupport.waitUntil(() -> !restored.isEmpty());

        assertThat(restored.get(0)).startsWith("バックアップ（daicho-backup-").contains("から復元しました");
        assertThat(DaichoServices.damagedStoreFile(data)).as("the store is whole again").isEmpty();
        try (DaichoServices reopened = TestStores.open(data, UiTestSupport.CLOCK)) {
            assertThat(reopened.staff().all()).extracting(s -> s.staffNo()).contains("T0001");
        }
        try (var files = Files.walk(data.resolve("set-aside"))) {
            List<Path> kept = files.filter(p -> p.getFileName().toString().equals("daicho.mv.db")).toList();
            assertThat(kept).as("the damaged file, set aside").hasSize(1);
            assertThat(Files.readAllBytes(kept.get(0))).isEqualTo(damaged);
        }
    }

    @Test
    void withoutABackupSaysWhatToDoAndLeavesTheFileAlone(FxRobot robot) throws Exception {
        Path data = damagedStoreWithBackup(false);
        byte[] damaged = Files.readAllBytes(DaichoServices.storeFile(data));
        show(robot, data);

        UiTestSupport.waitUntil(() -> UiTestSupport.text(robot, "#storeProblemStatus").startsWith("正常なバックアップが"));
        assertThat(UiTestSupport.text(robot, "#storeProblemStatus")).contains("システム管理者に連絡してください");
        assertThat(robot.lookup("#restoreNewestButton").queryAs(Button.class).isVisible()).isFalse();

        robot.clickOn("#storeProblemQuit");
        assertThat(quit).containsExactly(true);
        assertThat(Files.readAllBytes(DaichoServices.storeFile(data))).isEqualTo(damaged);
    }
}
