package org.daicho.service;

import java.util.List;

/** A file that cannot be imported at all (not a spreadsheet, unreadable, protected, no header row). */
public final class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public ImportFileException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
