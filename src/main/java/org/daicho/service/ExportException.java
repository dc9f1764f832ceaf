package org.daicho.service;

import java.util.List;

/** An export that could not be written; {@code messageKey} and {@code args} say why, for the user. */
public class ExportException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public ExportException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + " " + List.of(args), cause);
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
