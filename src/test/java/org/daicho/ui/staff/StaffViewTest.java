package org.daicho.ui.staff;

import org.daicho.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StaffViewTest {

    /** 2026-11-24 in Japan: S003 left on 2025-03-31, before it. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path tempDir;

    private DaichoServices services;
    private StaffView view;

    /** The store also has its administrator, 試験 管理者 (Z9001, 総務課): see TestStores. */
    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = TestStores.create(tempDir.resolve("data"),
                new OrganisationSetup("試験組合", List.of("総務課", "業務課"), List.of("担当", "課長")), CLOCK);
        List<Section> sections = services.settings().sections();
        long soumu = sections.get(0).id();
        long gyomu = sections.get(1).id();
        services.staff().save(null, new StaffDraft("S001", "山田 太郎", "やまだ たろう", soumu, EmploymentType.REGULAR,
                "2010/04/01", "", true, false));
        services.staff().save(null, new StaffDraft("S002", "佐藤 花子", "さとう はなこ", gyomu, EmploymentType.PART_TIME,
                "R2.4.1", "", false, true));
        services.staff().save(null, new StaffDraft("S003", "鈴木 一郎", "すずき いちろう", gyomu, EmploymentType.REGULAR,
                "2000/04/01", "2025/03/31", false, false));

        view = new StaffView(services, Messages.japanese());
        Scene scene = new Scene(view, 1080, 760);
        scene.getStylesheets().add(StaffView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    @Test
    void listsCurrentStaffWithSectionDatesAndRolesAndHidesThoseWhoLeft(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);

        assertThat(staffNos(table)).containsExactly("S001", "S002", "Z9001");
        assertThat(cell(table, 0, "column-SECTION")).isEqualTo("総務課");
        assertThat(cell(table, 1, "column-SECTION")).isEqualTo("業務課");
        assertThat(cell(table, 1, "column-EMPLOYMENT_TYPE")).isEqualTo("非常勤");
        assertThat(cell(table, 0, "column-SECURITY_MANAGER")).isEqualTo("○");
        assertThat(cell(table, 0, "column-SYSTEM_MANAGER")).isEmpty();
        assertThat(robot.lookup("#staffCount").queryAs(Label.class).getText()).isEqualTo("4 名中 3 名を表示");

        robot.clickOn("#staffShowLeft");
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(staffNos(table)).containsExactly("S001", "S002", "S003", "Z9001");
        assertThat(robot.lookup("#staffCount").queryAs(Label.class).getText()).isEqualTo("全 4 名");
    }

    @Test
    void datesAreShownInTheSettingsDateStyle(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(renderedText(robot, "令和2年4月1日")).isTrue();

        services.settings().save(new org.daicho.domain.OrganisationSettings("試験組合", List.of("担当"),
                org.daicho.domain.DateStyle.SEIREKI, services.settings().settings().assetNoPrefixes()));
        robot.interact(view::refresh);
        waitUntil(() -> renderedText(robot, "2020/04/01"));
        assertThat(renderedText(robot, "令和2年4月1日")).isFalse();
    }

    @Test
    void addsStaffMemberThroughTheFormAndSelectsTheNewRow(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#newStaffButton");
        fillForm(robot, "A010", "高橋 次郎", "たかはし じろう", "R8.4.1");
        robot.interact(() -> robot.lookup("#staffSystemManagerCheck").queryAs(CheckBox.class).setSelected(true));
        robot.clickOn("#saveStaffButton");

        waitUntil(() -> staffNos(table).contains("A010"));
        WaitForAsyncUtils.waitForFxEvents();
        Staff saved = table.getSelectionModel().getSelectedItem();
        assertThat(saved).isNotNull();
        assertThat(saved.staffNo()).isEqualTo("A010");
        assertThat(saved.name()).isEqualTo("高橋 次郎");
        assertThat(saved.systemManager()).isTrue();
        assertThat(saved.hiredOn()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
        assertThat(robot.lookup("#staffStatus").queryAs(Label.class).getText()).isEqualTo("保存しました: A010 高橋 次郎");
        assertThat(services.staff().all()).hasSize(5);
    }

    @Test
    void katakanaReadingShowsTheMessageBesideTheFieldAndSavesNothing(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);

        fillForm(robot, "A011", "伊藤 三郎", "イトウ サブロウ", "2026/04/01");
        robot.clickOn("#saveStaffButton");

        Label error = robot.lookup("#staffKanaFieldError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("ふりがなはひらがなで入力してください。");
        assertThat(error.isVisible()).isTrue();
        assertThat(robot.lookup("#staffNoFieldError").queryAs(Label.class).getText()).isEmpty();
        assertThat(services.staff().all()).hasSize(4);
        assertThat(staffNos(table)).doesNotContain("A011");
    }

    @Test
    void staffNumberInUseShowsTheMessageAndSavesNothing(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);

        fillForm(robot, "S002", "伊藤 三郎", "いとう さぶろう", "2026/04/01");
        robot.clickOn("#saveStaffButton");

        Label error = robot.lookup("#staffNoFieldError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("職員番号「S002」は既に登録されています。");
        assertThat(services.staff().all()).hasSize(4);
        assertThat(services.staff().all()).extracting(Staff::name).doesNotContain("伊藤 三郎");
    }

    @Test
    void searchFiltersAsYouTypeByNumberNameAndReading(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn("#staffSearch").write("s002");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(staffNos(table)).containsExactly("S002");

        TextField search = robot.lookup("#staffSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("やまだ"));
        assertThat(staffNos(table)).containsExactly("S001");
        robot.interact(() -> search.setText("Ｓ００１"));
        assertThat(staffNos(table)).containsExactly("S001");
        robot.interact(() -> search.setText("佐藤花子"));
        assertThat(staffNos(table)).containsExactly("S002");
        robot.interact(() -> search.setText("すずき"));
        assertThat(staffNos(table)).isEmpty();
        robot.interact(() -> search.setText(""));
        assertThat(staffNos(table)).containsExactly("S001", "S002", "Z9001");
    }

    @Test
    void sectionFilterShowsOneSection(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);

        @SuppressWarnings("unchecked")
        ComboBox<Section> filter = robot.lookup("#staffSectionFilter").queryAs(ComboBox.class);
        robot.interact(() -> filter.setValue(filter.getItems().stream()
                .filter(s -> s != null && s.name().equals("業務課")).findFirst().orElseThrow()));
        assertThat(staffNos(table)).containsExactly("S002");
        robot.interact(() -> filter.setValue(null));
        assertThat(staffNos(table)).containsExactly("S001", "S002", "Z9001");
    }

    @Test
    void selectingARowLoadsItIntoTheFormAndSavingChangesIt(FxRobot robot) throws TimeoutException {
        TableView<Staff> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);

        robot.clickOn(robot.lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getIndex() == 1).queryAs(javafx.scene.Node.class));
        TextField name = robot.lookup("#staffNameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("佐藤 花子");
        assertThat(robot.lookup("#staffHiredField").queryAs(TextField.class).getText()).isEqualTo("令和2年4月1日");
        assertThat(robot.lookup("#staffSystemManagerCheck").queryAs(CheckBox.class).isSelected()).isTrue();

        robot.interact(() -> name.setText("佐藤 花江"));
        robot.clickOn("#saveStaffButton");
        waitUntil(() -> table.getItems().stream().anyMatch(s -> s.name().equals("佐藤 花江")));

        assertThat(services.staff().all()).hasSize(4);
        assertThat(services.staff().all()).extracting(Staff::name).contains("佐藤 花江").doesNotContain("佐藤 花子");
    }

    private void fillForm(FxRobot robot, String staffNo, String name, String kana, String hiredOn) {
        @SuppressWarnings("unchecked")
        ComboBox<Section> section = robot.lookup("#staffSectionBox").queryAs(ComboBox.class);
        robot.interact(() -> {
            robot.lookup("#staffNoField").queryAs(TextField.class).setText(staffNo);
            robot.lookup("#staffNameField").queryAs(TextField.class).setText(name);
            robot.lookup("#staffKanaField").queryAs(TextField.class).setText(kana);
            section.setValue(section.getItems().get(0));
            robot.lookup("#staffHiredField").queryAs(TextField.class).setText(hiredOn);
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<Staff> table(FxRobot robot) {
        return robot.lookup("#staffTable").queryAs(TableView.class);
    }

    private static List<String> staffNos(TableView<Staff> table) {
        return table.getItems().stream().map(Staff::staffNo).toList();
    }

    private static String cell(TableView<Staff> table, int row, String columnId) {
        return table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow()
                .getCellObservableValue(row).getValue().toString();
    }

    private static boolean renderedText(FxRobot robot, String text) {
        return robot.lookup("#staffTable .table-cell").queryAll().stream()
                .anyMatch(node -> text.equals(((javafx.scene.control.Labeled) node).getText()));
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
