package org.daicho.domain;

/** What a change-history entry did to its record. Labels: {@code enum.HistoryAction.NAME}. */
public enum HistoryAction {
    CREATE,
    UPDATE,
    /** A record is never removed from the store: deletion is a state, always with a reason. */
    DELETE
}
