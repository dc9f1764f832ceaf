package org.daicho.service;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/** Waiting for work started on another thread, with its failure thrown as it was thrown there. */
public final class Futures {

    private Futures() {
    }

    /**
     * Starts {@code work} on a daemon thread of its own named {@code name} (the two cores of the office PC: work
     * that can run beside the calling thread's). {@link #await} gives its result.
     */
    public static <T> Future<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
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
