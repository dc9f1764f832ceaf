package org.daicho.ui.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.InspectionItem;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.EmploymentType;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.common.Navigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 自己点検 screen on its own: the items with their outcome in words, the failing records of the chosen item,
 * one double-click from the record's own screen (a recording navigator stands for the main window).
 */
@ExtendWith(ApplicationExtension.class)
class InspectionViewTest {

    @TempDir
    Path dir;

    private DaichoServices services;
    private final RecordingNavigator navigator = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        services = UiTestSupport.newStore(dir);
        long section = services.settings().sections().get(0).id();
        long manager = services.staff().all().stream().filter(s -> s.staffNo().equals("T0001")).findFirst()
                .orElseThrow().id();
        services.ledger().save(null, asset("A-0001", section, manager));
        // A-0002's 管理責任者 has left since: the ledger item lists it until a successor is recorded
        long leaver = services.staff().save(null, new StaffDraft("T0002", "見本 次郎", "みほん じろう", section,
                EmploymentType.REGULAR, "2020/04/01", "", false, false)).id();
        services.ledger().save(null, asset("A-0002", section, leaver));
        services.staff().save(leaver, new StaffDraft("T0002", "見本 次郎", "みほん じろう", section,
                EmploymentType.REGULAR, "2020/04/01", "2026/06/30", false, false));
        InspectionView view = new InspectionView(services, Messages.japanese(), navigator);
        UiTestSupport.show(stage, view, 1180, 760);
        view.refresh();
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
    }

    @SuppressWarnings("unchecked")
    private TableView<InspectionViewModel.ItemRow> items(FxRobot robot) {
        TableView<InspectionViewModel.ItemRow> table = robot.lookup("#inspectionItems").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == InspectionItem.values().length);
        return table;
    }

    /** The outcome the item's row says (rows below the fold have no cell to look up). */
    private String outcome(FxRobot robot, InspectionItem item) {
        return items(robot).getItems().get(item.ordinal()).outcomeText();
    }

    @Test
    void everyItemShowsItsOutcomeInWordsAndTheCurrentYear(FxRobot robot) {
        TableView<InspectionViewModel.ItemRow> table = items(robot);

        assertThat(table.getItems().get(0).text()).startsWith("保有するすべての情報資産に");
        Label badge = robot.lookup("#outcome-" + InspectionItem.LEDGER_CLASSIFIED.name()).queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("一部");
        assertThat(badge.getStyleClass()).contains("outcome-PARTIAL");
        assertThat(outcome(robot, InspectionItem.LEDGER_REVIEWED)).isEqualTo("実施");
        assertThat(outcome(robot, InspectionItem.COMMITTEE_REPORTED)).isEqualTo("未実施");
        assertThat(table.getItems().get(InspectionItem.CARRY_APPROVED.ordinal()).checkedText()).isEqualTo("該当なし");
        assertThat(UiTestSupport.text(robot, "#inspectionAsOf")).isEqualTo("令和8年11月24日 現在");
        assertThat(UiTestSupport.text(robot, "#inspectionStatus")).isEqualTo("令和8年度：実施 7・一部 1・未実施 3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAFailingItemListsItsRecordsAndADoubleClickOpensTheAsset(FxRobot robot) {
        TableView<InspectionViewModel.ItemRow> table = items(robot);
        robot.interact(() -> table.getSelectionModel().select(InspectionItem.LEDGER_CLASSIFIED.ordinal()));

        TableView<InspectionViewModel.FindingRow> findings = robot.lookup("#inspectionFindings")
                .queryAs(TableView.class);
        assertThat(findings.getItems()).extracting(InspectionViewModel.FindingRow::reference,
                InspectionViewModel.FindingRow::problem).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("A-0002 試験用端末", "管理責任者が令和8年6月30日に退職しています。後任を記録してください。"));
        assertThat(UiTestSupport.text(robot, "#inspectionFindingsTitle")).startsWith("不備のある記録（1件）：");

        robot.doubleClickOn("A-0002 試験用端末");

        assertThat(navigator.calls).containsExactly("assets:A-0002");
    }

    @Test
    void savingTheCommitteeDateMakesItsItemDoneAndARefusedDateSaysWhy(FxRobot robot) {
        items(robot);
        TextField date = robot.lookup("#inspectionCommitteeDate").queryAs(TextField.class);
        robot.interact(() -> date.setText("2026/12/1"));
        robot.clickOn("#inspectionCommitteeSave");
        waitUntil(() -> !UiTestSupport.text(robot, "#inspectionCommitteeMessage").isEmpty());
        assertThat(UiTestSupport.text(robot, "#inspectionCommitteeMessage"))
                .isEqualTo("委員会報告日に未来の日付は入力できません。");

        robot.interact(() -> date.setText("2026/11/20"));
        robot.clickOn("#inspectionCommitteeSave");
        waitUntil(() -> outcome(robot, InspectionItem.COMMITTEE_REPORTED).equals("実施"));
        assertThat(UiTestSupport.text(robot, "#inspectionCommitteeMessage")).isEqualTo("委員会報告日を保存しました。");
        assertThat(date.getText()).isEqualTo("令和8年11月20日");
    }

    @Test
    void theAuditBookButtonAsksForTheChosenYearsBook(FxRobot robot) {
        items(robot);
        robot.clickOn("#inspectionAuditBookButton");

        assertThat(navigator.calls).containsExactly("auditBook:2026");
    }

    private static AssetDraft asset(String assetNo, long sectionId, long managerId) {
        return new AssetDraft()
                .assetNo(assetNo).businessCategory("総務事務").name("試験用端末").kind(AssetKind.TERMINAL)
                .medium("内蔵SSD").networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-100")
                .serialNo("SN-" + assetNo).sectionId(sectionId).managerStaffId(managerId).users("試験 花子")
                .confidentiality(2).integrity(1).availability(1).personalInfo(PersonalInfoKind.PERSONAL)
                .storagePlace("事務室 施錠書庫A").lockedStorage(true).encrypted(true)
                .acquiredOn("2026/4/1").ownership(Ownership.PURCHASED).status(AssetStatus.IN_USE)
                .lastReviewedOn("2026/10/1");
    }

    /** Stands for the main window: notes which screen would open, and with what. */
    private static final class RecordingNavigator implements Navigator {

        final List<String> calls = new ArrayList<>();

        @Override
        public void showHome() {
            calls.add("home");
        }

        @Override
        public void showAssets(AssetFilter filter) {
            calls.add("assets:" + filter.text());
        }

        @Override
        public void showStaff() {
            calls.add("staff");
        }

        @Override
        public void showCarry(CarryFilter filter) {
            calls.add("carry:" + filter);
        }

        @Override
        public void showDisposal(DisposalFilter filter) {
            calls.add("disposal:" + filter.text());
        }

        @Override
        public void showTraining(TrainingList list) {
            calls.add("training:" + list);
        }

        @Override
        public void showAuditBook(FiscalYear year) {
            calls.add("auditBook:" + year.startYear());
        }
    }
}
