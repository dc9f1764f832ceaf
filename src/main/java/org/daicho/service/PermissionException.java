package org.daicho.service;

/** The logged-in account lacks the role for this work; {@code messageKey} says which role it needs. */
public class PermissionException extends SecurityException {

    private final String messageKey;

    public PermissionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
