package org.daicho.ui.settings;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.AssetKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Section;
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
class SettingsViewTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path tempDir;

    private DaichoServices services;
    private final AtomicInteger savedCalls = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = TestStores.create(tempDir.resolve("data"),
                new OrganisationSetup("試験組合", List.of("総務課", "業務課"), List.of("担当", "課長")), CLOCK);
        SettingsView view = new SettingsView(services, Messages.japanese(), savedCalls::incrementAndGet);
        Scene scene = new Scene(view, 1080, 760);
        scene.getStylesheets().add(SettingsView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.refresh();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    @Test
    void showsTheStoredSettings(FxRobot robot) throws TimeoutException {
        TextField organisation = field(robot, "#settingsOrganisationField");
        waitUntil(() -> "試験組合".equals(organisation.getText()));

        assertThat(field(robot, "#settingsApprovalTitlesField").getText()).isEqualTo("担当 / 課長");
        assertThat(dateStyleBox(robot).getValue()).isEqualTo(DateStyle.WAREKI);
        assertThat(field(robot, "#settingsPrefix_TERMINAL").getText()).isEqualTo("PC");
        assertThat(sectionList(robot).getItems()).extracting(Section::name).containsExactly("総務課", "業務課");
    }

    @Test
    void savesChangedSettingsAndTellsTheWindow(FxRobot robot) throws TimeoutException {
        TextField organisation = field(robot, "#settingsOrganisationField");
        waitUntil(() -> "試験組合".equals(organisation.getText()));

        robot.interact(() -> {
            organisation.setText("試験広域事務組合");
            field(robot, "#settingsApprovalTitlesField").setText("担当、係長／課長");
            dateStyleBox(robot).setValue(DateStyle.SEIREKI);
            field(robot, "#settingsPrefix_SERVER").setText("SRV");
        });
        robot.clickOn("#saveSettingsButton");
        waitUntil(() -> savedCalls.get() == 1);

        OrganisationSettings stored = services.settings().settings();
        assertThat(stored.organisationName()).isEqualTo("試験広域事務組合");
        assertThat(stored.approvalTitles()).containsExactly("担当", "係長", "課長");
        assertThat(stored.dateStyle()).isEqualTo(DateStyle.SEIREKI);
        assertThat(stored.prefixFor(AssetKind.SERVER)).isEqualTo("SRV");
        assertThat(robot.lookup("#settingsStatus").queryAs(Label.class).getText()).isEqualTo("設定を保存しました。");
        assertThat(field(robot, "#settingsApprovalTitlesField").getText()).isEqualTo("担当 / 係長 / 課長");
    }

    @Test
    void badPrefixShowsTheMessageBesideItsFieldAndSavesNothing(FxRobot robot) throws TimeoutException {
        TextField organisation = field(robot, "#settingsOrganisationField");
        waitUntil(() -> "試験組合".equals(organisation.getText()));

        robot.interact(() -> {
            organisation.setText("別の組合");
            field(robot, "#settingsPrefix_TERMINAL").setText("P C");
        });
        robot.clickOn("#saveSettingsButton");

        Label error = robot.lookup("#settingsPrefix_TERMINALError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("管理番号の接頭辞は半角英数字8文字以内で入力してください。");
        assertThat(robot.lookup("#settingsPrefix_MOBILEError").queryAs(Label.class).getText()).isEmpty();
        assertThat(savedCalls.get()).isZero();
        assertThat(services.settings().settings().organisationName()).isEqualTo("試験組合");
        assertThat(services.settings().settings().prefixFor(AssetKind.TERMINAL)).isEqualTo("PC");
    }

    @Test
    void emptyOrganisationNameShowsTheMessage(FxRobot robot) throws TimeoutException {
        TextField organisation = field(robot, "#settingsOrganisationField");
        waitUntil(() -> "試験組合".equals(organisation.getText()));

        robot.interact(() -> organisation.setText("  "));
        robot.clickOn("#saveSettingsButton");

        Label error = robot.lookup("#settingsOrganisationFieldError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("団体名を入力してください。");
        assertThat(savedCalls.get()).isZero();
    }

    @Test
    void addsASectionToTheList(FxRobot robot) throws TimeoutException {
        ListView<Section> list = sectionList(robot);
        waitUntil(() -> list.getItems().size() == 2);

        robot.interact(() -> field(robot, "#sectionNameField").setText("施設課"));
        robot.clickOn("#addSectionButton");

        waitUntil(() -> list.getItems().size() == 3);
        assertThat(list.getItems()).extracting(Section::name).containsExactly("総務課", "業務課", "施設課");
        assertThat(services.settings().sections()).extracting(Section::name).contains("施設課");
        assertThat(field(robot, "#sectionNameField").getText()).isEmpty();
        assertThat(robot.lookup("#sectionStatus").queryAs(Label.class).getText()).isEqualTo("所属「施設課」を追加しました。");
    }

    @Test
    void sectionNameInUseShowsTheMessage(FxRobot robot) throws TimeoutException {
        ListView<Section> list = sectionList(robot);
        waitUntil(() -> list.getItems().size() == 2);

        robot.interact(() -> field(robot, "#sectionNameField").setText("総務課"));
        robot.clickOn("#addSectionButton");

        Label error = robot.lookup("#sectionNameFieldError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("所属「総務課」は既にあります。");
        assertThat(services.settings().sections()).hasSize(2);
    }

    @Test
    void renamesTheSelectedSection(FxRobot robot) throws TimeoutException {
        ListView<Section> list = sectionList(robot);
        waitUntil(() -> list.getItems().size() == 2);

        robot.clickOn(robot.lookup("#sectionList .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "業務課".equals(cell.getText()))
                .queryAs(javafx.scene.Node.class));
        TextField name = field(robot, "#sectionNameField");
        assertThat(name.getText()).isEqualTo("業務課");
        robot.interact(() -> name.setText("業務第一課"));
        robot.clickOn("#renameSectionButton");

        waitUntil(() -> list.getItems().stream().anyMatch(s -> s.name().equals("業務第一課")));
        assertThat(services.settings().sections()).extracting(Section::name).containsExactly("総務課", "業務第一課");
        assertThat(list.getSelectionModel().getSelectedItem().name()).isEqualTo("業務第一課");
    }

    private static TextField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<DateStyle> dateStyleBox(FxRobot robot) {
        return robot.lookup("#settingsDateStyleBox").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Section> sectionList(FxRobot robot) {
        return robot.lookup("#sectionList").queryAs(ListView.class);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
