package org.daicho.ui.carry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.common.AssetChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The application form: messages beside the fields, and the questions only the rules ask for. */
@ExtendWith(ApplicationExtension.class)
class CarryFormViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DaichoServices services;
    private final AtomicReference<CarryEntry> saved = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = UiTestSupport.newStore(dir.resolve("data"));
        Staff manager = services.staff().all().stream().filter(s -> s.staffNo().equals("T0001")).findFirst().orElseThrow();
        services.ledger().save(null, asset("USB-0001", "住民情報の写し", AssetKind.STORAGE_MEDIUM, 3, manager));
        services.ledger().save(null, asset("DOC-0001", "広報誌の原稿", AssetKind.DOCUMENT_DATA, 1, manager));
        Scene scene = new Scene(new Pane(), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    private static AssetDraft asset(String no, String name, AssetKind kind, int confidentiality, Staff manager) {
        return new AssetDraft().assetNo(no).businessCategory("総務事務").name(name).kind(kind).medium("USBメモリ")
                .networkZone(NetworkZone.LGWAN).sectionId(manager.sectionId()).managerStaffId(manager.id())
                .confidentiality(confidentiality).integrity(1).availability(1).personalInfo(PersonalInfoKind.NONE)
                .storagePlace("事務室 施錠書庫A").lockedStorage(true).encrypted(true).ownership(Ownership.PURCHASED)
                .status(AssetStatus.IN_STORAGE).lastReviewedOn("2026/10/1");
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    private ListView<AssetChoice> open(FxRobot robot, CarryKind kind) {
        robot.interact(() -> CarryFormView.open(stage, services, Messages.japanese(), kind, saved::set));
        if (kind == CarryKind.BRING_IN) {
            return null;
        }
        @SuppressWarnings("unchecked")
        ListView<AssetChoice> list = robot.lookup("#carryAssetList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 2);
        return list;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void set(FxRobot robot, String id, String value) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            if (node instanceof TextArea area) {
                area.setText(value);
            } else {
                ((TextField) node).setText(value);
            }
        });
    }

    private static void choose(FxRobot robot, ListView<AssetChoice> list, String assetNo) {
        robot.interact(() -> list.getItems().stream().filter(c -> c.asset().assetNo().equals(assetNo)).findFirst()
                .orElseThrow().selected().set(true));
    }

    @Test
    void anEmptyFormShowsAMessageBesideEachFieldAndRecordsNothing(FxRobot robot) {
        open(robot, CarryKind.CARRY_OUT);
        set(robot, "#carryPlannedOut", "あしたの朝");
        robot.clickOn("#carrySaveButton");

        assertThat(text(robot, "#carryAssetsError")).isEqualTo("持出する資産を選んでください。");
        assertThat(text(robot, "#carryPurposeError")).isEqualTo("目的を入力してください。");
        assertThat(text(robot, "#carryDestinationError")).isEqualTo("持出先・使用場所を入力してください。");
        assertThat(text(robot, "#carryPlannedOutError")).contains("「あしたの朝」は日時として読めません");
        assertThat(text(robot, "#carryPlannedReturnError")).isEqualTo("返却予定日時を入力してください。");
        assertThat(text(robot, "#carryFormStatus")).isEqualTo("入力内容を確認してください。");
        assertThat(services.carry().list(CarryFilter.ALL)).isEmpty();
    }

    @Test
    void aConfidential3AssetAsksForAReasonAndGoingUnprotectedNeedsTheWarningAcknowledged(FxRobot robot) {
        ListView<AssetChoice> list = open(robot, CarryKind.CARRY_OUT);
        assertThat(robot.lookup("#carryConfidential3Section").query().isVisible()).isFalse();
        assertThat(robot.lookup("#carryWarningSection").query().isVisible()).isFalse();

        choose(robot, list, "USB-0001");
        assertThat(robot.lookup("#carryConfidential3Section").query().isVisible()).isTrue();
        assertThat(robot.lookup("#carryWarningSection").query().isVisible()).isTrue();
        set(robot, "#carryPurpose", "監査資料の提出");
        set(robot, "#carryDestination", "架空県庁");
        set(robot, "#carryPlannedOut", "R8.11.25");
        set(robot, "#carryPlannedReturn", "R8.11.25");
        robot.clickOn("#carryLockedCase");
        robot.clickOn("#carrySaveButton");
        assertThat(text(robot, "#carryConfidential3ReasonError")).contains("機密性3を持ち出す理由を入力してください（");
        assertThat(text(robot, "#carryWarningReasonError")).contains("警告を確認しました");
        assertThat(robot.lookup("#carryWarningReason").query().isDisabled()).as("acknowledge first").isTrue();

        set(robot, "#carryConfidential3Reason", "原本の提示を求められたため");
        robot.interact(() -> robot.lookup("#carryWarningAcknowledged").queryAs(CheckBox.class).setSelected(true));
        set(robot, "#carryWarningReason", "提出先の端末で読むため暗号化できない");
        robot.clickOn("#carrySaveButton");

        waitUntil(() -> saved.get() != null);
        CarryEntry entry = services.carry().entry(saved.get().id());
        assertThat(entry.isConfidential3()).isTrue();
        assertThat(entry.record().permissionRequired()).isTrue();
        assertThat(entry.record().confidential3Reason()).isEqualTo("原本の提示を求められたため");
        assertThat(entry.record().warningReason()).isEqualTo("提出先の端末で読むため暗号化できない");
        assertThat(entry.record().measures()).containsExactly(CarryMeasure.LOCKED_CASE);
        assertThat(entry.record().plannedOut().toLocalTime()).hasToString("09:00");
        assertThat(entry.record().plannedReturn().toLocalTime()).as("a date alone comes back at 17:00").hasToString("17:00");
        assertThat(entry.carrierName()).as("the logged-in administrator by default").isEqualTo("試験 管理者");
    }

    @Test
    void aConfidential1AssetNeedsNoPermission(FxRobot robot) {
        ListView<AssetChoice> list = open(robot, CarryKind.CARRY_OUT);
        choose(robot, list, "DOC-0001");
        assertThat(text(robot, "#carryPermissionNote")).contains("許可なしで持ち出せます");
        assertThat(robot.lookup("#carryWarningSection").query().isVisible()).isFalse();
        choose(robot, list, "USB-0001");
        assertThat(text(robot, "#carryPermissionNote")).contains("許可が必要です");
        assertThat(text(robot, "#carryChosen")).contains("2 件").contains("USB-0001").contains("DOC-0001");
    }

    @Test
    void aBringInRecordsTheDeviceAndTheChecksBeforeConnecting(FxRobot robot) {
        open(robot, CarryKind.BRING_IN);
        assertThat(robot.lookup("#carryAssetList").tryQuery()).isEmpty();
        assertThat(text(robot, "#carryPermissionNote")).contains("許可が必要です");
        set(robot, "#carryDeviceOwner", "架空システム株式会社");
        set(robot, "#carryDeviceKind", "ノートパソコン");
        set(robot, "#carryDeviceModel", "KX-200");
        set(robot, "#carryPurpose", "システム保守作業");
        set(robot, "#carryDestination", "サーバ室");
        set(robot, "#carryPlannedOut", "2026/11/25 13:00");
        set(robot, "#carryPlannedReturn", "2026/11/25 16:00");
        robot.interact(() -> robot.lookup("#carryVirusScanned").queryAs(CheckBox.class).setSelected(true));
        robot.clickOn("#carrySaveButton");

        waitUntil(() -> saved.get() != null);
        CarryEntry entry = services.carry().entry(saved.get().id());
        assertThat(entry.record().kind()).isEqualTo(CarryKind.BRING_IN);
        assertThat(entry.targetText()).isEqualTo("架空システム株式会社 ノートパソコン KX-200");
        assertThat(entry.record().virusScanned()).isTrue();
        assertThat(entry.record().patchesApplied()).isFalse();
        assertThat(List.of(entry.record().plannedOut().getHour(), entry.record().plannedReturn().getHour()))
                .containsExactly(13, 16);
    }
}
