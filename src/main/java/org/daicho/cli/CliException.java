package org.daicho.cli;

import java.util.List;

/** A command that cannot go on; {@code messageKey} and {@code args} say why, for the user. */
final class CliException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    CliException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    String messageKey() {
        return messageKey;
    }

    List<Object> args() {
        return args;
    }
}
