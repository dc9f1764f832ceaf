package org.daicho.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.Unlocked;
import org.daicho.ui.AccountFixtures;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first login of an account with a temporary password: the password is changed before anything else. */
@ExtendWith(ApplicationExtension.class)
class ChangePasswordViewTest {

    private static final String NEW_PASSWORD = "hanako-own-pass-2026";

    @TempDir
    Path tempDir;

    private Path dataDir;
    private DaichoServices services;
    private final AtomicBoolean changed = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dataDir = tempDir.resolve("data");
        try (DaichoServices admin = UiTestSupport.newStore(dataDir)) {
            AccountFixtures.addClerk(admin);
        }
        Unlocked clerk = AccountFixtures.logInAsClerk(dataDir, AccountFixtures.TEMPORARY);
        assertThat(clerk.mustChangePassword()).isTrue();
        services = clerk.services();

        ChangePasswordView view = new ChangePasswordView(services.accounts(), Messages.japanese(), AccountFixtures.CLERK,
                () -> changed.set(true), null);
        Scene scene = new Scene(LoginView.centred(view, 600), 900, 700);
        scene.getStylesheets().add(LoginView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    private static void fill(FxRobot robot, String current, String next, String confirm) {
        robot.interact(() -> {
            robot.lookup("#currentPasswordField").queryAs(PasswordField.class).setText(current);
            robot.lookup("#newPasswordField").queryAs(PasswordField.class).setText(next);
            robot.lookup("#confirmPasswordField").queryAs(PasswordField.class).setText(confirm);
        });
    }

    private static String message(FxRobot robot, String id) {
        return robot.lookup("#" + id + "Error").queryAs(Label.class).getText();
    }

    @Test
    void aTooShortPasswordIsNamedBesideTheNewPasswordField(FxRobot robot) {
        fill(robot, AccountFixtures.TEMPORARY, "short-pw", "short-pw");
        robot.clickOn("#changePasswordButton");

        assertThat(message(robot, "newPasswordField")).isEqualTo("新しいパスワードは12文字以上にしてください。");
        assertThat(message(robot, "confirmPasswordField")).isEmpty();
        assertThat(message(robot, "currentPasswordField")).isEmpty();
        assertThat(changed).isFalse();
    }

    @Test
    void aMismatchIsNamedBesideTheConfirmation(FxRobot robot) {
        fill(robot, AccountFixtures.TEMPORARY, NEW_PASSWORD, NEW_PASSWORD + "x");
        robot.clickOn("#changePasswordButton");

        assertThat(message(robot, "confirmPasswordField")).isEqualTo("パスワード（確認）が新しいパスワードと一致しません。");
        assertThat(message(robot, "newPasswordField")).isEmpty();
        assertThat(changed).isFalse();
        assertThat(robot.lookup("#newPasswordField").queryAs(PasswordField.class).getText())
                .as("passwords are not kept in the fields").isEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsNamedBesideItsField(FxRobot robot) {
        fill(robot, "not-the-temporary-one", NEW_PASSWORD, NEW_PASSWORD);
        robot.clickOn("#changePasswordButton");

        Label current = robot.lookup("#currentPasswordFieldError").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> !current.getText().isEmpty());
        assertThat(current.getText()).isEqualTo("今のパスワードが違います。");
        assertThat(changed).isFalse();
    }

    @Test
    void theNewPasswordIsSavedAndTheTemporaryOneNoLongerWorks(FxRobot robot) {
        fill(robot, AccountFixtures.TEMPORARY, NEW_PASSWORD, NEW_PASSWORD);
        robot.clickOn("#changePasswordButton");

        UiTestSupport.waitUntil(changed::get);
        services.close();
        Unlocked again = AccountFixtures.logInAsClerk(dataDir, NEW_PASSWORD);
        services = again.services();
        assertThat(again.mustChangePassword()).isFalse();
        assertThat(again.record().previousLogin()).as("the first login was recorded").isNotNull();
    }
}
