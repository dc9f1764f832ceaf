package org.daicho.ui.carry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.testing.TestStores;
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

/** The 持出・持込 list on the demo organisation: the home screen's items, flags, filters and the 記録簿. */
@ExtendWith(ApplicationExtension.class)
class CarryListViewTest {

    @TempDir
    Path dir;

    private DaichoServices services;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = TestStores.createDemo(dir.resolve("demo"), UiTestSupport.CLOCK);
        Scene scene = new Scene(new MainView(services, Messages.japanese()), 1280, 800);
        scene.getStylesheets().add(MainView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<CarryEntry> table(FxRobot robot) {
        return robot.lookup("#carryTable").queryAs(TableView.class);
    }

    private static List<Long> ids(List<CarryEntry> entries) {
        return entries.stream().map(CarryEntry::id).sorted().toList();
    }

    @Test
    void theHomeScreenItemsOpenTheListFilteredToOverdueReturnsAndWaitingApplications(FxRobot robot) {
        VBox attention = robot.lookup("#attentionList").queryAs(VBox.class);
        waitUntil(() -> robot.lookup("#attention-carry-OVERDUE").tryQuery().isPresent());
        List<Long> overdue = ids(services.carry().overdue());
        List<Long> waiting = ids(services.carry().waitingForPermission());
        assertThat(overdue).isNotEmpty();
        assertThat(waiting).isNotEmpty();
        assertThat(attention.lookupAll(".attention-count").stream().map(n -> ((Label) n).getText()))
                .contains(overdue.size() + " 件", waiting.size() + " 件");

        robot.clickOn("#attention-carry-OVERDUE");
        TableView<CarryEntry> table = table(robot);
        waitUntil(() -> ids(table.getItems()).equals(overdue));
        assertThat(robot.lookup("#carryOverdueFilter").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        var overdueClass = javafx.css.PseudoClass.getPseudoClass("overdue");
        assertThat(robot.lookup("#carryTable .table-row-cell").<Node>queryAll())
                .filteredOn(row -> row.getPseudoClassStates().contains(overdueClass)).as("tinted rows")
                .hasSize(overdue.size());
        assertThat(table.getItems()).allSatisfy(e -> assertThat(
                table.getColumns().stream().filter(c -> "column-STATUS".equals(c.getId())).findFirst().orElseThrow()
                        .getCellData(e).toString()).contains("遅延"));

        robot.clickOn("#navHome");
        waitUntil(() -> robot.lookup("#attention-carry-WAITING").tryQuery().isPresent());
        robot.clickOn("#attention-carry-WAITING");
        waitUntil(() -> ids(table.getItems()).equals(waiting));
        assertThat(table.getItems()).allMatch(e -> e.record().status() == CarryStatus.REQUESTED);
        assertThat(robot.lookup("#carryOverdueFilter").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void confidential3RecordsAreFlaggedAndThePeriodReadsWarekiAndWesternDates(FxRobot robot) {
        robot.clickOn("#navCarry");
        TableView<CarryEntry> table = table(robot);
        int all = services.carry().list(org.daicho.domain.CarryFilter.ALL).size();
        waitUntil(() -> table.getItems().size() == all);
        long confidential3 = table.getItems().stream().filter(CarryEntry::isConfidential3).count();
        assertThat(confidential3).isPositive();
        assertThat(table.getItems()).as("every demo record fits on the screen").hasSizeLessThan(20);
        List<Node> badges = List.copyOf(robot.lookup("#carryTable .carry-flag-badge").queryAll());
        assertThat(badges).as("one 機密性3 badge per such record").hasSize((int) confidential3)
                .allSatisfy(badge -> assertThat(((Label) badge).getText()).isEqualTo("機密性3"));

        TextField from = robot.lookup("#carryFromFilter").queryAs(TextField.class);
        TextField to = robot.lookup("#carryToFilter").queryAs(TextField.class);
        robot.interact(() -> {
            from.setText("R8.11.24");
            to.setText("2026/12/31");
        });
        waitUntil(() -> table.getItems().size() < all);
        assertThat(table.getItems()).isNotEmpty().allMatch(e -> !e.record().plannedOut().toLocalDate()
                .isBefore(java.time.LocalDate.of(2026, 11, 24)));

        robot.interact(() -> to.setText("2026/13/01"));
        Label error = robot.lookup("#carryPeriodError").queryAs(Label.class);
        assertThat(error.getText()).contains("2026/13/01").contains("日付として読めません");
        robot.clickOn("#carryClearFilter");
        waitUntil(() -> table.getItems().size() == all);
        assertThat(error.getText()).isEmpty();
    }

    @Test
    void theLogOfAFiscalYearIsWrittenInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("#navCarry");
        TableView<CarryEntry> table = table(robot);
        waitUntil(() -> !table.getItems().isEmpty());
        CarryListView view = (CarryListView) robot.lookup(".carry-view").query();
        Path out = dir.resolve("out");
        Files.createDirectories(out);

        robot.interact(() -> view.exportLog(new FiscalYear(2026), out, ExportProtection.NONE));

        Label status = robot.lookup("#carryStatus").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("出力しました"));
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".xlsx"));
        }
        assertThat(robot.lookup("#carryExportProgress").query().isVisible()).isFalse();
    }
}
