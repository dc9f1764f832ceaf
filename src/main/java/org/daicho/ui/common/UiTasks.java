package org.daicho.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.daicho.service.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the UI runs slow work: off the FX thread, with progress and cancel, and its result or
 * failure handed back on the FX thread. Views never call {@code Platform.runLater} themselves.
 */
public final class UiTasks {

    private static final Logger LOG = LoggerFactory.getLogger(UiTasks.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "daicho-worker-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private UiTasks() {
    }

    /** Work that may report progress and should stop when {@link Progress#isCancelled()} turns true. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /**
     * Starts {@code work} on a worker thread. {@code onSuccess} or {@code onFailure} runs on the FX thread;
     * a cancelled task calls neither. The returned task's progress and message can be bound to controls.
     */
    public static <T> Task<T> start(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> {
            LOG.warn("background work failed", task.getException());
            onFailure.accept(task.getException());
        });
        EXECUTOR.execute(task);
        return task;
    }
}
