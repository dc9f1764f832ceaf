package org.daicho.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.testing.TestStores;
import org.daicho.testing.MutableClock;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.main.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The idle lock: time is moved on a clock instead of waited for. */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {

    private static final Duration LIMIT = Duration.ofMinutes(15);

    @TempDir
    Path tempDir;

    private final MutableClock clock = new MutableClock(UiTestSupport.CLOCK.instant(), UiTestSupport.CLOCK.getZone());
    private DaichoServices services;
    private Scene scene;
    private Stage stage;
    private IdleLock lock;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = UiTestSupport.newStore(tempDir.resolve("data"));
        Staff manager = services.staff().all().stream().filter(s -> s.staffNo().equals("T0001")).findFirst()
                .orElseThrow();
        services.ledger().save(null, new AssetDraft()
                .assetNo("PC-0001").businessCategory("総務事務").name("試験用端末").kind(AssetKind.TERMINAL)
                .medium("内蔵SSD").networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-100")
                .serialNo("SN-0001").sectionId(manager.sectionId()).managerStaffId(manager.id())
                .users("試験 花子").confidentiality(2).integrity(1).availability(1)
                .personalInfo(PersonalInfoKind.PERSONAL).storagePlace("事務室 施錠書庫A").lockedStorage(true)
                .encrypted(true).acquiredOn("2026/4/1").ownership(Ownership.PURCHASED).status(AssetStatus.IN_USE)
                .lastReviewedOn("2026/10/1"));
        scene = new Scene(new MainView(services, Messages.japanese()), 1200, 760);
        scene.getStylesheets().add(MainView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        lock = IdleLock.install(scene, clock, LIMIT, Messages.japanese(), TestStores.ADMIN,
                services.accounts()::checkPassword);
    }

    @AfterEach
    void closeStore() {
        lock.uninstall();
        services.close();
    }

    /** The home screen loads in the background; a test waits for it so that no load outlives the store. */
    private static void homeLoaded(FxRobot robot) {
        Label totals = robot.lookup("#homeTotals").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> !totals.getText().isEmpty());
    }

    private Node ledgerTable(FxRobot robot) {
        homeLoaded(robot);
        robot.clickOn("#navAssets");
        javafx.scene.control.TableView<?> table = robot.lookup("#assetTable").queryAs(javafx.scene.control.TableView.class);
        UiTestSupport.waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("PC-0001").tryQuery()).as("the record is on screen").isPresent();
        return table;
    }

    private void unlockWith(FxRobot robot, String password) {
        PasswordField field = robot.lookup("#unlockPasswordField").queryAs(PasswordField.class);
        Label error = robot.lookup("#unlockError").queryAs(Label.class);
        robot.interact(() -> field.setText(password));
        robot.clickOn("#unlockButton");
        UiTestSupport.waitUntil(() -> !lock.isLocked() || !error.getText().isEmpty());
    }

    @Test
    void staysOpenBeforeTheLimit(FxRobot robot) {
        Node table = ledgerTable(robot);
        clock.advance(LIMIT.minusMinutes(1));
        robot.interact(lock::checkNow);

        assertThat(lock.isLocked()).isFalse();
        assertThat(table.getScene()).isSameAs(scene);
        assertThat(robot.lookup("#unlockPasswordField").tryQuery()).isEmpty();
    }

    @Test
    void afterTheLimitTheRecordsLeaveTheWindow(FxRobot robot) {
        Node table = ledgerTable(robot);
        assertThat(table.isVisible()).isTrue();

        clock.advance(LIMIT.plusSeconds(1));
        robot.interact(lock::checkNow);

        assertThat(lock.isLocked()).isTrue();
        assertThat(scene.getRoot()).isInstanceOf(LockView.class);
        assertThat(robot.lookup("#unlockPasswordField").tryQuery()).isPresent();
        assertThat(table.getScene()).as("the ledger is not merely covered: it is out of the scene").isNull();
        assertThat(robot.lookup("#assetTable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#navAssets").tryQuery()).isEmpty();
        assertThat(robot.lookup("PC-0001").tryQuery()).as("no cell of the record is left anywhere").isEmpty();
    }

    @Test
    void aWrongPasswordKeepsTheLockAndSaysSo(FxRobot robot) {
        Node table = ledgerTable(robot);
        clock.advance(LIMIT.plusMinutes(5));
        robot.interact(lock::checkNow);

        unlockWith(robot, "not-my-password-00");

        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText()).isEqualTo("パスワードが違います。");
        assertThat(robot.lookup("#unlockPasswordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(lock.isLocked()).isTrue();
        assertThat(table.getScene()).isNull();
    }

    @Test
    void theRightPasswordBringsTheSameScreenBack(FxRobot robot) {
        Node table = ledgerTable(robot);
        clock.advance(LIMIT.plusMinutes(5));
        robot.interact(lock::checkNow);

        unlockWith(robot, TestStores.PASSWORD);

        assertThat(lock.isLocked()).isFalse();
        assertThat(table.getScene()).isSameAs(scene);
        assertThat(table.isVisible()).isTrue();
        assertThat(robot.lookup("#unlockPasswordField").tryQuery()).isEmpty();
        // the idle time counts again from the unlock
        clock.advance(LIMIT.minusMinutes(1));
        robot.interact(lock::checkNow);
        assertThat(lock.isLocked()).isFalse();
    }

    @Test
    void typingCountsAsActivity(FxRobot robot) {
        ledgerTable(robot);
        clock.advance(LIMIT.minusMinutes(1));
        robot.clickOn("#searchField").type(KeyCode.A);
        clock.advance(Duration.ofMinutes(2));
        robot.interact(lock::checkNow);

        assertThat(lock.isLocked()).as("14 minutes, a key, 2 minutes: not idle for 15").isFalse();
        clock.advance(LIMIT);
        robot.interact(lock::checkNow);
        assertThat(lock.isLocked()).isTrue();
    }

    @Test
    void otherWindowsAreHiddenWhileLockedAndComeBackAfter(FxRobot robot) {
        homeLoaded(robot);
        Stage[] form = new Stage[1];
        robot.interact(() -> {
            form[0] = new Stage();
            form[0].initOwner(stage);
            form[0].setScene(new Scene(new Label("試験用の資産フォーム"), 300, 200));
            form[0].show();
        });
        clock.advance(LIMIT.plusMinutes(1));
        robot.interact(lock::checkNow);
        assertThat(form[0].isShowing()).isFalse();

        unlockWith(robot, TestStores.PASSWORD);
        assertThat(form[0].isShowing()).isTrue();
        robot.interact(form[0]::close);
    }

    @Test
    void aShorterLimitTakesEffectAtOnce(FxRobot robot) {
        homeLoaded(robot);
        robot.interact(() -> lock.setLimit(Duration.ofMinutes(1)));
        clock.advance(Duration.ofMinutes(2));
        robot.interact(lock::checkNow);
        assertThat(lock.isLocked()).isTrue();
        assertThat(IdleLock.of(scene)).containsSame(lock);
    }
}
