package org.daicho.domain;

/**
 * The carry items of the home screen.
 *
 * @param overdue             持出中 records whose planned return has passed (返却遅延)
 * @param waitingForPermission 申請中 records that need a 情報セキュリティ管理者's decision
 */
public record CarryAttention(int overdue, int waitingForPermission) {

    public boolean isEmpty() {
        return overdue == 0 && waitingForPermission == 0;
    }
}
