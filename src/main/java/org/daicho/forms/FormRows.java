package org.daicho.forms;

import java.util.function.Consumer;

/**
 * The rows of a form's table, handed over one at a time: a list ({@code list::forEach}) or a query read as it is
 * written, so that a year of the audit book never sits in memory (issue 7: 256 MB).
 */
@FunctionalInterface
public interface FormRows<T> {

    /** Gives each row to {@code row}, in the order to print. */
    void forEach(Consumer<? super T> row);
}
