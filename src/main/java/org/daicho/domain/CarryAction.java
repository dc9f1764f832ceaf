package org.daicho.domain;

/** What can happen to a carry record; {@link CarryStatus#after} says which moves are legal. */
public enum CarryAction {
    /** 許可 by a 情報セキュリティ管理者 (in the app or recorded 紙決裁). */
    APPROVE,
    /** 却下 with a comment. */
    REJECT,
    /** 持出 (or, for 持込, the device is brought in): recorded with date and time. */
    MARK_OUT,
    /** 返却 (or, for 持込, the device is taken away again), checked by someone other than the carrier. */
    RETURN,
    /** 取消 of an application that has not gone out, with a reason. */
    CANCEL
}
