package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.daicho.forms.FormRows;
import org.junit.jupiter.api.Test;

/**
 * Rows read ahead on a second thread reach the form whole and in order; a failure on either side stops both, and
 * the reading thread has ended when the form gets control back (the store connection is then free again).
 */
class ReadAheadTest {

    private static final int ROWS = 100_000;

    @Test
    void everyRowArrivesInOrderAndIsReadOnAnotherThread() {
        AtomicReference<Thread> readBy = new AtomicReference<>();
        FormRows<Integer> source = row -> {
            readBy.set(Thread.currentThread());
            for (int i = 0; i < ROWS; i++) {
                row.accept(i);
            }
        };
        List<Integer> written = new ArrayList<>();

        ReadAhead.of("test", source).forEach(written::add);

        assertThat(written).hasSize(ROWS);
        for (int i = 0; i < ROWS; i++) {
            assertThat(written.get(i)).isEqualTo(i);
        }
        assertThat(readBy.get()).isNotSameAs(Thread.currentThread());
        assertThat(readBy.get().isAlive()).as("the reading thread ended").isFalse();
    }

    @Test
    void aFailureWhileReadingReachesTheFormAsItWasThrownAfterTheRowsBeforeIt() {
        UncheckedIOException broken = new UncheckedIOException(new IOException("page cannot be read"));
        FormRows<Integer> source = row -> {
            for (int i = 0; i < 10; i++) {
                row.accept(i);
            }
            throw broken;
        };
        List<Integer> written = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.of("test", source).forEach(written::add)).isSameAs(broken);
        assertThat(written).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void aCancelWhileWritingStopsTheReaderBeforeTheEndAndTheReaderHasEndedWhenControlReturns() {
        AtomicInteger read = new AtomicInteger();
        AtomicReference<Thread> readBy = new AtomicReference<>();
        AtomicReference<Throwable> readerSaw = new AtomicReference<>();
        FormRows<Integer> source = row -> {
            readBy.set(Thread.currentThread());
            try {
                for (int i = 0; i < 10_000_000; i++) {
                    row.accept(i);
                    read.incrementAndGet();
                }
            } catch (RuntimeException stopped) {
                readerSaw.set(stopped);
                throw stopped;
            }
        };
        AtomicInteger written = new AtomicInteger();

        assertThatThrownBy(() -> ReadAhead.of("test", source).forEach(row -> {
            if (written.incrementAndGet() == 1_000) {
                throw new CancellationException("cancelled by the clerk");
            }
        })).isInstanceOf(CancellationException.class).hasMessage("cancelled by the clerk");

        assertThat(readBy.get().isAlive()).as("the reading thread ended").isFalse();
        assertThat(read.get()).as("rows read before the reader gave up").isLessThan(10_000_000);
        assertThat(readerSaw.get()).as("the reader was told to stop").isNotNull();
    }
}
