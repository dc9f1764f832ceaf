package org.daicho.ui.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.RecordType;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.assets.AssetFormView;
import org.daicho.ui.staff.StaffView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** One record's 変更履歴 below its form: on the staff screen and in the asset form. */
@ExtendWith(ApplicationExtension.class)
class RecordHistoryPaneTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DaichoServices services;
    private Staff staff;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = UiTestSupport.newStore(dir.resolve("data"));
        staff = services.staff().all().stream().filter(s -> s.staffNo().equals("T0001")).findFirst().orElseThrow();
        services.staff().save(staff.id(), new StaffDraft("T0001", "試験 次郎", "しけん じろう", staff.sectionId(),
                staff.employmentType(), "2020/04/01", "", true, false));
        StaffView view = new StaffView(services, Messages.japanese());
        stage.setScene(new Scene(view, 1200, 900));
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void theStaffFormShowsTheSelectedStaffMembersHistory(FxRobot robot) {
        TitledPane pane = robot.lookup("#recordHistory").queryAs(TitledPane.class);
        assertThat(pane.isDisabled()).as("nothing selected yet").isTrue();
        @SuppressWarnings("unchecked")
        TableView<Staff> staffTable = robot.lookup("#staffTable").queryAs(TableView.class);
        waitUntil(() -> staffTable.getItems().stream().anyMatch(s -> s.staffNo().equals("T0001")));

        robot.interact(() -> staffTable.getSelectionModel().select(staffTable.getItems().stream()
                .filter(s -> s.staffNo().equals("T0001")).findFirst().orElseThrow()));
        robot.interact(() -> pane.setExpanded(true));

        @SuppressWarnings("unchecked")
        TableView<HistoryLine> lines = robot.lookup("#recordHistoryTable").queryAs(TableView.class);
        waitUntil(() -> !lines.getItems().isEmpty());
        HistoryLine newest = lines.getItems().get(0);
        assertThat(newest.action()).isEqualTo("変更");
        assertThat(newest.field()).isEqualTo("氏名");
        assertThat(newest.before()).isEqualTo("試験 太郎");
        assertThat(newest.after()).isEqualTo("試験 次郎");
        assertThat(lines.getItems()).extracting(HistoryLine::action).contains("登録");
        assertThat(lines.getItems()).extracting(HistoryLine::recordId).containsOnly(String.valueOf(staff.id()));
    }

    @Test
    void theAssetFormOfAStoredAssetHasItsHistory(FxRobot robot) {
        LedgerEntry asset = services.ledger().save(null, HistoryViewTest.assetDraft("PC-0001", staff));

        robot.interact(() -> AssetFormView.open(stage, services, Messages.japanese(), asset, saved -> { }));

        TitledPane pane = robot.lookup(".asset-form #recordHistory").queryAs(TitledPane.class);
        assertThat(pane.isExpanded()).as("collapsed until opened").isFalse();
        robot.interact(() -> pane.setExpanded(true));
        @SuppressWarnings("unchecked")
        TableView<HistoryLine> lines = robot.lookup(".asset-form #recordHistoryTable").queryAs(TableView.class);
        waitUntil(() -> !lines.getItems().isEmpty());
        assertThat(lines.getItems()).extracting(HistoryLine::recordType).containsOnly("情報資産");
        assertThat(lines.getItems()).hasSize(28);
    }

    @Test
    void aNewAssetHasNoHistoryPane(FxRobot robot) {
        robot.interact(() -> AssetFormView.open(stage, services, Messages.japanese(), null, saved -> { }));
        assertThat(robot.lookup(".asset-form").tryQuery()).isPresent();
        assertThat(robot.lookup(".asset-form #recordHistory").tryQuery()).isEmpty();
    }

    @Test
    void thePaneAloneShowsOneRecord(FxRobot robot) {
        RecordHistoryPane pane = new RecordHistoryPane(services, Messages.japanese());
        robot.interact(() -> {
            stage.setScene(new Scene(pane, 800, 400));
            pane.show(RecordType.SECTION, services.settings().sections().get(0).id());
            pane.setExpanded(true);
        });
        waitUntil(() -> !pane.lines().isEmpty());
        assertThat(pane.lines()).extracting(HistoryLine::field).containsExactly("所属名", "表示順");
        assertThat(pane.lines()).extracting(HistoryLine::after).containsExactly("総務課", "0");
        assertThat(pane.lines()).extracting(HistoryLine::userName).containsOnly("system");

        robot.interact(() -> pane.show(RecordType.SECTION, null));
        assertThat(pane.lines()).isEmpty();
        assertThat(pane.isDisabled()).isTrue();
        Node unused = robot.lookup("#recordHistoryTable").query();
        assertThat(unused).isNotNull();
    }
}
