package org.daicho.forms;

/**
 * Told after each row a form writes; answers whether to go on. Returning false stops the form with a
 * {@link java.util.concurrent.CancellationException}, and the caller throws the partial output away.
 */
@FunctionalInterface
public interface FormProgress {

    FormProgress NONE = (done, total) -> true;

    boolean rowWritten(long done, long total);
}
