package org.daicho.domain;

import java.util.Optional;

/**
 * 状態 of a carry record. Labels: {@code enum.CarryStatus.NAME}.
 *
 * <pre>
 * 申請中 ─許可→ 許可 ─持出→ 持出中 ─返却→ 返却済
 *   │  └─持出 (only when no permission is required)─┘
 *   ├─却下→ 却下
 *   └─取消→ 取消 ←取消─ 許可
 * </pre>
 * 却下, 返却済 and 取消 are final.
 */
public enum CarryStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    OUT,
    RETURNED,
    CANCELLED;

    public boolean isFinal() {
        return this == REJECTED || this == RETURNED || this == CANCELLED;
    }

    /**
     * The status after {@code action}, or empty when the move is illegal. A record that needs permission
     * ({@link CarryRules#permissionRequired}) can go out only from 許可; one that does not may also go out
     * straight from 申請中.
     */
    public Optional<CarryStatus> after(CarryAction action, boolean permissionRequired) {
        CarryStatus next = switch (this) {
            case REQUESTED -> switch (action) {
                case APPROVE -> APPROVED;
                case REJECT -> REJECTED;
                case CANCEL -> CANCELLED;
                case MARK_OUT -> permissionRequired ? null : OUT;
                case RETURN -> null;
            };
            case APPROVED -> switch (action) {
                case MARK_OUT -> OUT;
                case CANCEL -> CANCELLED;
                default -> null;
            };
            case OUT -> action == CarryAction.RETURN ? RETURNED : null;
            case REJECTED, RETURNED, CANCELLED -> null;
        };
        return Optional.ofNullable(next);
    }
}
