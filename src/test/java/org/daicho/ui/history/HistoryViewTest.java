package org.daicho.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordType;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.testing.RawStore;
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

/** The 変更履歴 screen: entries newest first, filters, and the tamper check. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    @TempDir
    Path dir;

    private Path data;
    private Stage stage;
    private DaichoServices services;
    private LedgerEntry asset;

    static AssetDraft assetDraft(String assetNo, Staff manager) {
        return new AssetDraft()
                .assetNo(assetNo).businessCategory("総務事務").name("試験用端末").kind(AssetKind.TERMINAL)
                .medium("内蔵SSD").networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-100")
                .serialNo("SN-" + assetNo).sectionId(manager.sectionId()).managerStaffId(manager.id())
                .users("試験 花子").confidentiality(2).integrity(1).availability(1)
                .personalInfo(PersonalInfoKind.PERSONAL).storagePlace("事務室 施錠書庫A").lockedStorage(true)
                .encrypted(true).acquiredOn("2026/4/1").ownership(Ownership.PURCHASED).status(AssetStatus.IN_USE)
                .lastReviewedOn("2026/10/1");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        data = dir.resolve("data");
        services = UiTestSupport.newStore(data);
        Staff manager = services.staff().all().stream().filter(s -> s.staffNo().equals("T0001")).findFirst()
                .orElseThrow();
        asset = services.ledger().save(null, assetDraft("PC-0001", manager));
        show();
    }

    private void show() {
        HistoryView view = new HistoryView(services, Messages.japanese());
        Scene scene = new Scene(view, 1280, 760);
        scene.getStylesheets().add(HistoryView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<HistoryLine> table(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    @Test
    void entriesAreListedNewestFirstOneRowPerChangedField(FxRobot robot) {
        TableView<HistoryLine> table = table(robot);
        waitUntil(() -> !table.getItems().isEmpty());

        List<Long> seqs = table.getItems().stream().map(HistoryLine::seq).toList();
        assertThat(seqs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        HistoryLine newest = table.getItems().get(0);
        assertThat(newest.recordType()).isEqualTo("情報資産");
        assertThat(newest.recordId()).isEqualTo(String.valueOf(asset.asset().id()));
        assertThat(newest.action()).isEqualTo("登録");
        assertThat(newest.userName()).isEqualTo(TestStores.ADMIN);
        assertThat(newest.changedAt()).isEqualTo("令和8年11月24日 10:00:00");
        assertThat(table.getItems().stream().filter(line -> line.seq() == newest.seq())).hasSize(28)
                .anySatisfy(line -> {
                    assertThat(line.field()).isEqualTo("種別");
                    assertThat(line.before()).isEmpty();
                    assertThat(line.after()).isEqualTo(Messages.japanese().label(AssetKind.TERMINAL));
                });
        assertThat(robot.lookup("#historyCount").queryAs(Label.class).getText()).contains("件");
    }

    @Test
    void theRecordTypeFilterNarrowsTheList(FxRobot robot) {
        TableView<HistoryLine> table = table(robot);
        waitUntil(() -> !table.getItems().isEmpty());
        assertThat(table.getItems()).extracting(HistoryLine::recordType).contains("情報資産", "職員", "所属", "設定");

        @SuppressWarnings("unchecked")
        ComboBox<RecordType> type = robot.lookup("#historyRecordType").queryAs(ComboBox.class);
        robot.interact(() -> type.setValue(RecordType.STAFF));

        waitUntil(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(line -> line.recordType().equals("職員")));
        assertThat(table.getItems()).extracting(HistoryLine::field).contains("氏名");
    }

    @Test
    void theAccountAndPeriodFiltersNarrowTheListAndABadDateIsShown(FxRobot robot) {
        TableView<HistoryLine> table = table(robot);
        waitUntil(() -> !table.getItems().isEmpty());

        @SuppressWarnings("unchecked")
        ComboBox<String> account = robot.lookup("#historyAccount").queryAs(ComboBox.class);
        assertThat(account.getItems()).contains("system", TestStores.ADMIN);
        robot.interact(() -> account.setValue("system"));
        waitUntil(() -> table.getItems().stream().allMatch(line -> line.userName().equals("system")));
        assertThat(table.getItems()).isNotEmpty();

        TextField from = robot.lookup("#historyFrom").queryAs(TextField.class);
        robot.interact(() -> {
            account.setValue(null);
            from.setText("R8.11.25");
        });
        robot.clickOn("#historyApply");
        waitUntil(table.getItems()::isEmpty);

        robot.interact(() -> from.setText("2026/13/40"));
        robot.clickOn("#historyApply");
        Label error = robot.lookup("#historyFilterError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("日付として読めません: 2026/13/40");
    }

    @Test
    void theTamperCheckShowsTheIntactTextInGreen(FxRobot robot) {
        robot.clickOn("#historyVerifyButton");

        Label result = robot.lookup("#historyVerifyResult").queryAs(Label.class);
        waitUntil(() -> result.getText().startsWith("改ざんは見つかりませんでした"));
        // the settings, 2 sections, the administrator (staff and account), the security manager and the asset
        assertThat(result.getText()).contains("記録 7 件を確認");
        assertThat(result.getStyleClass()).contains(Styles.SUCCESS).doesNotContain(Styles.DANGER);
        assertThat(robot.lookup("#historyVerifyDetail").queryAs(Label.class).getText()).startsWith("最新の変更履歴: #");
    }

    @Test
    void theTamperCheckNamesTheFirstBrokenEntryInRed(FxRobot robot) throws Exception {
        robot.interact(() -> services.close());
        RawStore.execute(data, "UPDATE asset SET confidentiality = 1 WHERE id = " + asset.asset().id());
        services = TestStores.open(data, UiTestSupport.CLOCK);
        robot.interact(this::show);

        robot.clickOn("#historyVerifyButton");

        Label result = robot.lookup("#historyVerifyResult").queryAs(Label.class);
        waitUntil(() -> result.getText().startsWith("改ざんの疑いがあります"));
        assertThat(result.getStyleClass()).contains(Styles.DANGER);
        Label detail = robot.lookup("#historyVerifyDetail").queryAs(Label.class);
        assertThat(detail.getText()).contains("情報資産 ID " + asset.asset().id()).contains("機密性");
        assertThat(detail.getStyleClass()).contains(Styles.DANGER);
    }

    @Test
    void theTamperCheckAlsoReadsEveryEvidenceFileBack(FxRobot robot) throws Exception {
        Path photo = dir.resolve("破壊後.jpg");
        java.nio.file.Files.write(photo, new byte[] {1, 2, 3, 4});
        long record = services.disposal().apply(new org.daicho.domain.DisposalDraft(List.of(asset.asset().id()),
                org.daicho.domain.DisposalEnd.DISPOSE, org.daicho.domain.SanitisationMethod.DESTROY,
                org.daicho.domain.SanitisationTechnique.PHYSICAL_DESTRUCTION, org.daicho.domain.DisposalPlace.INSIDE,
                java.time.LocalDate.now(UiTestSupport.CLOCK), "試験", "")).id();
        long evidence = services.disposal().attachEvidence(record, photo, org.daicho.domain.EvidenceKind.PHOTO).id();
        robot.interact(() -> services.close());
        RawStore.execute(data, "UPDATE disposal_evidence SET content = X'01020305' WHERE id = " + evidence);
        services = TestStores.open(data, UiTestSupport.CLOCK);
        robot.interact(this::show);

        robot.clickOn("#historyVerifyButton");

        Label result = robot.lookup("#historyVerifyResult").queryAs(Label.class);
        waitUntil(() -> result.getText().startsWith("改ざんの疑いがあります"));
        // the change history itself is intact: only the evidence bytes changed
        assertThat(result.getText()).contains("証跡ファイル 1 件のうち 1 件の内容が登録時と違います");
        assertThat(robot.lookup("#historyVerifyDetail").queryAs(Label.class).getText())
                .contains("証跡ファイル「破壊後.jpg」（D-2026-0001）");
    }
}
