package org.daicho.domain;

/** 区分 of a carry record: 持出 (ledger assets taken out of the office) or 持込 (a non-issued device brought in). */
public enum CarryKind {
    /** 持出: one or more assets of the ledger (policy 2.3(2)⑧, 2.5.1(1)③). */
    CARRY_OUT,
    /** 持込: a device not issued by the body, used for work with permission (policy 2.5.1(1)④, 2.6.2(2)⑥). */
    BRING_IN
}
