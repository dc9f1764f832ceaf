package org.daicho.ui.staffimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.text;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffField;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.staff.StaffView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The import wizard opened from the staff screen: a Shift_JIS file from Excel with a wrong 所属 shows the error in
 * red and cannot be imported; fixed and read again, it is imported and the staff list shows the new people.
 * The store has 総務課 and 業務課, T0001 (試験 太郎) and the administrator Z9001.
 */
@ExtendWith(ApplicationExtension.class)
class StaffImportViewTest {

    private static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    private static final String HEADER = "職員コード,名前,フリガナ,所属,任用区分,採用日,同意書提出日";

    @TempDir
    Path dir;

    private DaichoServices services;

    @Start
    void start(Stage stage) {
        UiTestSupport.useAppLook();
        services = UiTestSupport.newStore(dir.resolve("data"));
        StaffView view = new StaffView(services, Messages.japanese());
        UiTestSupport.show(stage, view, 1180, 760);
        view.refresh();
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
    }

    private Path writeList(String... rows) throws IOException {
        Path file = dir.resolve("職員名簿.csv");
        return Files.write(file, (HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(WINDOWS_31J));
    }

    @SuppressWarnings("unchecked")
    private static TableView<Staff> staffTable(FxRobot robot) {
        return robot.lookup("#staffTable").queryAs(TableView.class);
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    /** The text a preview cell shows: its own, or its wrapped text's (the status and details columns). */
    private static String shown(TableCell<?, ?> cell) {
        if (cell.getGraphic() instanceof Text text) {
            return text.getText();
        }
        return cell.getText() == null ? "" : cell.getText();
    }

    private static Optional<TableCell<?, ?>> cellContaining(FxRobot robot, String text) {
        return robot.lookup("#staffImportTable .table-cell").queryAll().stream()
                .filter(node -> node instanceof TableCell<?, ?> cell && cell.isVisible() && shown(cell).contains(text))
                .<TableCell<?, ?>>map(node -> (TableCell<?, ?>) node).findFirst();
    }

    @Test
    void aFileWithAWrongSectionCannotBeImportedUntilFixedThenTheListShowsTheNewStaff(FxRobot robot)
            throws IOException {
        TableView<Staff> staff = staffTable(robot);
        waitUntil(() -> staff.getItems().size() == 2);
        Path file = writeList(
                "T0101,試験 花子,シケン ハナコ,業務課,非常勤,R8.4.1,R8.3.20",
                "T0102,試験 次郎,シケン ジロウ,庶務課,職員,2026/4/1,");

        robot.clickOn("#staffImportButton");
        StaffImportView wizard = robot.lookup("#staffImportView").queryAs(StaffImportView.class);
        StaffImportViewModel model = wizard.model();
        assertThat(text(robot, "#staffImportStep")).isEqualTo("手順 1/4: ファイルを選ぶ");
        assertThat(disabled(robot, "#staffImportNext")).as("no file yet").isTrue();

        // 1. the file (the FileChooser is the OS's own dialog: the file is handed over as it would be)
        robot.interact(() -> model.chooseFile(file));
        waitUntil(() -> model.table().get() != null);
        assertThat(text(robot, "#staffImportFile")).isEqualTo("職員名簿.csv（見出しの下に 2 行）");
        assertThat(text(robot, "#staffImportDetected")).startsWith("自動判定: Shift_JIS（Excel の CSV）");

        // 2. the columns, guessed from the headers
        robot.clickOn("#staffImportNext");
        assertThat(text(robot, "#staffImportStep")).isEqualTo("手順 2/4: 列の対応");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> nameColumn = robot.lookup("#staffImportColumn-NAME").queryAs(ComboBox.class);
        assertThat(nameColumn.getValue()).isEqualTo(1);
        assertThat(nameColumn.getButtonCell().getText()).isEqualTo("B列: 名前");
        @SuppressWarnings("unchecked")
        ComboBox<Integer> leftColumn = robot.lookup("#staffImportColumn-LEFT_ON").queryAs(ComboBox.class);
        assertThat(leftColumn.getValue()).as("no 退職日 column").isNull();

        // 3. the check: the unknown 所属 is an error in red, and nothing can be imported
        robot.clickOn("#staffImportNext");
        waitUntil(() -> model.step().get() == StaffImportViewModel.Step.PREVIEW);
        assertThat(text(robot, "#staffImportCounts")).isEqualTo("新規 1 名、更新 0 名、変更なし 0 名、エラー 1 行");
        assertThat(text(robot, "#staffImportMessage")).startsWith("エラーのある行があります");
        assertThat(disabled(robot, "#staffImportCommit")).isTrue();
        TableCell<?, ?> error = cellContaining(robot, "所属「庶務課」は登録されていません").orElseThrow();
        assertThat(shown(error)).startsWith("列「所属」: ");
        assertThat(error.getStyleClass()).contains("field-error");
        assertThat(cellContaining(robot, "しけん はなこ")).as("ふりがな in hiragana").isPresent();
        assertThat(services.staff().all()).hasSize(2);

        // the file is fixed and read again
        writeList("T0101,試験 花子,シケン ハナコ,業務課,非常勤,R8.4.1,R8.3.20",
                "T0102,試験 次郎,シケン ジロウ,総務課,職員,2026/4/1,");
        robot.clickOn("#staffImportReload");
        waitUntil(() -> text(robot, "#staffImportCounts").equals("新規 2 名、更新 0 名、変更なし 0 名、エラー 0 行"));
        assertThat(cellContaining(robot, "登録されていません")).isEmpty();
        assertThat(disabled(robot, "#staffImportCommit")).isFalse();

        // 4. imported
        robot.clickOn("#staffImportCommit");
        waitUntil(() -> model.step().get() == StaffImportViewModel.Step.DONE);
        assertThat(text(robot, "#staffImportDone")).startsWith("取り込みました。新規 2 名、更新 0 名、変更なし 0 名。");
        robot.clickOn("#staffImportClose");

        waitUntil(() -> staff.getItems().size() == 4);
        Set<String> listed = staff.getItems().stream().map(Staff::staffNo).collect(Collectors.toSet());
        assertThat(listed).containsExactlyInAnyOrder("T0001", "T0101", "T0102", "Z9001");
        Staff hanako = staff.getItems().stream().filter(s -> s.staffNo().equals("T0101")).findFirst().orElseThrow();
        assertThat(hanako.employmentType()).isEqualTo(EmploymentType.PART_TIME);
        assertThat(hanako.consentOn()).isEqualTo(LocalDate.of(2026, 3, 20));
    }

    @Test
    void theStaffFormKeepsTheConsentDateAndPointsItOutForPartTimeStaff(FxRobot robot) {
        TableView<Staff> staff = staffTable(robot);
        waitUntil(() -> staff.getItems().size() == 2);
        Node hint = robot.lookup("#staffConsentHint").query();
        assertThat(hint.isVisible()).as("regular staff sign no 同意書").isFalse();

        robot.clickOn("#newStaffButton");
        robot.interact(() -> {
            robot.lookup("#staffNoField").queryAs(TextField.class).setText("T0201");
            robot.lookup("#staffNameField").queryAs(TextField.class).setText("試験 三郎");
            robot.lookup("#staffKanaField").queryAs(TextField.class).setText("しけん さぶろう");
            @SuppressWarnings("unchecked")
            ComboBox<org.daicho.domain.Section> section = robot.lookup("#staffSectionBox").queryAs(ComboBox.class);
            section.getSelectionModel().select(0);
            @SuppressWarnings("unchecked")
            ComboBox<EmploymentType> type = robot.lookup("#staffTypeBox").queryAs(ComboBox.class);
            type.setValue(EmploymentType.TEMPORARY);
            robot.lookup("#staffHiredField").queryAs(TextField.class).setText("R8.4.1");
            robot.lookup("#staffConsentField").queryAs(TextField.class).setText("2026/2/30");
        });
        assertThat(hint.isVisible()).as("臨時 staff sign a 同意書").isTrue();
        assertThat(((Label) hint).getText()).contains("同意書の提出日");

        robot.clickOn("#saveStaffButton");
        Label consentError = robot.lookup("#staffConsentFieldError").queryAs(Label.class);
        waitUntil(() -> !consentError.getText().isEmpty());
        assertThat(consentError.getText()).startsWith("同意書提出日の「2026/2/30」は日付として読めません");

        robot.interact(() -> robot.lookup("#staffConsentField").queryAs(TextField.class).setText("R8.3.31"));
        robot.clickOn("#saveStaffButton");
        waitUntil(() -> staff.getItems().size() == 3);
        Staff saved = services.staff().all().stream().filter(s -> s.staffNo().equals("T0201")).findFirst().orElseThrow();
        assertThat(saved.consentOn()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(staff.getColumns().stream().filter(c -> "column-CONSENT_ON".equals(c.getId())).findFirst()
                .orElseThrow().getCellData(staff.getItems().stream().filter(s -> s.staffNo().equals("T0201"))
                        .findFirst().orElseThrow())).isEqualTo(LocalDate.of(2026, 3, 31));

        // editing it again keeps the date (it was lost before the form had the field)
        robot.interact(() -> staff.getSelectionModel().select(staff.getItems().stream()
                .filter(s -> s.staffNo().equals("T0201")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#staffConsentField").queryAs(TextField.class).getText()).isEqualTo("令和8年3月31日");
        robot.interact(() -> robot.lookup("#staffNameField").queryAs(TextField.class).setText("試験 三朗"));
        robot.clickOn("#saveStaffButton");
        waitUntil(() -> services.staff().all().stream().anyMatch(s -> s.name().equals("試験 三朗")));
        assertThat(services.staff().all().stream().filter(s -> s.staffNo().equals("T0201")).findFirst().orElseThrow()
                .consentOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    }
}
