package org.daicho.service;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work started on another thread, with its failure thrown as it was thrown there. */
public final class Futures {

    private Futures() {
    }

    /**
     * The result of {@code work} once it is done.
     *
     * @throws CancellationException when this thread is interrupted while it waits (the interrupt is kept)
     */
    public static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
