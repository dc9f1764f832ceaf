package org.daicho.domain;

/** 保護措置 taken while an asset is carried (policy 2.3(1) 機密性2: 暗号化・パスワード設定や鍵付きケースへの格納). */
public enum CarryMeasure {
    ENCRYPTION,
    PASSWORD,
    LOCKED_CASE;

    /** Encryption or a password protects the data itself; a locked case alone does not (warning for 機密性2+). */
    public boolean protectsData() {
        return this == ENCRYPTION || this == PASSWORD;
    }
}
