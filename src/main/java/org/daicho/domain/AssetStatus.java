package org.daicho.domain;

/** 状態 of an asset. The last two end its life: such an asset is kept in the ledger but read-only. */
public enum AssetStatus {
    IN_USE,
    IN_STORAGE,
    CARRIED_OUT,
    UNDER_REPAIR,
    DISPOSED,
    RETURNED_TO_LESSOR;

    /** 廃棄済 / リース返却済: the record is final (policy-duties: "a disposed asset is read-only"). */
    public boolean isFinal() {
        return this == DISPOSED || this == RETURNED_TO_LESSOR;
    }
}
