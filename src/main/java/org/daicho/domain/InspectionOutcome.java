package org.daicho.domain;

/** The answer to one 自己点検 item: 実施 (all pass), 一部 (some fail), 未実施 (none pass, or nothing done). */
public enum InspectionOutcome {
    DONE,
    PARTIAL,
    NOT_DONE
}
