package org.daicho.domain;

/** What can be done to a disposal record; each may or may not be allowed by its {@link DisposalStatus}. */
public enum DisposalAction {
    APPROVE,
    REJECT,
    EXECUTE,
    CANCEL
}
