package org.daicho.domain;

import java.util.Optional;

/**
 * 状態 of a disposal record. Labels: {@code enum.DisposalStatus.NAME}.
 *
 * <pre>
 * 申請中 ─許可→ 許可 ─実施→ 完了
 *   ├─却下→ 却下
 *   └─取消→ 取消 ←取消─ 許可
 * </pre>
 * Every disposal needs permission first (policy 2.3(2)⑩, 2.4.1(5)②(7)); 却下, 完了 and 取消 are final.
 */
public enum DisposalStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    COMPLETED,
    CANCELLED;

    public boolean isFinal() {
        return this == REJECTED || this == COMPLETED || this == CANCELLED;
    }

    /** Still to be done: its assets may not be put into another disposal application. */
    public boolean isOpen() {
        return this == REQUESTED || this == APPROVED;
    }

    /** The status after {@code action}, or empty when the move is illegal. */
    public Optional<DisposalStatus> after(DisposalAction action) {
        DisposalStatus next = switch (this) {
            case REQUESTED -> switch (action) {
                case APPROVE -> APPROVED;
                case REJECT -> REJECTED;
                case CANCEL -> CANCELLED;
                case EXECUTE -> null;
            };
            case APPROVED -> switch (action) {
                case EXECUTE -> COMPLETED;
                case CANCEL -> CANCELLED;
                default -> null;
            };
            case REJECTED, COMPLETED, CANCELLED -> null;
        };
        return Optional.ofNullable(next);
    }
}
