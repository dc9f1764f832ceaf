package org.daicho.ui.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daicho.ui.UiTestSupport.waitUntil;
import static org.daicho.ui.disposal.DisposalFixtures.choose;
import static org.daicho.ui.disposal.DisposalFixtures.set;
import static org.daicho.ui.disposal.DisposalFixtures.text;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
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

/** The application form: twenty sticks at once, the rules as the clerk chooses, messages beside the fields. */
@ExtendWith(ApplicationExtension.class)
class DisposalFormViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DisposalFixtures world;
    private final AtomicReference<DisposalEntry> saved = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        world = new DisposalFixtures(dir.resolve("data"), UiTestSupport.CLOCK, 20);
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        world.services.close();
    }

    /** Opens the form as the administrator of the test store (who may apply) and waits for the assets. */
    private TableView<AssetChoice> open(FxRobot robot) {
        robot.interact(() -> DisposalFormView.open(stage, world.services, world.messages, saved::set));
        @SuppressWarnings("unchecked")
        TableView<AssetChoice> table = robot.lookup("#disposalAssetTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 21);
        return table;
    }

    private static void tick(FxRobot robot, TableView<AssetChoice> table, String assetNo) {
        robot.interact(() -> table.getItems().stream().filter(c -> c.asset().assetNo().equals(assetNo)).findFirst()
                .orElseThrow().selected().set(true));
    }

    @Test
    void twentyUsbSticksAreChosenWithASearchAndOneClick(FxRobot robot) {
        TableView<AssetChoice> table = open(robot);
        robot.clickOn("#disposalAssetSearch").write("USB");
        waitUntil(() -> table.getItems().size() == 20);
        assertThat(text(robot, "#disposalShownCount")).isEqualTo("表示 20 / 21 件");
        robot.clickOn("#disposalSelectShown");

        assertThat(table.getItems()).allMatch(c -> c.selected().get());
        assertThat(text(robot, "#disposalChosen")).startsWith("選択中 20 件: USB-0001、USB-0002");
        VBox hints = robot.lookup("#disposalRuleHints").queryAs(VBox.class);
        assertThat(((Label) hints.getChildren().get(0)).getText()).isEqualTo(
                "選択中 20 件の最高機密性は 2、個人情報を含む資産は 20 件です。");
        assertThat(text(robot, "#disposalAssetsError")).as("nothing wrong yet, nothing red").isEmpty();

        robot.clickOn("#disposalClearSelection");
        assertThat(text(robot, "#disposalChosen")).startsWith("まだ選んでいません");
    }

    @Test
    void aClearOnlyTechniqueForAConfidential2AssetIsMarkedBesideTheTechnique(FxRobot robot) {
        TableView<AssetChoice> table = open(robot);
        tick(robot, table, "PC-0001");
        choose(robot, "#disposalPlannedMethod", SanitisationMethod.CLEAR);
        choose(robot, "#disposalPlannedTechnique", SanitisationTechnique.OS_INITIALISE);

        assertThat(text(robot, "#disposalPlannedTechniqueError")).isEqualTo(
                "予定の手法: 機密性2以上の情報を含む媒体に、OS初期化・クイックフォーマットは使えません（データを復元できるため）。");
        assertThat(text(robot, "#disposalReasonError")).as("not yet asked for").isEmpty();

        choose(robot, "#disposalPlannedPlace", DisposalPlace.INSIDE);
        set(robot, "#disposalPlannedOn", "R8.12.1");
        set(robot, "#disposalReason", "リース満了前の初期化");
        robot.clickOn("#disposalSaveButton");
        assertThat(text(robot, "#disposalFormStatus")).isEqualTo("入力内容を確認してください。");
        assertThat(world.services.disposal().list(DisposalFilter.ALL)).as("nothing recorded").isEmpty();

        choose(robot, "#disposalPlannedTechnique", SanitisationTechnique.OVERWRITE);
        assertThat(text(robot, "#disposalPlannedTechniqueError")).isEmpty();
        robot.clickOn("#disposalSaveButton");
        waitUntil(() -> saved.get() != null);
        DisposalEntry entry = world.services.disposal().entry(saved.get().id());
        assertThat(entry.record().application().plannedTechnique()).isEqualTo(SanitisationTechnique.OVERWRITE);
        assertThat(entry.record().application().end()).isEqualTo(DisposalEnd.DISPOSE);
        assertThat(entry.record().application().plannedOn()).hasToString("2026-12-01");
    }

    @Test
    void myNumberDataMayOnlyBeDestroyedAndAnEmptyFormSaysWhatIsMissing(FxRobot robot) {
        long section = world.services.settings().sections().get(0).id();
        var stick = world.services.ledger().entry(world.assetId("USB-0001")).asset();
        world.services.ledger().save(stick.id(), AssetDraft.of(stick, world.services.settings().settings().dateStyle())
                .personalInfo(PersonalInfoKind.MY_NUMBER).sectionId(section));
        TableView<AssetChoice> table = open(robot);
        set(robot, "#disposalPlannedOn", "あした");
        robot.clickOn("#disposalSaveButton");
        assertThat(text(robot, "#disposalAssetsError")).isEqualTo("対象資産を選んでください。");
        assertThat(text(robot, "#disposalPlannedMethodError")).isEqualTo("予定の方法区分を選んでください。");
        assertThat(text(robot, "#disposalPlannedOnError")).contains("「あした」は日付として読めません");
        assertThat(text(robot, "#disposalReasonError")).isEqualTo("理由を入力してください。");

        tick(robot, table, "USB-0001");
        VBox hints = robot.lookup("#disposalRuleHints").queryAs(VBox.class);
        assertThat(hints.getChildren()).extracting(n -> ((Label) n).getText()).anySatisfy(t -> assertThat(t)
                .isEqualTo("⚠ USB-0001 は特定個人情報を含むため、物理的な破壊（Destroy）のみ認められます。"));
        choose(robot, "#disposalPlannedMethod", SanitisationMethod.PURGE);
        choose(robot, "#disposalPlannedTechnique", SanitisationTechnique.BLOCK_ERASE);
        assertThat(text(robot, "#disposalPlannedMethodError")).contains("特定個人情報").contains("Destroy");
        assertThat(text(robot, "#disposalAssetsError")).isEmpty();
    }
}
