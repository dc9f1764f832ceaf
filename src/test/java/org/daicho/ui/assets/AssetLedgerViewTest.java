package org.daicho.ui.assets;

import org.daicho.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.main.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The ledger screen end to end: the form, the table, the search box and the filters, on a real store. */
@ExtendWith(ApplicationExtension.class)
class AssetLedgerViewTest {

    @TempDir
    static Path tempRoot;

    private Path dataDir;
    private DaichoServices services;

    @Start
    void start(Stage stage) throws Exception {
        dataDir = java.nio.file.Files.createTempDirectory(tempRoot, "store");
        services = UiTestSupport.newStore(dataDir);
        stage.setScene(new Scene(new MainView(services, Messages.japanese()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (services != null) {
            services.close();
        }
    }

    @Test
    void anAssetAddedThroughTheFormIsInTheTableAndSurvivesARestart(FxRobot robot) {
        TableView<LedgerEntry> table = openLedger(robot);
        robot.clickOn("#newAssetButton");
        fillValidForm(robot, "USBメモリ（試験用）");
        assertThat(text(robot, AssetField.ASSET_NO)).as("number suggested from the kind's prefix").isEqualTo("MD-0001");
        robot.clickOn("#saveAssetButton");

        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).asset().name()).isEqualTo("USBメモリ（試験用）");
        assertThat(table.getItems().get(0).managerName()).isEqualTo("試験 太郎");
        assertThat(robot.lookup("#ledgerStatus").queryAs(Label.class).getText()).contains("MD-0001");

        services.close();
        services = TestStores.open(dataDir, UiTestSupport.CLOCK);
        assertThat(services.ledger().entries()).extracting(e -> e.asset().assetNo()).containsExactly("MD-0001");
    }

    @Test
    void searchBoxAndFiltersHideAndShowRowsAsYouType(FxRobot robot) {
        TableView<LedgerEntry> table = openLedger(robot);
        robot.clickOn("#newAssetButton");
        fillValidForm(robot, "持出用ノートパソコン");
        robot.clickOn("#saveAssetButton");
        waitUntil(() -> table.getItems().size() == 1);

        robot.clickOn("#searchField").write("zzz");
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(robot.lookup("#assetCount").queryAs(Label.class).getText()).contains("0").contains("1");

        robot.eraseText(3).write("md-0");
        waitUntil(() -> table.getItems().size() == 1);

        @SuppressWarnings("unchecked")
        ComboBox<AssetKind> kind = robot.lookup("#kindFilter").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(AssetKind.SERVER));
        waitUntil(() -> table.getItems().isEmpty());
        robot.clickOn("#clearFilterButton");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aBadFieldShowsItsMessageBesideItAndNothingIsSaved(FxRobot robot) {
        openLedger(robot);
        robot.clickOn("#newAssetButton");
        fillValidForm(robot, "外付けHDD");
        TextField acquired = robot.lookup("#" + AssetFormView.fieldId(AssetField.ACQUIRED_ON)).queryAs(TextField.class);
        robot.interact(() -> acquired.setText("2026/02/30"));
        TextField name = robot.lookup("#" + AssetFormView.fieldId(AssetField.NAME)).queryAs(TextField.class);
        robot.interact(() -> name.setText(""));
        robot.clickOn("#saveAssetButton");

        assertThat(errorOf(robot, AssetField.ACQUIRED_ON)).contains("取得日").contains("2026/02/30").contains("日付として読めません");
        assertThat(errorOf(robot, AssetField.NAME)).isEqualTo("情報資産名称を入力してください。");
        assertThat(errorOf(robot, AssetField.SERIAL_NO)).isEmpty();
        assertThat(robot.lookup("#saveAssetButton").tryQuery()).as("the form stays open").isPresent();
        assertThat(services.ledger().entries()).isEmpty();
    }

    @Test
    void restrictionsAndWarningsFollowTheChosenClassesLive(FxRobot robot) {
        openLedger(robot);
        robot.clickOn("#newAssetButton");
        @SuppressWarnings("unchecked")
        ListView<String> restrictions = robot.lookup("#restrictionsList").queryAs(ListView.class);
        choose(robot, AssetField.KIND, AssetKind.STORAGE_MEDIUM);
        choose(robot, AssetField.CONFIDENTIALITY, 1);
        choose(robot, AssetField.INTEGRITY, 1);
        choose(robot, AssetField.AVAILABILITY, 1);
        assertThat(restrictions.getItems()).containsExactly("特段の取扱制限なし（機密性1・完全性1・可用性1）");
        assertThat(warningTexts(robot)).isEmpty();

        choose(robot, AssetField.CONFIDENTIALITY, 2);
        assertThat(restrictions.getItems()).contains("復元不可能な処理を施しての廃棄", "電磁的記録媒体の施錠可能な場所への保管");
        assertThat(warningTexts(robot)).anyMatch(w -> w.contains("施錠できる場所")).anyMatch(w -> w.contains("暗号化"));

        robot.interact(() -> {
            robot.lookup("#" + AssetFormView.fieldId(AssetField.LOCKED_STORAGE)).queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#" + AssetFormView.fieldId(AssetField.ENCRYPTED)).queryAs(CheckBox.class).setSelected(true);
        });
        assertThat(warningTexts(robot)).isEmpty();
    }

    @Test
    void exportWritesWhatTheTableShowsInTheBackgroundAndSaysWhere(FxRobot robot) throws Exception {
        TableView<LedgerEntry> table = openLedger(robot);
        robot.clickOn("#newAssetButton");
        fillValidForm(robot, "USBメモリ（出力試験）");
        robot.clickOn("#saveAssetButton");
        waitUntil(() -> table.getItems().size() == 1);
        Path folder = java.nio.file.Files.createTempDirectory(tempRoot, "export");

        AssetLedgerView view = (AssetLedgerView) robot.lookup(".ledger-view").query();
        robot.interact(() -> view.export(folder, org.daicho.service.ExportProtection.NONE));

        Label status = robot.lookup("#ledgerStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("出力しました"));
        Path written = folder.resolve("機密性2_情報資産管理台帳_20261124.xlsx");
        assertThat(status.getText()).contains(written.toString());
        assertThat(written).isRegularFile();
        assertThat(robot.lookup("#exportProgress").query().isVisible()).isFalse();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(written.toFile())) {
            var sheet = workbook.getSheetAt(0);
            var lastRow = sheet.getRow(sheet.getLastRowNum());
            assertThat(lastRow.getCell(AssetField.ASSET_NO.ordinal()).getStringCellValue()).isEqualTo("MD-0001");
            assertThat(lastRow.getCell(AssetField.NAME.ordinal()).getStringCellValue()).isEqualTo("USBメモリ（出力試験）");
        }
    }

    private TableView<LedgerEntry> openLedger(FxRobot robot) {
        robot.clickOn("#navAssets");
        @SuppressWarnings("unchecked")
        TableView<LedgerEntry> table = robot.lookup("#assetTable").queryAs(TableView.class);
        waitUntil(() -> !robot.lookup("#sectionFilter").queryAs(ComboBox.class).getItems().isEmpty());
        return table;
    }

    private void fillValidForm(FxRobot robot, String name) {
        choose(robot, AssetField.KIND, AssetKind.STORAGE_MEDIUM);
        set(robot, AssetField.NAME, name);
        choose(robot, AssetField.NETWORK_ZONE, NetworkZone.LGWAN);
        set(robot, AssetField.SERIAL_NO, "SN-TEST-0001");
        choose(robot, AssetField.CONFIDENTIALITY, 2);
        choose(robot, AssetField.INTEGRITY, 1);
        choose(robot, AssetField.AVAILABILITY, 1);
        @SuppressWarnings("unchecked")
        ComboBox<Section> section = robot.lookup("#" + AssetFormView.fieldId(AssetField.SECTION)).queryAs(ComboBox.class);
        robot.interact(() -> section.setValue(section.getItems().get(0)));
        @SuppressWarnings("unchecked")
        ComboBox<Staff> manager = robot.lookup("#" + AssetFormView.fieldId(AssetField.MANAGER)).queryAs(ComboBox.class);
        robot.interact(() -> manager.setValue(manager.getItems().stream()
                .filter(s -> s.name().equals("試験 太郎")).findFirst().orElseThrow()));
        set(robot, AssetField.STORAGE_PLACE, "総務課 施錠書庫");
        set(robot, AssetField.ACQUIRED_ON, "R8.4.1");
    }

    private static void set(FxRobot robot, AssetField field, String value) {
        TextField input = robot.lookup("#" + AssetFormView.fieldId(field)).queryAs(TextField.class);
        robot.interact(() -> input.setText(value));
    }

    private static <T> void choose(FxRobot robot, AssetField field, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> box = robot.lookup("#" + AssetFormView.fieldId(field)).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    private static String text(FxRobot robot, AssetField field) {
        return robot.lookup("#" + AssetFormView.fieldId(field)).queryAs(TextField.class).getText();
    }

    private static String errorOf(FxRobot robot, AssetField field) {
        return robot.lookup("#" + AssetFormView.fieldId(field) + "Error").queryAs(Label.class).getText();
    }

    private static java.util.List<String> warningTexts(FxRobot robot) {
        return robot.lookup("#storageWarnings").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(node -> node.getStyleClass().contains("storage-warning"))
                .map(node -> ((Label) node).getText()).toList();
    }
}
