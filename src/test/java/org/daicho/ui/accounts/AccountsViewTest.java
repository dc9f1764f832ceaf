package org.daicho.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.Account;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.Unlocked;
import org.daicho.testing.TestStores;
import org.daicho.ui.AccountFixtures;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.main.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The accounts screen, as the first administrator of a fresh store. */
@ExtendWith(ApplicationExtension.class)
class AccountsViewTest {

    @TempDir
    Path tempDir;

    private Path dataDir;
    private DaichoServices services;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dataDir = tempDir.resolve("data");
        services = UiTestSupport.newStore(dataDir);
        AccountsView view = new AccountsView(services, Messages.japanese(), UiTestSupport.CLOCK);
        scene = new Scene(view, 1180, 800);
        scene.getStylesheets().add(AccountsView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Account> table(FxRobot robot) {
        return robot.lookup("#accountsTable").queryAs(TableView.class);
    }

    private static String cell(TableView<Account> table, String user, String column) {
        Account account = table.getItems().stream().filter(a -> a.userName().equals(user)).findFirst().orElseThrow();
        return (String) table.getColumns().stream().filter(c -> c.getId().equals("column-" + column)).findFirst()
                .orElseThrow().getCellObservableValue(account).getValue();
    }

    private static List<String> users(TableView<Account> table) {
        return table.getItems().stream().map(Account::userName).toList();
    }

    @SuppressWarnings("unchecked")
    private void fillNewAccount(FxRobot robot, String user, String password, String confirm) {
        ComboBox<Staff> staff = robot.lookup("#newStaffBox").queryAs(ComboBox.class);
        robot.interact(() -> {
            robot.lookup("#newUserField").queryAs(TextField.class).setText(user);
            staff.setValue(staff.getItems().stream().filter(s -> s.staffNo().equals("T0001")).findFirst().orElseThrow());
            robot.lookup("#newPasswordField").queryAs(PasswordField.class).setText(password);
            robot.lookup("#newConfirmField").queryAs(PasswordField.class).setText(confirm);
        });
    }

    @Test
    void listsTheFirstAdministratorWithStaffRolesAndState(FxRobot robot) {
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> !table.getItems().isEmpty());

        assertThat(users(table)).containsExactly(TestStores.ADMIN);
        assertThat(cell(table, TestStores.ADMIN, "STAFF")).isEqualTo("試験 管理者");
        assertThat(cell(table, TestStores.ADMIN, "ROLES")).isEqualTo("事務担当・システム管理者");
        assertThat(cell(table, TestStores.ADMIN, "STATE")).isEqualTo("有効");
        assertThat(cell(table, TestStores.ADMIN, "CREATED")).isEqualTo("令和8年11月24日");
    }

    @Test
    void aNewAccountIsListedWithItsTemporaryPassword(FxRobot robot) {
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> !table.getItems().isEmpty());

        fillNewAccount(robot, "shiken.t", "temporary-pass-02", "temporary-pass-02");
        robot.clickOn("#newRole_SECURITY_MANAGER");
        robot.clickOn("#createAccountButton");

