package org.daicho.ui.home;

import org.daicho.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.LedgerEntry;
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

/** The home screen on the demo organisation: what needs attention, and one click to those records. */
@ExtendWith(ApplicationExtension.class)
class HomeViewTest {

    @TempDir
    Path dataDir;

    private DaichoServices services;

    @Start
    void start(Stage stage) {
        services = TestStores.createDemo(dataDir.resolve("demo"), UiTestSupport.CLOCK);
        stage.setScene(new Scene(new MainView(services, Messages.japanese()), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    @Test
    void showsTheOrganisationTheFiscalYearAndWhatNeedsAttention(FxRobot robot) {
        VBox attention = robot.lookup("#attentionList").queryAs(VBox.class);
        waitUntil(() -> !attention.getChildren().isEmpty());
        assertThat(robot.lookup("#homeHeading").queryAs(Label.class).getText())
                .contains("架空市見本町環境衛生事業組合（デモ）").contains("令和8年度");
        assertThat(robot.lookup("#attention-" + AttentionKind.NOT_REVIEWED_THIS_YEAR.name()).tryQuery()).isPresent();
        assertThat(robot.lookup("#attention-" + AttentionKind.STORAGE_WARNING.name()).tryQuery()).isPresent();
    }

    @Test
    void anAttentionItemOpensTheLedgerShowingExactlyTheAssetsItCounts(FxRobot robot) {
        VBox attention = robot.lookup("#attentionList").queryAs(VBox.class);
        waitUntil(() -> !attention.getChildren().isEmpty());
        int expected = services.attention().assetAttention(services.ledger().entries()).get(AttentionKind.STORAGE_WARNING);
        assertThat(expected).isPositive();

        robot.clickOn("#attention-" + AttentionKind.STORAGE_WARNING.name());

        @SuppressWarnings("unchecked")
        TableView<LedgerEntry> table = robot.lookup("#assetTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == expected);
        assertThat(table.getItems()).allMatch(e -> !e.asset().storageWarnings().isEmpty());
        assertThat(robot.lookup("#attentionFilter").queryAs(Label.class).getText()).contains("施錠保管");
    }
}
