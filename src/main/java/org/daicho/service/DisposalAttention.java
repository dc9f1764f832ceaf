package org.daicho.service;

/**
 * The home screen's disposal items.
 *
 * @param waitingForPermission 申請中: a 情報セキュリティ管理者 has to decide
 * @param permittedNotDone     許可 but the execution is not yet recorded
 */
public record DisposalAttention(int waitingForPermission, int permittedNotDone) {
}
