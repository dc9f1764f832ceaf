package org.daicho.forms;

/**
 * Counts the rows a form writes, over all its sheets, for its {@link FormProgress}; stops the form with a
 * {@link java.util.concurrent.CancellationException} as soon as the progress says so.
 */
final class RowCounter {

    private final FormProgress progress;
    private long total;
    private long done;

    RowCounter(FormProgress progress, long total) {
        this.progress = progress;
        this.total = total;
    }

    void row() {
        FormSheet.report(progress, ++done, Math.max(total, done));
    }

    /** Rows found to be due only while writing (the 自己点検's failing records, known when it is finished). */
    void expectMore(long rows) {
        total += rows;
    }

    long done() {
        return done;
    }
}
