package org.daicho.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.service.NewStore;
import org.daicho.service.Unlocked;
import org.daicho.testing.TestStores;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The login screen against a real encrypted store (fast key derivation). */
@ExtendWith(ApplicationExtension.class)
class LoginViewTest {

    private static final String WRONG = "wrong-password-0000";

    @TempDir
    Path tempDir;

    private Path dataDir;
    private String recoveryKey;
    private final AtomicReference<Unlocked> unlocked = new AtomicReference<>();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dataDir = tempDir.resolve("data");
        NewStore made = DaichoServices.create(dataDir, new OrganisationSetup("試験町衛生組合", List.of("総務課"),
                List.of("担当", "課長")), TestStores.admin(), UiTestSupport.CLOCK, KeyDerivation.forTests());
        recoveryKey = made.recoveryKey();
        made.services().close();

        scene = new Scene(new LoginView(Messages.japanese(), dataDir, false, UiTestSupport.CLOCK, unlocked::set), 900, 700);
        scene.getStylesheets().add(LoginView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeStore() {
        if (unlocked.get() != null) {
            unlocked.get().services().close();
        }
    }

    private void logIn(FxRobot robot, String user, String password) {
        TextField userField = robot.lookup("#loginUserField").queryAs(TextField.class);
        PasswordField passwordField = robot.lookup("#loginPasswordField").queryAs(PasswordField.class);
        Label error = error(robot);
        robot.interact(() -> {
            userField.setText(user);
            passwordField.setText(password);
        });
        robot.clickOn("#loginButton");
        // every attempt ends with a message or a login; a repeated message is waited for through the busy flag
        UiTestSupport.waitUntil(() -> unlocked.get() != null
                || (!robot.lookup("#loginButton").query().isDisabled() && !error.getText().isEmpty()));
    }

    private static Label error(FxRobot robot) {
        return robot.lookup("#loginError").queryAs(Label.class);
    }

    @Test
    void wrongPasswordSaysSoAndOpensNothing(FxRobot robot) {
        logIn(robot, TestStores.ADMIN, WRONG);

        assertThat(error(robot).getText()).isEqualTo("ユーザー名またはパスワードが違います。");
        assertThat(error(robot).isVisible()).isTrue();
        assertThat(unlocked.get()).isNull();
        assertThat(robot.lookup("#loginPasswordField").queryAs(PasswordField.class).getText())
                .as("the typed password is not kept in the field").isEmpty();
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword(FxRobot robot) {
        logIn(robot, "nobody", WRONG);

        assertThat(error(robot).getText()).isEqualTo("ユーザー名またはパスワードが違います。");
        assertThat(unlocked.get()).isNull();
    }

    @Test
    void theFifthWrongPasswordLocksTheAccountUntilAGivenTime(FxRobot robot) {
        for (int attempt = 1; attempt <= 4; attempt++) {
            logIn(robot, TestStores.ADMIN, WRONG);
            assertThat(error(robot).getText()).as("attempt " + attempt).isEqualTo("ユーザー名またはパスワードが違います。");
        }
        logIn(robot, TestStores.ADMIN, WRONG);
        // 10:00 in Tokyo + 15 minutes (the default policy)
        assertThat(error(robot).getText()).isEqualTo("続けて間違えたため、10:15 までこのアカウントはロックされています。");

        logIn(robot, TestStores.ADMIN, TestStores.PASSWORD);
        assertThat(unlocked.get()).as("even the right password waits for the lock to end").isNull();
        assertThat(error(robot).getText()).contains("ロックされています");
    }

    @Test
    void theRightPasswordHandsOverTheOpenStore(FxRobot robot) {
        logIn(robot, TestStores.ADMIN, TestStores.PASSWORD);

        assertThat(unlocked.get()).isNotNull();
        assertThat(unlocked.get().account().userName()).isEqualTo(TestStores.ADMIN);
        assertThat(unlocked.get().mustChangePassword()).isFalse();
        assertThat(unlocked.get().services().settings().settings().organisationName()).isEqualTo("試験町衛生組合");
        assertThat(error(robot).getText()).isEmpty();
    }

    @Test
    void emptyFieldsAreNamedWithoutTryingTheStore(FxRobot robot) {
        robot.clickOn("#loginButton");
        assertThat(error(robot).getText()).isEqualTo("ユーザー名とパスワードを入力してください。");
    }

    @Test
    void theDemoLoginShowsItsAccountsAndPassword(FxRobot robot) {
        robot.interact(() -> scene.setRoot(new LoginView(Messages.japanese(), dataDir, true, UiTestSupport.CLOCK,
                unlocked::set)));
        String hint = robot.lookup("#demoAccountsHint").queryAs(Label.class).getText();
        assertThat(hint).isEqualTo("デモ用アカウント: admin（システム管理者） / kanri（情報セキュリティ管理者） / tanto（事務担当）"
                + "\nパスワード: " + DaichoServices.DEMO_PASSWORD);
    }

    @Test
    void aNormalLoginShowsNoDemoHint(FxRobot robot) {
        assertThat(robot.lookup("#demoAccountsHint").tryQuery()).isEmpty();
    }

    @Test
    void aWrongRecoveryKeyIsRefused(FxRobot robot) {
        robot.clickOn("#recoverLink");
        fillRecovery(robot, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH", "recovered-password-01");
        robot.clickOn("#recoverButton");

        Label error = robot.lookup("#recoveryError").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).startsWith("回復キーが違います。");
        assertThat(unlocked.get()).isNull();
    }

    @Test
    void aShortNewPasswordIsNamedBesideItsField(FxRobot robot) {
        robot.clickOn("#recoverLink");
        fillRecovery(robot, recoveryKey, "short");
        robot.clickOn("#recoverButton");

        assertThat(robot.lookup("#recoveryPasswordFieldError").queryAs(Label.class).getText())
                .isEqualTo("新しいパスワードは12文字以上にしてください。");
        assertThat(unlocked.get()).isNull();
    }

    @Test
    void theRecoveryKeyOpensTheStoreWithANewAdministratorPassword(FxRobot robot) {
        robot.clickOn("#recoverLink");
        // typed in lower case and without hyphens, as people copy from paper
        fillRecovery(robot, recoveryKey.toLowerCase(java.util.Locale.ROOT).replace("-", " "), "recovered-password-01");
        robot.clickOn("#recoverButton");

        UiTestSupport.waitUntil(() -> unlocked.get() != null);
        assertThat(unlocked.get().account().userName()).isEqualTo(TestStores.ADMIN);
        unlocked.get().services().close();
        unlocked.set(null);
        Unlocked again = DaichoServices.login(dataDir, TestStores.ADMIN, "recovered-password-01".toCharArray(),
                UiTestSupport.CLOCK, KeyDerivation.forTests());
        again.services().close();
    }

    @Test
    void backFromTheRecoveryFormShowsTheLoginAgain(FxRobot robot) {
        robot.clickOn("#recoverLink");
        assertThat(robot.lookup("#recoveryKeyField").tryQuery()).isPresent();
        robot.clickOn("#recoveryBackButton");
        assertThat(robot.lookup("#recoveryKeyField").tryQuery()).isEmpty();
        assertThat(robot.lookup("#loginUserField").tryQuery()).isPresent();
    }

    private static void fillRecovery(FxRobot robot, String key, String password) {
        robot.interact(() -> {
            robot.lookup("#recoveryKeyField").queryAs(TextField.class).setText(key);
            robot.lookup("#recoveryUserField").queryAs(TextField.class).setText(TestStores.ADMIN);
            robot.lookup("#recoveryPasswordField").queryAs(PasswordField.class).setText(password);
            robot.lookup("#recoveryConfirmField").queryAs(PasswordField.class).setText(password);
        });
    }
}
