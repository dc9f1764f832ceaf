package org.daicho.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.daicho.i18n.Messages;
import org.daicho.service.ExportProtection;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The question before every export: encrypt with a password (pre-selected for 機密性2+), or not, or cancel. */
@ExtendWith(ApplicationExtension.class)
class ExportProtectionChoiceTest {

    private Stage owner;
    /** Null while the dialog is open; the answer once it closed. */
    private final AtomicReference<Optional<ExportProtection>> answer = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        owner = stage;
        UiTestSupport.show(stage, new StackPane(), 800, 600);
    }

    @AfterEach
    void closeWindows() throws Exception {
        // closing a dialog left open returns its showAndWait
        FxToolkit.cleanupStages();
    }

    /** Opens the dialog as an export does: from the FX thread, which waits in it for the answer. */
    private void ask(boolean preselect) {
        Platform.runLater(() -> answer.set(ExportProtectionChoice.ask(owner, Messages.japanese(), preselect, "機密性2")));
        WaitForAsyncUtils.waitForFxEvents();
        UiTestSupport.waitUntil(() -> !new FxRobot().lookup("#exportProtectOk").queryAll().isEmpty());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup("#" + id).query().isVisible();
    }

    @Test
    void anExportOfConfidentialityTwoStartsWithEncryptionTickedAndSaysWhy(FxRobot robot) {
        ask(true);

        assertThat(robot.lookup("#exportProtectEncrypt").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(text(robot, "exportProtectReason"))
                .isEqualTo("この出力には機密性2の情報が含まれます。庁外へ持ち出す場合は暗号化が必要です（2.3(2)⑦⑨）。");
        assertThat(shown(robot, "exportProtectPasswords")).isTrue();
        assertThat(shown(robot, "exportProtectWarning")).isFalse();
    }

    @Test
    void aMistypedConfirmationIsNamedAndTheDialogStaysOpen(FxRobot robot) {
        ask(true);

        robot.clickOn("#exportProtectPassword").write("kanri-2026");
        robot.clickOn("#exportProtectConfirm").write("kanri-2027");
        robot.clickOn("#exportProtectOk");

        assertThat(text(robot, "exportProtectConfirmError")).isEqualTo("パスワード（確認）が一致しません。");
        assertThat(answer.get()).as("the dialog is still open").isNull();
        assertThat(robot.lookup("#exportProtectPassword").queryAs(PasswordField.class).getText())
                .as("a typed password is not kept in the field").isEmpty();
    }

    @Test
    void aShortPasswordIsRefusedBesideItsField(FxRobot robot) {
        ask(true);

        robot.clickOn("#exportProtectPassword").write("short");
        robot.clickOn("#exportProtectConfirm").write("short");
        robot.clickOn("#exportProtectOk");

        assertThat(text(robot, "exportProtectPasswordError")).isEqualTo("パスワードは8文字以上にしてください。");
        assertThat(answer.get()).isNull();
    }

    @Test
    void matchingPasswordsGiveAnEncryptedExport(FxRobot robot) {
        ask(true);
        PasswordField confirm = robot.lookup("#exportProtectConfirm").queryAs(PasswordField.class);

        robot.clickOn("#exportProtectPassword").write("kanri-2026");
        robot.clickOn(confirm).write("kanri-2026");
        robot.clickOn("#exportProtectOk");

        UiTestSupport.waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).hasValueSatisfying(protection -> assertThat(protection.encrypted()).isTrue());
        assertThat(confirm.getText()).as("a typed password is not kept in the field").isEmpty();
    }

    @Test
    void uncheckingThePreselectionWarnsAndAsksNoPassword(FxRobot robot) {
        ask(true);

        robot.clickOn("#exportProtectEncrypt");

        assertThat(shown(robot, "exportProtectWarning")).isTrue();
        assertThat(text(robot, "exportProtectWarning")).contains("暗号化せずに出力します");
        assertThat(shown(robot, "exportProtectPasswords")).isFalse();
        robot.clickOn("#exportProtectOk");
        UiTestSupport.waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).hasValueSatisfying(protection -> assertThat(protection.encrypted()).isFalse());
    }

    @Test
    void publicDataStartsUnencryptedWithoutAWarning(FxRobot robot) {
        ask(false);

        assertThat(robot.lookup("#exportProtectEncrypt").queryAs(CheckBox.class).isSelected()).isFalse();
        assertThat(shown(robot, "exportProtectWarning")).isFalse();
        robot.clickOn("#exportProtectOk");
        UiTestSupport.waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).contains(ExportProtection.NONE);
    }

    @Test
    void cancelStopsTheExport(FxRobot robot) {
        ask(true);

        robot.clickOn("#exportProtectCancel");

        UiTestSupport.waitUntil(() -> answer.get() != null);
        assertThat(answer.get()).isEmpty();
    }

    @Test
    void theViewModelWipesThePasswordItWasGiven() {
        ExportProtectionChoiceViewModel model = new ExportProtectionChoiceViewModel(Messages.japanese(), true);
        char[] typed = "kanri-2026".toCharArray();
        char[] again = "kanri-2026".toCharArray();

        assertThat(model.choose(typed, again)).hasValueSatisfying(p -> assertThat(p.encrypted()).isTrue());
        assertThat(new String(typed)).isEqualTo("\0".repeat(10));
        assertThat(new String(again)).isEqualTo("\0".repeat(10));
    }
}
