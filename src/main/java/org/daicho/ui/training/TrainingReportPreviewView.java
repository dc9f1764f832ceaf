package org.daicho.ui.training;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.domain.Section;
import org.daicho.domain.TrainingReport;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.Dialogs;

/** The printed 研修実施状況報告, page by page at A4 proportions, with a 印刷 button. */
public final class TrainingReportPreviewView extends BorderPane {

    /** The preview shows the pages a little larger than print size, to be read on screen. */
    static final double ZOOM = 1.3;

    private final Messages messages;
    private final List<Region> pages;
    private final Label status = new Label();

    public TrainingReportPreviewView(TrainingReport report, Map<Long, Section> sections, Messages messages,
            DateStyle style, String organisation, Runnable onClose) {
        this.messages = messages;
        this.pages = TrainingReportPages.pages(report, sections, messages, style, organisation);
        getStyleClass().add("training-report-preview");

        VBox papers = new VBox(18);
        papers.setId("reportPages");
        papers.setAlignment(Pos.TOP_CENTER);
        papers.setPadding(new Insets(18));
        for (Region page : pages) {
            Group zoomed = new Group(TrainingReportPages.paper(page));
            zoomed.getTransforms().add(new Scale(ZOOM, ZOOM));
            papers.getChildren().add(new Group(zoomed));
        }
        papers.getStyleClass().add("report-preview-area");
        ScrollPane scroll = new ScrollPane(papers);
        scroll.setId("reportPreview");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("report-preview-area");
        setCenter(scroll);

        Label about = new Label(messages.get("training.ui.report.previewInfo", report.year().label(style), pages.size()));
        about.setId("reportPreviewInfo");
        about.setWrapText(true);
        about.setPadding(new Insets(10, 16, 10, 16));
        setTop(about);

        status.setId("reportPrintStatus");
        status.setWrapText(true);
        Button print = TrainingDialogs.PARTS.button("reportPrint", messages.get("training.ui.report.print"), true);
        print.setDefaultButton(true);
        print.setOnAction(event -> print(report, sections, style, organisation));
        Button close = TrainingDialogs.PARTS.button("reportClose", messages.get("training.ui.close"), false);
        close.setCancelButton(true);
        close.setOnAction(event -> onClose.run());
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(10, status, spacer, close, print);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(10, 16, 12, 16));
        setBottom(bar);
    }

    private void print(TrainingReport report, Map<Long, Section> sections, DateStyle style, String organisation) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        status.setText("");
        TrainingReportPrinter.Outcome outcome = TrainingReportPrinter.print(owner,
                () -> TrainingReportPages.pages(report, sections, messages, style, organisation));
        switch (outcome) {
            case PRINTED -> status.setText(messages.get("training.ui.report.printed", pages.size()));
            case CANCELLED -> status.setText(messages.get("training.ui.report.printCancelled"));
            case NO_PRINTER -> Dialogs.showError(owner, messages, messages.get("training.ui.report.noPrinter"));
            case FAILED -> Dialogs.showError(owner, messages, messages.get("training.ui.report.printFailed"));
        }
    }

    /** The pages shown (for the tests: the figures are in them). */
    List<Region> pages() {
        return pages;
    }

    public static Stage open(Window owner, TrainingReport report, Map<Long, Section> sections, Messages messages,
            DateStyle style, String organisation) {
        Stage[] stage = new Stage[1];
        TrainingReportPreviewView view = new TrainingReportPreviewView(report, sections, messages, style, organisation,
                () -> stage[0].close());
        stage[0] = TrainingDialogs.PARTS.open(owner, messages.get("training.ui.report.previewTitle"), view,
                TrainingReportPages.PAPER_WIDTH * ZOOM + 80, 760);
        return stage[0];
    }
}
