package org.daicho.domain;

/**
 * 処理区分: where the media go after sanitisation (forms.md C). Labels: {@code enum.DisposalEnd.NAME}.
 * Each end fixes the asset's 状態 once the execution is recorded.
 */
public enum DisposalEnd {
    /** 廃棄: the asset leaves the body for good. */
    DISPOSE(AssetStatus.DISPOSED),
    /** リース返却: returned to the lessor at the lease end. */
    LEASE_RETURN(AssetStatus.RETURNED_TO_LESSOR),
    /** 修理出し: sent out for repair, data first erased; it comes back to the ledger afterwards. */
    REPAIR(AssetStatus.UNDER_REPAIR),
    /** 再利用: erased for use by someone else in the body; kept in storage until handed out. */
    REUSE(AssetStatus.IN_STORAGE);

    private final AssetStatus statusAfter;

    DisposalEnd(AssetStatus statusAfter) {
        this.statusAfter = statusAfter;
    }

    /** The asset's 状態 after the execution is recorded. */
    public AssetStatus statusAfter() {
        return statusAfter;
    }

    /** Whether the media leave the body's hands with this end, so a destroyed medium makes no sense here. */
    public boolean keepsMediaUsable() {
        return this == REPAIR || this == REUSE;
    }
}
