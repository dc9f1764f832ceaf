package org.daicho.domain;

/** Fields of the account forms; labels in the bundle under {@code account.field.NAME}. */
public enum AccountField {
    USER_NAME,
    STAFF,
    ROLES,
    PASSWORD,
    NEW_PASSWORD,
    CONFIRM_PASSWORD,
    REASON
}
