package org.daicho.ui.carry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.CarryDraft;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.testing.MutableClock;
import org.daicho.testing.TestStores;
import org.daicho.ui.common.AssetChoice;
import org.daicho.ui.main.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 持出・持込 through the whole window, one account after another on one store: a clerk applies, going out is
 * refused before permission, a security manager (not the applicant) approves, the clerk records going out,
 * the administrator records the return checked by someone other than the carrier, and the asset is 保管中.
 */
@ExtendWith(ApplicationExtension.class)
class CarryFlowTest {

    private static final String CLERK = "shiken.h";
    private static final String CLERK_PASSWORD = "clerk-password-0001";
    private static final String MANAGER = "shiken.t";
    private static final String MANAGER_PASSWORD = "manager-password-01";

    @TempDir
    Path dir;

    /** 2026-11-24 10:00 in Tokyo; moved forward between the steps. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private final Messages messages = Messages.japanese();
    private Path data;
    private Stage stage;
    private DaichoServices services;
    private Staff clerk;
    private Staff manager;
    private long assetId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = dir.resolve("data");
        services = TestStores.create(data, new OrganisationSetup("試験市環境衛生組合", List.of("総務課", "業務課"),
                List.of("担当", "係長")), clock);
        long section = services.settings().sections().get(0).id();
        manager = services.staff().save(null, new StaffDraft("T0001", "試験 太郎", "しけん たろう", section,
                EmploymentType.REGULAR, "2020/04/01", "", true, false));
        clerk = services.staff().save(null, new StaffDraft("T0102", "試験 花子", "しけん はなこ", section,
                EmploymentType.REGULAR, "2021/04/01", "", false, false));
        services.accounts().create(CLERK, clerk.id(), Set.of(Role.CLERK), CLERK_PASSWORD.toCharArray());
        services.accounts().create(MANAGER, manager.id(), Set.of(Role.SECURITY_MANAGER), MANAGER_PASSWORD.toCharArray());
        LedgerEntry asset = services.ledger().save(null, new AssetDraft()
                .assetNo("PC-0001").businessCategory("総務事務").name("試験用ノートPC").kind(AssetKind.MOBILE)
                .medium("内蔵SSD").networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-100")
                .serialNo("SN-0001").sectionId(section).managerStaffId(manager.id()).users("試験 花子")
                .confidentiality(2).integrity(1).availability(1).personalInfo(PersonalInfoKind.PERSONAL)
                .storagePlace("事務室 施錠書庫A").lockedStorage(true).encrypted(true).acquiredOn("2026/4/1")
                .ownership(Ownership.PURCHASED).status(AssetStatus.IN_USE).lastReviewedOn("2026/10/1"));
        assetId = asset.asset().id();
        stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    /** Closes the store and logs in as another account, as the login screen would; shows its main window. */
    private void logIn(FxRobot robot, String user, String password) {
        robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800)));
        services.close();
        services = DaichoServices.login(data, user, password.toCharArray(), clock, KeyDerivation.forTests()).services();
        robot.interact(() -> {
            Scene scene = new Scene(new MainView(services, messages), 1280, 800);
            scene.getStylesheets().add(MainView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
            stage.setScene(scene);
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<CarryEntry> table(FxRobot robot) {
        return robot.lookup("#carryTable").queryAs(TableView.class);
    }

    /** Opens 持出・持込 and waits until the list shows {@code rows} records. */
    private TableView<CarryEntry> openList(FxRobot robot, int rows) {
        robot.clickOn("#navCarry");
        TableView<CarryEntry> table = table(robot);
        waitUntil(() -> table.getItems().size() == rows);
        return table;
    }

    private static void selectFirstRow(FxRobot robot, TableView<CarryEntry> table) {
        robot.clickOn(robot.lookup("#carryTable .table-row-cell").nth(0).<Node>query(), javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void fromApplicationThroughPermissionGoingOutAndReturnTheAssetIsKeptAgain(FxRobot robot) {
        // 1. the clerk applies for the 機密性2 notebook
        logIn(robot, CLERK, CLERK_PASSWORD);
        openList(robot, 0);
        robot.clickOn("#carryNewButton");
        @SuppressWarnings("unchecked")
        ListView<AssetChoice> assets = robot.lookup("#carryAssetList").queryAs(ListView.class);
        waitUntil(() -> !assets.getItems().isEmpty());
        robot.clickOn("#carryAssetSearch").write("pc-0001");
        waitUntil(() -> assets.getItems().size() == 1);
        robot.clickOn(robot.lookup("#carryAssetList .check-box").<Node>query(), javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> assets.getItems().get(0).selected().get());
        assertThat(robot.lookup("#carryChosen").queryAs(Label.class).getText()).contains("PC-0001");
        assertThat(robot.lookup("#carryPermissionNote").queryAs(Label.class).getText()).contains("許可が必要");
        assertThat(robot.lookup("#carryConfidential3Section").query().isVisible()).as("機密性2: no 機密性3 reason").isFalse();
        assertThat(robot.lookup("#carryWarningSection").query().isVisible())
                .as("機密性2 without encryption or password: the warning is shown").isTrue();
        robot.clickOn("#carryEncryption");
        assertThat(robot.lookup("#carryWarningSection").query().isVisible()).as("encrypted: no warning").isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<Staff> carrier = robot.lookup("#carryCarrier").queryAs(ComboBox.class);
        assertThat(carrier.getValue().name()).as("the clerk carries by default").isEqualTo("試験 花子");
        robot.interact(() -> {
            robot.lookup("#carryPurpose").queryAs(TextField.class).setText("監査資料の説明");
            robot.lookup("#carryDestination").queryAs(TextField.class).setText("架空県庁 会議室");
            robot.lookup("#carryPlannedOut").queryAs(TextField.class).setText("R8.11.24 13:00");
            robot.lookup("#carryPlannedReturn").queryAs(TextField.class).setText("2026/11/24 17:00");
        });
        robot.clickOn("#carrySaveButton");
        TableView<CarryEntry> table = table(robot);
        waitUntil(() -> table.getItems().size() == 1);
        CarryEntry applied = table.getItems().get(0);
        assertThat(applied.record().status()).isEqualTo(CarryStatus.REQUESTED);
        assertThat(applied.record().plannedOut()).isEqualTo(LocalDateTime.of(2026, 11, 24, 13, 0));
        assertThat(applied.applicantName()).isEqualTo("試験 花子");

        // 2. going out before permission is refused, and the clerk may not approve
        selectFirstRow(robot, table);
        assertThat(disabled(robot, "#carryApproveButton")).as("a clerk does not approve").isTrue();
        robot.clickOn("#carryOutButton");
        robot.clickOn("#carryStepConfirm");
        Label refusal = robot.lookup("#carryDialogMessage").queryAs(Label.class);
        waitUntil(() -> !refusal.getText().isEmpty());
        assertThat(refusal.getText()).contains("許可を得てから持ち出してください");
        robot.clickOn("#carryDialogCancel");
        assertThat(services.carry().entry(applied.id()).record().status()).isEqualTo(CarryStatus.REQUESTED);
        assertThat(services.ledger().entry(assetId).asset().status()).isEqualTo(AssetStatus.IN_USE);

        // 3. the security manager, who neither applied nor carries, approves
        clock.advance(Duration.ofMinutes(30));
        logIn(robot, MANAGER, MANAGER_PASSWORD);
        TableView<CarryEntry> managerTable = openList(robot, 1);
        selectFirstRow(robot, managerTable);
        assertThat(disabled(robot, "#carryApproveButton")).isFalse();
        robot.clickOn("#carryApproveButton");
        robot.interact(() -> robot.lookup("#carryDecisionComment").queryAs(TextArea.class).setText("暗号化を確認しました"));
        robot.clickOn("#carryApproveConfirm");
        waitUntil(() -> managerTable.getItems().size() == 1
                && managerTable.getItems().get(0).record().status() == CarryStatus.APPROVED);
        assertThat(managerTable.getItems().get(0).approverName()).isEqualTo("試験 太郎");

        // 4. the clerk records going out: the asset is 持出中
        clock.advance(Duration.ofHours(3));
        logIn(robot, CLERK, CLERK_PASSWORD);
        TableView<CarryEntry> clerkTable = openList(robot, 1);
        selectFirstRow(robot, clerkTable);
        robot.clickOn("#carryOutButton");
        robot.clickOn("#carryStepConfirm");
        waitUntil(() -> clerkTable.getItems().size() == 1
                && clerkTable.getItems().get(0).record().status() == CarryStatus.OUT);
        assertThat(clerkTable.getItems().get(0).record().actualOut()).isEqualTo(LocalDateTime.of(2026, 11, 24, 13, 30));
        assertThat(services.ledger().entry(assetId).asset().status()).isEqualTo(AssetStatus.CARRIED_OUT);

        // 5. someone else (the administrator) records the return, checked by a person other than the carrier
        clock.advance(Duration.ofHours(3));
        logIn(robot, TestStores.ADMIN, TestStores.PASSWORD);
        TableView<CarryEntry> adminTable = openList(robot, 1);
        selectFirstRow(robot, adminTable);
        robot.clickOn("#carryReturnButton");
        @SuppressWarnings("unchecked")
        ComboBox<Staff> checker = robot.lookup("#carryReturnChecker").queryAs(ComboBox.class);
        waitUntil(() -> checker.getValue() != null);
        assertThat(checker.getItems()).extracting(Staff::name).doesNotContain("試験 花子");
        assertThat(checker.getValue().name()).isEqualTo("試験 管理者");
        robot.clickOn("#carryReturnConfirm");
        waitUntil(() -> adminTable.getItems().size() == 1
                && adminTable.getItems().get(0).record().status() == CarryStatus.RETURNED);
        CarryEntry returned = adminTable.getItems().get(0);
        assertThat(returned.returnCheckerName()).isEqualTo("試験 管理者");
        assertThat(returned.record().actualReturn()).isEqualTo(LocalDateTime.of(2026, 11, 24, 16, 30));
        assertThat(services.ledger().entry(assetId).asset().status()).isEqualTo(AssetStatus.IN_STORAGE);
        assertThat(messages.label(AssetStatus.IN_STORAGE)).isEqualTo("保管中");
    }

    @Test
    void aPaperApprovalRefusesTheCarrierAndACancellationNeedsAReason(FxRobot robot) {
        logIn(robot, CLERK, CLERK_PASSWORD);
        // the security manager carries the notebook himself: he may not permit it, on paper either
        services.carry().apply(CarryDraft.carryOut(List.of(assetId), manager.id(), "監査資料の説明", "架空県庁",
                LocalDateTime.of(2026, 11, 25, 9, 0), LocalDateTime.of(2026, 11, 25, 17, 0),
                Set.of(CarryMeasure.ENCRYPTION), "", ""));
        TableView<CarryEntry> table = openList(robot, 1);
        selectFirstRow(robot, table);
        robot.clickOn("#carryPaperButton");
        assertThat(robot.lookup("#carryDecideInApp").query().isDisabled()).as("a clerk is no security manager").isTrue();
        @SuppressWarnings("unchecked")
        ComboBox<Staff> approver = robot.lookup("#carryPaperApprover").queryAs(ComboBox.class);
        waitUntil(() -> !approver.getItems().isEmpty());
        assertThat(robot.lookup("#carryPaperDate").queryAs(TextField.class).getText()).isEqualTo("令和8年11月24日");
        robot.interact(() -> approver.setValue(approver.getItems().get(0)));
        robot.clickOn("#carryPaperConfirm");
        Label refusal = robot.lookup("#carryPaperApproverError").queryAs(Label.class);
        waitUntil(() -> !refusal.getText().isEmpty());
        assertThat(refusal.getText()).contains("持出者本人は許可できません");
        robot.clickOn("#carryDialogCancel");
        assertThat(services.carry().entry(table.getItems().get(0).id()).record().status()).isEqualTo(CarryStatus.REQUESTED);

        robot.clickOn("#carryCancelButton");
        robot.clickOn("#carryStepConfirm");
        assertThat(robot.lookup("#carryStepTextError").queryAs(Label.class).getText()).isEqualTo("取消の理由を入力してください。");
        robot.interact(() -> robot.lookup("#carryStepText").queryAs(TextArea.class).setText("出張が中止になったため"));
        robot.clickOn("#carryStepConfirm");
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().get(0).record().status() == CarryStatus.CANCELLED);
        assertThat(table.getItems().get(0).record().cancelReason()).isEqualTo("出張が中止になったため");
        assertThat(disabled(robot, "#carryCancelButton")).as("a cancelled record is final").isTrue();
    }

    @Test
    void theApproveButtonIsDisabledForAClerkEvenOnAWaitingApplication(FxRobot robot) {
        logIn(robot, CLERK, CLERK_PASSWORD);
        services.carry().apply(CarryDraft.carryOut(List.of(assetId), clerk.id(), "監査資料の説明", "架空県庁",
                LocalDateTime.of(2026, 11, 25, 9, 0), LocalDateTime.of(2026, 11, 25, 17, 0),
                Set.of(CarryMeasure.ENCRYPTION), "", ""));
        TableView<CarryEntry> table = openList(robot, 1);
        selectFirstRow(robot, table);

        assertThat(table.getItems().get(0).record().status()).isEqualTo(CarryStatus.REQUESTED);
        assertThat(disabled(robot, "#carryApproveButton")).isTrue();
        assertThat(disabled(robot, "#carryPaperButton")).as("a clerk may record a paper approval").isFalse();
        assertThat(disabled(robot, "#carryOutButton")).as("the service says why it is refused").isFalse();
        assertThat(disabled(robot, "#carryReturnButton")).as("not out yet").isTrue();
        Node approve = robot.lookup("#carryApproveButton").query();
        assertThat(((Button) approve).getTooltip().getText()).contains("情報セキュリティ管理者");
    }
}
