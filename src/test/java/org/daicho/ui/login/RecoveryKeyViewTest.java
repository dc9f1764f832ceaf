package org.daicho.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.print.Printer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The recovery key, shown once: 次へ only after the clerk says it is kept. */
@ExtendWith(ApplicationExtension.class)
class RecoveryKeyViewTest {

    private static final String KEY = "ABCDE-FGHIJ-KLMNO-PQRST-UVWXY-Z2345-67ABC-DEFGH";

    private final AtomicBoolean done = new AtomicBoolean();
    private RecoveryKeyView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new RecoveryKeyView(Messages.japanese(), "試験町衛生組合", KEY, LocalDate.of(2026, 11, 24),
                DateStyle.WAREKI, () -> done.set(true));
        Scene scene = new Scene(LoginView.centred(view, 720), 1000, 760);
        scene.getStylesheets().add(LoginView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void nextWaitsForTheTick(FxRobot robot) {
        assertThat(robot.lookup("#recoveryKeyText").queryAs(Label.class).getText())
                .as("four groups a line").isEqualTo("ABCDE-FGHIJ-KLMNO-PQRST-\nUVWXY-Z2345-67ABC-DEFGH");
        assertThat(robot.lookup("#recoveryKeyDoneButton").query().isDisabled()).isTrue();

        robot.clickOn("#recoveryKeySavedCheck");
        assertThat(robot.lookup("#recoveryKeyDoneButton").query().isDisabled()).isFalse();
        robot.clickOn("#recoveryKeyDoneButton");
        assertThat(done).isTrue();
    }

    @Test
    void withoutAPrinterItSaysSoInsteadOfFailing(FxRobot robot) {
        Printer printer;
        try {
            printer = Printer.getDefaultPrinter();
        } catch (RuntimeException none) {
            printer = null;
        }
        Assumptions.assumeTrue(printer == null, "this machine has a printer");
        robot.clickOn("#recoveryKeyPrintButton");
        assertThat(robot.lookup("#recoveryKeyPrintStatus").queryAs(Label.class).getText())
                .isEqualTo("プリンターが見つかりません。回復キーを紙に書き写して保管してください。");
        assertThat(done).isFalse();
    }

    @Test
    void thePrintedSheetNamesTheOrganisationTheDateAndTheKey(FxRobot robot) {
        VBox sheet = view.sheet(480);
        assertThat(sheet.lookupAll("Text").stream().map(node -> ((Text) node).getText()))
                .contains("Daicho 回復キー", "団体名: 試験町衛生組合", "作成日: 令和8年11月24日",
                        "ABCDE-FGHIJ-KLMNO-PQRST-\nUVWXY-Z2345-67ABC-DEFGH");
    }
}
