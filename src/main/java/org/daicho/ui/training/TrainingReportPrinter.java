package org.daicho.ui.training;

import java.util.List;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the report's pages with JavaFX printing: the default printer (changeable in the print dialog), A4
 * portrait, each page scaled to the printable area. Kept small: the pages themselves come from
 * {@link TrainingReportPages}.
 */
final class TrainingReportPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingReportPrinter.class);

    /** How a print ended. */
    enum Outcome {
        PRINTED,
        CANCELLED,
        NO_PRINTER,
        FAILED
    }

    private TrainingReportPrinter() {
    }

    /** Prints fresh pages from {@code pages} (not the preview's: those live in its window). On the FX thread. */
    static Outcome print(Window owner, Supplier<List<Region>> pages) {
        Printer printer;
        PrinterJob job;
        try {
            printer = Printer.getDefaultPrinter();
            job = printer == null ? null : PrinterJob.createPrinterJob(printer);
        } catch (RuntimeException e) {
            LOG.warn("no printer could be reached", e);
            return Outcome.NO_PRINTER;
        }
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        try {
            if (!job.showPrintDialog(owner)) {
                return Outcome.CANCELLED;
            }
            PageLayout layout = job.getPrinter().createPageLayout(Paper.A4, PageOrientation.PORTRAIT,
                    Printer.MarginType.DEFAULT);
            job.getJobSettings().setPageLayout(layout);
            for (Region page : pages.get()) {
                // a page node needs its styles applied and laid out before it is drawn
                Group holder = new Group(page);
                new Scene(holder);
                holder.applyCss();
                holder.layout();
                double scale = Math.min(layout.getPrintableWidth() / TrainingReportPages.PAGE_WIDTH,
                        layout.getPrintableHeight() / TrainingReportPages.PAGE_HEIGHT);
                page.getTransforms().setAll(new Scale(scale, scale));
                if (!job.printPage(layout, page)) {
                    job.cancelJob();
                    return Outcome.FAILED;
                }
            }
            return job.endJob() ? Outcome.PRINTED : Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.warn("printing failed", e);
            job.cancelJob();
            return Outcome.FAILED;
        }
    }
}
