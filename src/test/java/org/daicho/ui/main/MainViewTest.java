package org.daicho.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.testing.TestStores;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window's header: who is logged in, and changing one's own password from there. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {

    @TempDir
    Path dataDir;

    private DaichoServices services;

    @Start
    void start(Stage stage) {
        services = TestStores.create(dataDir, new OrganisationSetup("試験組合", List.of("総務課"), List.of("担当")),
                UiTestSupport.CLOCK);
        stage.setScene(new Scene(new MainView(services, Messages.japanese()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void theHeaderNamesTheAccountAndItsPasswordCanBeChangedThere(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#loggedInUser").queryAs(Label.class).getText()).isEqualTo("ログイン中: admin");

        robot.clickOn("#changeOwnPasswordButton");
        PasswordField current = robot.lookup("#currentPasswordField").queryAs(PasswordField.class);
        PasswordField next = robot.lookup("#newPasswordField").queryAs(PasswordField.class);
        PasswordField confirm = robot.lookup("#confirmPasswordField").queryAs(PasswordField.class);
        robot.interact(() -> {
            current.setText(TestStores.PASSWORD);
            next.setText("a-changed-password-1");
            confirm.setText("a-changed-password-1");
        });
        robot.clickOn("#changePasswordButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#changePasswordButton").tryQuery().isEmpty());
        services.close();

        services = DaichoServices.login(dataDir, TestStores.ADMIN, "a-changed-password-1".toCharArray(),
                UiTestSupport.CLOCK, KeyDerivation.forTests()).services();
        assertThat(services.accounts().current().userName()).isEqualTo(TestStores.ADMIN);
    }
}
