package org.daicho.domain;

import java.time.LocalDate;

/**
 * What the home screen asks the clerk to look at in the asset ledger. Each kind is also a ledger filter,
 * so one click on the home screen shows exactly the assets it counts. Final (disposed) assets never count.
 */
public enum AttentionKind {
    /** 最終確認日 not in this 年度: the ledger is to be reviewed every year (自己点検, forms.md E). */
    NOT_REVIEWED_THIS_YEAR,
    /** A portable medium of a raised class kept unlocked or unencrypted (policy 2.3(1), 2.3(2)⑧). */
    STORAGE_WARNING,
    /** A lease that ends within {@link #LEASE_NOTICE_DAYS} days or has ended: return or renew, and erase first. */
    LEASE_ENDING,
    /** 保存期限 passed: decide on disposal (policy 2.3(2)⑩). */
    RETENTION_PASSED;

    public static final int LEASE_NOTICE_DAYS = 90;

    public boolean matches(Asset asset, LocalDate today) {
        if (asset.status().isFinal()) {
            return false;
        }
        return switch (this) {
            case NOT_REVIEWED_THIS_YEAR -> !FiscalYear.of(today).contains(asset.lastReviewedOn());
            case STORAGE_WARNING -> !asset.storageWarnings().isEmpty();
            case LEASE_ENDING -> asset.ownership() == Ownership.LEASED && asset.leaseEndsOn() != null
                    && !asset.leaseEndsOn().isAfter(today.plusDays(LEASE_NOTICE_DAYS));
            case RETENTION_PASSED -> asset.retentionUntil() != null && asset.retentionUntil().isBefore(today);
        };
    }
}
