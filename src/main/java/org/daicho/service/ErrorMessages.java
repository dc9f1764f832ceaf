package org.daicho.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.daicho.domain.FieldError;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.store.StoreException;

/** Turns what went wrong into the plain sentence a user is shown, in the window and on the command line alike. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String describe(Throwable error, Messages messages) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof StoreException || e instanceof ValidationException
                || e instanceof ExportException || e instanceof CancellationException)) {
            e = e.getCause();
        }
        if (e instanceof StoreException store) {
            return messages.get("store.error." + store.reason().name(), detailOf(store));
        }
        if (e instanceof ValidationException invalid) {
            List<String> lines = new ArrayList<>();
            for (FieldError fieldError : invalid.errors()) {
                lines.add(describe(fieldError, "asset.field.", messages));
            }
            return String.join("\n", lines);
        }
        if (e instanceof ExportException export) {
            return messages.get(export.messageKey(), export.args().toArray());
        }
        if (e instanceof CancellationException) {
            return messages.get("export.cancelled");
        }
        return messages.get("store.error.UNEXPECTED");
    }

    /**
     * One field's message. {@code labelPrefix} names the bundle family of the field labels (e.g.
     * {@code asset.field.}); the label is the message's {0}.
     */
    public static String describe(FieldError error, String labelPrefix, Messages messages) {
        List<Object> args = new ArrayList<>();
        args.add(messages.get(labelPrefix + error.field()));
        args.addAll(error.args());
        return messages.get(error.messageKey(), args.toArray());
    }

    private static String detailOf(StoreException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(": ");
        String detail = colon >= 0 ? message.substring(colon + 2) : message;
        int newline = detail.indexOf('\n');
        return newline >= 0 ? detail.substring(0, newline) : detail;
    }
}
