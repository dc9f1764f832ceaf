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
                || e instanceof ExportException || e instanceof CancellationException || e instanceof LoginException
                || e instanceof SecurityException || e instanceof EvidenceChangedException
                || e instanceof BackupException)) {
            e = e.getCause();
        }
        if (e instanceof StoreException store) {
            return messages.get("store.error." + store.reason().name(), detailOf(store));
        }
        if (e instanceof ValidationException invalid) {
            List<String> lines = new ArrayList<>();
            for (FieldError fieldError : invalid.errors()) {
                lines.add(describe(fieldError, messages));
            }
            return String.join("\n", lines);
        }
        if (e instanceof EvidenceChangedException changed) {
            return messages.get(changed.messageKey(), changed.args());
        }
        if (e instanceof BackupException backup) {
            List<Object> args = new ArrayList<>(backup.args());
            if (backup.detailKey() != null) {
                args.add(messages.get(backup.detailKey()));
            }
            return messages.get(backup.messageKey(), args.toArray());
        }
        if (e instanceof ExportException export) {
            return messages.get(export.messageKey(), export.args().toArray());
        }
        if (e instanceof LoginException login) {
            String until = login.lockedUntil() == null ? ""
                    : java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                            .format(login.lockedUntil().atZone(java.time.ZoneId.systemDefault()));
            return messages.get("login.error." + login.reason().name(), until);
        }
        if (e instanceof PermissionException permission) {
            return messages.get(permission.messageKey());
        }
        if (e instanceof SecurityException) {
            return messages.get("error.notPermitted");
        }
        if (e instanceof CancellationException) {
            return messages.get("export.cancelled");
        }
        return messages.get("store.error.UNEXPECTED");
    }

    /** Whether {@code error} says the store file is damaged (cut short, emptied, changed): a restore is due. */
    public static boolean isDamagedStore(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof StoreException store) {
                return store.reason() == StoreException.Reason.DAMAGED;
            }
        }
        return false;
    }

    /** One field's message, its {0} the field's own label. */
    public static String describe(FieldError error, Messages messages) {
        List<Object> args = new ArrayList<>();
        args.add(messages.get(error.labelKey()));
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
