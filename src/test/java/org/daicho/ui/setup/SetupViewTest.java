package org.daicho.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.daicho.service.FirstAdministrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-start questions. */
@ExtendWith(ApplicationExtension.class)
class SetupViewTest {

    private final AtomicReference<OrganisationSetup> created = new AtomicReference<>();
    private final AtomicReference<FirstAdministrator> administrator = new AtomicReference<>();
    private javafx.scene.control.ScrollPane scroll;
    private final AtomicBoolean demoAsked = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        SetupView view = new SetupView(Messages.japanese(), Path.of("/tmp/daicho-test"),
                (folder, answers, admin) -> {
                    created.set(answers);
                    administrator.set(admin);
                }, () -> demoAsked.set(true));
        // the form is taller than the window, as in the app: it scrolls
        scroll = new javafx.scene.control.ScrollPane(view);
        stage.setScene(new Scene(scroll, 1000, 760));
        stage.show();
    }

    @Test
    void missingAnswersAreNamedAndNothingIsCreated(FxRobot robot) {
        clickAtTheBottom(robot, "#startButton");
        assertThat(robot.lookup("#organisationFieldError").queryAs(Label.class).getText()).isEqualTo("団体名を入力してください。");
        assertThat(robot.lookup("#sectionsFieldError").queryAs(Label.class).getText()).isEqualTo("所属（部署）を入力してください。");
        assertThat(created.get()).isNull();
    }

    @Test
    void completeAnswersCreateTheStoreWithSectionsOneALine(FxRobot robot) {
        TextField organisation = robot.lookup("#organisationField").queryAs(TextField.class);
        TextArea sections = robot.lookup("#sectionsField").queryAs(TextArea.class);
        robot.interact(() -> {
            organisation.setText("試験町衛生組合");
            sections.setText("総務課\n業務課\n\n施設課");
        });
        fillAdministrator(robot, "Ａ０００１", "試験 一郎", "しけん いちろう", "shiken.i", "first-admin-pass", "first-admin-pass");
        clickAtTheBottom(robot, "#startButton");
        assertThat(created.get().organisationName()).isEqualTo("試験町衛生組合");
        assertThat(created.get().sectionNames()).containsExactly("総務課", "業務課", "施設課");
        assertThat(created.get().approvalTitles()).containsExactly("担当", "係長", "課長", "事務局長");
        FirstAdministrator admin = administrator.get();
        assertThat(admin.staffNo()).as("full-width digits are taken as half-width").isEqualTo("A0001");
        assertThat(admin.name()).isEqualTo("試験 一郎");
        assertThat(admin.kana()).isEqualTo("しけん いちろう");
        assertThat(admin.userName()).isEqualTo("shiken.i");
        assertThat(new String(admin.password())).isEqualTo("first-admin-pass");
        assertThat(robot.lookup("#adminPasswordField").queryAs(PasswordField.class).getText())
                .as("the password leaves the field once handed over").isEmpty();
    }

    @Test
    void theFirstAdministratorIsAskedForAndChecked(FxRobot robot) {
        TextField organisation = robot.lookup("#organisationField").queryAs(TextField.class);
        TextArea sections = robot.lookup("#sectionsField").queryAs(TextArea.class);
        robot.interact(() -> {
            organisation.setText("試験町衛生組合");
            sections.setText("総務課");
        });
        clickAtTheBottom(robot, "#startButton");
        assertThat(message(robot, "adminStaffNoField")).isEqualTo("職員番号を入力してください。");
        assertThat(message(robot, "adminNameField")).isEqualTo("氏名を入力してください。");
        assertThat(message(robot, "adminUserField")).isEqualTo("ユーザー名を入力してください。");
        assertThat(message(robot, "adminPasswordField")).isEqualTo("パスワードを入力してください。");
        assertThat(created.get()).isNull();

        fillAdministrator(robot, "A0001", "試験 一郎", "シケン イチロウ", "Shiken", "shiken-password", "shiken-passwort");
        clickAtTheBottom(robot, "#startButton");
        assertThat(message(robot, "adminKanaField")).isEqualTo("ふりがなはひらがなで入力してください。");
        assertThat(message(robot, "adminUserField")).startsWith("ユーザー名は半角の英小文字");
        assertThat(message(robot, "adminConfirmField")).isEqualTo("パスワード（確認）が新しいパスワードと一致しません。");
        assertThat(created.get()).isNull();

        fillAdministrator(robot, "A0001", "試験 一郎", "しけん いちろう", "shiken", "short", "short");
        clickAtTheBottom(robot, "#startButton");
        assertThat(message(robot, "adminPasswordField")).isEqualTo("パスワードは12文字以上にしてください。");
        assertThat(message(robot, "adminKanaField")).isEmpty();
        assertThat(created.get()).isNull();

        fillAdministrator(robot, "A0001", "試験 一郎", "しけん いちろう", "shiken", "shiken-password", "shiken-password");
        clickAtTheBottom(robot, "#startButton");
        assertThat(message(robot, "adminPasswordField")).isEqualTo("パスワードにユーザー名を含めることはできません。");
        assertThat(created.get()).isNull();
    }

    private void clickAtTheBottom(FxRobot robot, String query) {
        robot.interact(() -> {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
        });
        robot.clickOn(query);
    }

    private static String message(FxRobot robot, String id) {
        return robot.lookup("#" + id + "Error").queryAs(Label.class).getText();
    }

    private static void fillAdministrator(FxRobot robot, String staffNo, String name, String kana, String user,
            String password, String confirm) {
        robot.interact(() -> {
            robot.lookup("#adminStaffNoField").queryAs(TextField.class).setText(staffNo);
            robot.lookup("#adminNameField").queryAs(TextField.class).setText(name);
            robot.lookup("#adminKanaField").queryAs(TextField.class).setText(kana);
            robot.lookup("#adminUserField").queryAs(TextField.class).setText(user);
            robot.lookup("#adminPasswordField").queryAs(PasswordField.class).setText(password);
            robot.lookup("#adminConfirmField").queryAs(PasswordField.class).setText(confirm);
        });
    }

    @Test
    void theDemoButtonAsksForTheDemo(FxRobot robot) {
        clickAtTheBottom(robot, "#demoButton");
        assertThat(demoAsked).isTrue();
    }
}
