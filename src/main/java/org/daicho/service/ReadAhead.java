package org.daicho.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.daicho.forms.FormRows;

/**
 * Rows read from the store on a thread of their own while the form writes the rows before them. Reading a row
 * (decrypting H2's pages, mapping, checking a history entry's hash) and writing it (POI's XML) then share the two
 * cores of the office PC instead of taking turns on one: the audit book of a ten-year store spent about a third of
 * its time reading (issue 7).
 *
 * <p>The source runs entirely on the reading thread, so whatever it reads or checks stays in order there; only the
 * finished rows cross, through a queue of {@value #QUEUE} rows. A failure of the source is thrown to the writer as
 * it was thrown. When the writer stops (a cancel, a failure), the reader gives up at its next row. The reading
 * thread is never interrupted: H2 closes its file when a thread is interrupted in the middle of a read.
 */
final class ReadAhead {

    private static final int QUEUE = 2_048;
    private static final Object END = new Object();

    private ReadAhead() {
    }

    static <T> FormRows<T> of(String name, FormRows<T> source) {
        return row -> new Run<T>(name, source).deliverTo(row);
    }

    private record Failure(Throwable cause) {
    }

    /** The reader gave up because the writer stopped. */
    private static final class WriterStopped extends RuntimeException {
        WriterStopped() {
            super(null, null, false, false);
        }
    }

    private static final class Run<T> {

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
        private final Thread reader;
        private volatile boolean writerStopped;

        Run(String name, FormRows<T> source) {
            reader = new Thread(() -> read(source), "daicho-read-ahead-" + name);
            reader.setDaemon(true);
        }

        private void read(FormRows<T> source) {
            try {
                source.forEach(this::hand);
                hand(END);
            } catch (WriterStopped stopped) {
                // nobody waits for the rest
            } catch (Throwable failure) {
                try {
                    hand(new Failure(failure));
                } catch (WriterStopped stopped) {
                    // the writer stopped first; its own reason is the one reported
                }
            }
        }

        /** Waits for room in the queue, giving up once the writer has stopped. */
        private void hand(Object item) {
            try {
                while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    if (writerStopped) {
                        throw new WriterStopped();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WriterStopped();
            }
        }

        @SuppressWarnings("unchecked")
        void deliverTo(java.util.function.Consumer<? super T> row) {
            reader.start();
            try {
                while (true) {
                    Object next = queue.take();
                    if (next == END) {
                        return;
                    }
                    if (next instanceof Failure failure) {
                        throw rethrown(failure.cause());
                    }
                    row.accept((T) next);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while reading ahead");
            } finally {
                writerStopped = true;
                queue.clear();
                joinReader();
            }
        }

        /** The reader stops at its next row; waiting for it keeps the connection to one thread at a time. */
        private void joinReader() {
            boolean interrupted = false;
            while (reader.isAlive()) {
                try {
                    reader.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
                queue.clear();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private static RuntimeException rethrown(Throwable cause) {
            if (cause instanceof RuntimeException runtime) {
                return runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            return new IllegalStateException(cause);
        }
    }
}
