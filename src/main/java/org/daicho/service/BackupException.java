package org.daicho.service;

import java.util.List;

/**
 * A backup that could not be made, or a backup that will not be restored; {@code messageKey} and {@code args}
 * say why, naming the folder or file. {@code detailKey}, when set, is a {@code backup.problem.*} key whose text
 * is added as the last argument (what is wrong with the backup).
 */
public class BackupException extends RuntimeException {

    private final String messageKey;
    private final String detailKey;
    private final List<Object> args;

    public BackupException(String messageKey, String detailKey, Throwable cause, Object... args) {
        super(messageKey + " " + List.of(args) + (detailKey == null ? "" : " " + detailKey), cause);
        this.messageKey = messageKey;
        this.detailKey = detailKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public String detailKey() {
        return detailKey;
    }

    public List<Object> args() {
        return args;
    }
}
