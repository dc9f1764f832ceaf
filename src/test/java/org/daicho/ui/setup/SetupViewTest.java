package org.daicho.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.daicho.domain.OrganisationSetup;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first-start questions. */
@ExtendWith(ApplicationExtension.class)
class SetupViewTest {

    private final AtomicReference<OrganisationSetup> created = new AtomicReference<>();
    private final AtomicBoolean demoAsked = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        SetupView view = new SetupView(Messages.japanese(), Path.of("/tmp/daicho-test"),
                (folder, answers) -> created.set(answers), () -> demoAsked.set(true));
        stage.setScene(new Scene(view, 1000, 760));
        stage.show();
    }

    @Test
    void missingAnswersAreNamedAndNothingIsCreated(FxRobot robot) {
        robot.clickOn("#startButton");
        assertThat(robot.lookup("#organisationFieldError").queryAs(Label.class).getText()).isEqualTo("団体名を入力してください。");
        assertThat(robot.lookup("#sectionsFieldError").queryAs(Label.class).getText()).isEqualTo("所属（部署）を入力してください。");
        assertThat(created.get()).isNull();
    }

    @Test
    void completeAnswersCreateTheStoreWithSectionsOneALine(FxRobot robot) {
        TextField organisation = robot.lookup("#organisationField").queryAs(TextField.class);
        TextArea sections = robot.lookup("#sectionsField").queryAs(TextArea.class);
        robot.interact(() -> {
            organisation.setText("試験町衛生組合");
            sections.setText("総務課\n業務課\n\n施設課");
        });
        robot.clickOn("#startButton");
        assertThat(created.get().organisationName()).isEqualTo("試験町衛生組合");
        assertThat(created.get().sectionNames()).containsExactly("総務課", "業務課", "施設課");
        assertThat(created.get().approvalTitles()).containsExactly("担当", "係長", "課長", "事務局長");
    }

    @Test
    void theDemoButtonAsksForTheDemo(FxRobot robot) {
        robot.clickOn("#demoButton");
        assertThat(demoAsked).isTrue();
    }
}
