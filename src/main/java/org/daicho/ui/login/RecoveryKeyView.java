package org.daicho.ui.login;

import java.time.LocalDate;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;

/**
 * Shows a new recovery key once: large, in a fixed-width font, with what it is for. It can be printed on an
 * A4 sheet for the safe; 次へ stays disabled until the clerk confirms it is printed or written down.
 */
public final class RecoveryKeyView extends VBox {

    private final Messages messages;
    private final String organisation;
    private final String recoveryKey;
    private final String date;
    private final Label printStatus = new Label();

    public RecoveryKeyView(Messages messages, String organisation, String recoveryKey, LocalDate today,
            DateStyle dateStyle, Runnable onDone) {
        this.messages = messages;
        this.organisation = organisation;
        this.recoveryKey = recoveryKey;
        this.date = dateStyle.format(today);
        getStyleClass().add("recovery-key-view");
        setSpacing(14);

        Label title = new Label(messages.get("recovery.key.title"));
        title.getStyleClass().add("title-2");
        Label intro = new Label(messages.get("recovery.key.intro"));
        intro.setWrapText(true);

        Label key = new Label(twoLines(recoveryKey));
        key.setId("recoveryKeyText");
        key.getStyleClass().add("recovery-key");
        key.setWrapText(true);
        key.setMaxWidth(Double.MAX_VALUE);
        key.setAlignment(Pos.CENTER);

        Label keep = new Label(messages.get("recovery.key.keep"));
        keep.setWrapText(true);
        Label once = new Label(messages.get("recovery.key.once"));
        once.getStyleClass().add("text-muted");
        once.setWrapText(true);

        Button print = new Button(messages.get("recovery.key.print"));
        print.setId("recoveryKeyPrintButton");
        print.setOnAction(event -> print());
        printStatus.setId("recoveryKeyPrintStatus");
        printStatus.setWrapText(true);
        HBox printRow = new HBox(12, print, printStatus);
        printRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox saved = new CheckBox(messages.get("recovery.key.saved"));
        saved.setId("recoveryKeySavedCheck");
        saved.setWrapText(true);
        Button done = new Button(messages.get("recovery.key.done"));
        done.setId("recoveryKeyDoneButton");
        done.getStyleClass().add("accent");
        done.setDefaultButton(true);
        done.disableProperty().bind(saved.selectedProperty().not());
        done.setOnAction(event -> onDone.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox doneRow = new HBox(12, saved, gap, done);
        doneRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, intro, key, keep, once, printRow, doneRow);
    }

    /** The key in two lines of four groups (K7QXM-…-JKLMN- / PQRST-…), easier to copy by hand than one long line. */
    static String twoLines(String key) {
        String[] groups = key.split("-");
        if (groups.length < 4) {
            return key;
        }
        int half = (groups.length + 1) / 2;
        return String.join("-", java.util.Arrays.copyOfRange(groups, 0, half)) + "-\n"
                + String.join("-", java.util.Arrays.copyOfRange(groups, half, groups.length));
    }

    /** Prints the sheet; with no printer, or when printing fails, says so beside the button. */
    private void print() {
        PrinterJob job;
        try {
            Printer printer = Printer.getDefaultPrinter();
            job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        } catch (RuntimeException noPrinting) {
            // a machine without any print system (or a headless one) has no printer either
            job = null;
        }
        if (job == null) {
            setPrintStatus(messages.get("recovery.key.noPrinter"), true);
            return;
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            setPrintStatus("", false);
            return;
        }
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.DEFAULT);
        job.getJobSettings().setPageLayout(layout);
        VBox sheet = sheet(layout.getPrintableWidth());
        // a node outside any window gets its CSS and layout from a scene of its own
        new javafx.scene.Scene(new javafx.scene.Group(sheet));
        sheet.applyCss();
        sheet.resize(layout.getPrintableWidth(), sheet.prefHeight(layout.getPrintableWidth()));
        sheet.layout();
        if (job.printPage(layout, sheet) && job.endJob()) {
            setPrintStatus(messages.get("recovery.key.printed"), false);
        } else {
            job.cancelJob();
            setPrintStatus(messages.get("recovery.key.printFailed"), true);
        }
    }

    private void setPrintStatus(String text, boolean error) {
        printStatus.setText(text);
        printStatus.getStyleClass().removeAll("field-error", "text-muted");
        printStatus.getStyleClass().add(error ? "field-error" : "text-muted");
    }

    /** The A4 sheet: title, organisation, date, the key, and what to do with it. Black on white. */
    VBox sheet(double width) {
        String family = Font.getDefault().getFamily();
        Text heading = new Text(messages.get("recovery.sheet.title"));
        heading.setFont(Font.font(family, FontWeight.BOLD, 20));
        Text org = new Text(messages.get("recovery.sheet.organisation", organisation));
        org.setFont(Font.font(family, 12));
        Text made = new Text(messages.get("recovery.sheet.date", date));
        made.setFont(Font.font(family, 12));
        Text key = new Text(twoLines(recoveryKey));
        key.setFont(Font.font("Monospaced", FontWeight.BOLD, 22));
        TextFlow keyBox = new TextFlow(key);
        keyBox.setPadding(new Insets(14));
        keyBox.setStyle("-fx-border-color: black; -fx-border-width: 1.5;");
        keyBox.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Text instructions = new Text(messages.get("recovery.sheet.instructions"));
        instructions.setFont(Font.font(family, 11));
        TextFlow instructionsFlow = new TextFlow(instructions);
        instructionsFlow.setLineSpacing(4);
        VBox sheet = new VBox(14, heading, org, made, keyBox, instructionsFlow);
        sheet.setPadding(new Insets(10));
        sheet.setPrefWidth(width);
        sheet.setMaxWidth(width);
        sheet.setStyle("-fx-background-color: white;");
        return sheet;
    }
}