        UiTestSupport.waitUntil(() -> users(table).contains("shiken.t"));
        assertThat(cell(table, "shiken.t", "STATE")).isEqualTo("仮パスワード");
        assertThat(cell(table, "shiken.t", "STAFF")).isEqualTo("試験 太郎");
        assertThat(cell(table, "shiken.t", "ROLES")).isEqualTo("事務担当・情報セキュリティ管理者");
        UiTestSupport.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().userName()).isEqualTo("shiken.t");
        assertThat(robot.lookup("#accountsStatus").queryAs(Label.class).getText()).startsWith("アカウント「shiken.t」を作成しました。");
        assertThat(robot.lookup("#newUserField").queryAs(TextField.class).getText()).as("the form is emptied").isEmpty();
        Account stored = services.accounts().all().stream().filter(a -> a.userName().equals("shiken.t")).findFirst()
                .orElseThrow();
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(stored.roles()).containsExactlyInAnyOrder(Role.CLERK, Role.SECURITY_MANAGER);
    }

    @Test
    void aShortTemporaryPasswordAndATakenNameAreNamedBesideTheirFields(FxRobot robot) {
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> !table.getItems().isEmpty());

        fillNewAccount(robot, "shiken.t", "short", "short");
        robot.clickOn("#createAccountButton");
        assertThat(robot.lookup("#newPasswordFieldError").queryAs(Label.class).getText())
                .isEqualTo("仮パスワードは12文字以上にしてください。");

        fillNewAccount(robot, TestStores.ADMIN, "temporary-pass-02", "temporary-pass-02");
        robot.clickOn("#createAccountButton");
        Label userError = robot.lookup("#newUserFieldError").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> !userError.getText().isEmpty());
        assertThat(userError.getText()).isEqualTo("ユーザー名「admin」は既に使われています。");
        assertThat(services.accounts().all()).hasSize(1);
    }

    @Test
    void anAccountIsRemovedWithAReasonAndStaysListed(FxRobot robot) {
        robot.interact(() -> AccountFixtures.addClerk(services));
        robot.interact(() -> ((AccountsView) scene.getRoot()).refresh());
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> users(table).contains(AccountFixtures.CLERK));

        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.userName().equals(AccountFixtures.CLERK)).findFirst().orElseThrow()));
        robot.clickOn("#removeAccountButton");
        robot.interact(() -> robot.lookup("#removeReasonField").queryAs(TextArea.class).setText("退職"));
        robot.clickOn("#removeAccountOk");

        UiTestSupport.waitUntil(() -> cell(table, AccountFixtures.CLERK, "STATE").equals("削除済"));
        Account removed = services.accounts().all().stream()
                .filter(a -> a.userName().equals(AccountFixtures.CLERK)).findFirst().orElseThrow();
        assertThat(removed.removedReason()).isEqualTo("退職");
        assertThat(robot.lookup("#removeAccountButton").query().isDisabled()).as("a removed account is not changed").isTrue();
    }

    @Test
    void aNewTemporaryPasswordIsAskedTwiceCheckedAndWorks(FxRobot robot) {
        robot.interact(() -> AccountFixtures.addClerk(services));
        robot.interact(() -> ((AccountsView) scene.getRoot()).refresh());
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> users(table).contains(AccountFixtures.CLERK));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.userName().equals(AccountFixtures.CLERK)).findFirst().orElseThrow()));

        robot.clickOn("#resetPasswordButton");
        robot.interact(() -> {
            robot.lookup("#resetPasswordField").queryAs(PasswordField.class).setText("short");
            robot.lookup("#resetConfirmField").queryAs(PasswordField.class).setText("short");
        });
        robot.clickOn("#resetPasswordOk");
        assertThat(robot.lookup("#resetPasswordError").queryAs(Label.class).getText())
                .isEqualTo("仮パスワードは12文字以上にしてください。");

        robot.interact(() -> {
            robot.lookup("#resetPasswordField").queryAs(PasswordField.class).setText("another-temp-pass-03");
            robot.lookup("#resetConfirmField").queryAs(PasswordField.class).setText("another-temp-pass-03");
        });
        robot.clickOn("#resetPasswordOk");
        Label status = robot.lookup("#accountsStatus").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> status.getText().startsWith("「shiken.h」に仮パスワードを発行しました。"));

        services.close();
        Unlocked clerk = AccountFixtures.logInAsClerk(dataDir, "another-temp-pass-03");
        services = clerk.services();
        assertThat(clerk.mustChangePassword()).isTrue();
    }

    @Test
    void aRemovalNeedsAReason(FxRobot robot) {
        robot.interact(() -> AccountFixtures.addClerk(services));
        robot.interact(() -> ((AccountsView) scene.getRoot()).refresh());
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> users(table).contains(AccountFixtures.CLERK));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(a -> a.userName().equals(AccountFixtures.CLERK)).findFirst().orElseThrow()));

        robot.clickOn("#removeAccountButton");
        robot.clickOn("#removeAccountOk");
        assertThat(robot.lookup("#removeReasonError").queryAs(Label.class).getText()).isEqualTo("削除の理由を入力してください。");
        robot.interact(() -> robot.lookup("#removeReasonField").queryAs(TextArea.class).getScene().getWindow().hide());
        assertThat(services.accounts().all().stream().allMatch(Account::isActive)).isTrue();
    }

    @Test
    void theAdministratorCannotRemoveTheirOwnAccount(FxRobot robot) {
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#removeAccountButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#resetPasswordButton").query().isDisabled()).isFalse();
    }

    @Test
    void theLoginSettingsAreSaved(FxRobot robot) {
        TableView<Account> table = table(robot);
        UiTestSupport.waitUntil(() -> !table.getItems().isEmpty());
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> idle = robot.lookup("#idleMinutesSpinner")
                .queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> idle.getValueFactory().setValue(5));
        robot.clickOn("#savePolicyButton");

        Label status = robot.lookup("#accountsStatus").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> status.getText().equals("ログインの設定を保存しました。"));
        assertThat(services.accounts().loginPolicy().idleMinutes()).isEqualTo(5);
        assertThat(DaichoServices.loginPolicy(dataDir).idleMinutes()).isEqualTo(5);
    }

    @Test
    void onlyAnAdministratorSeesTheAccountsButton(FxRobot robot) {
        robot.interact(() -> scene.setRoot(new MainView(services, Messages.japanese())));
        Node adminButton = robot.lookup("#navAccounts").query();
        assertThat(adminButton.isVisible()).isTrue();
        Label adminTotals = robot.lookup("#homeTotals").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> !adminTotals.getText().isEmpty());

        // a clerk of another store (this one stays open as the administrator)
        Path otherDir = tempDir.resolve("other");
        try (DaichoServices admin = UiTestSupport.newStore(otherDir)) {
            AccountFixtures.addClerk(admin);
        }
        Unlocked clerk = AccountFixtures.logInAsClerk(otherDir, AccountFixtures.TEMPORARY);
        try {
            robot.interact(() -> scene.setRoot(new MainView(clerk.services(), Messages.japanese())));
            Node clerkButton = robot.lookup("#navAccounts").query();
            assertThat(clerkButton.isVisible()).isFalse();
            assertThat(clerkButton.isManaged()).isFalse();
            assertThat(robot.lookup("#navAssets").query().isVisible()).isTrue();
            // the home screen loads in the background: let it finish before the store closes
            Label totals = robot.lookup("#homeTotals").queryAs(Label.class);
            UiTestSupport.waitUntil(() -> !totals.getText().isEmpty());
            robot.interact(() -> scene.setRoot(new Label()));
        } finally {
            clerk.services().close();
        }
    }
}
