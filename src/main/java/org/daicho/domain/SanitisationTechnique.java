package org.daicho.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * 手法: what was actually done to the media. Labels: {@code enum.SanitisationTechnique.NAME}. Each technique
 * belongs to the NIST SP 800-88 method types it can honestly be recorded under (an ATA/NVMe overwrite command is
 * Purge, a software overwrite Clear).
 */
public enum SanitisationTechnique {
    /** OS初期化 (reinstalling or "resetting" the OS): the data stays readable with recovery tools. */
    OS_INITIALISE(true, false, SanitisationMethod.CLEAR),
    /** クイックフォーマット: rewrites the file system only. */
    QUICK_FORMAT(true, false, SanitisationMethod.CLEAR),
    /** 上書き消去 by erasure software (Clear) or the drive's own overwrite command (Purge). */
    OVERWRITE(false, true, SanitisationMethod.CLEAR, SanitisationMethod.PURGE),
    /** ブロック消去 (flash block erase / SSD secure erase). */
    BLOCK_ERASE(false, true, SanitisationMethod.PURGE),
    /** 暗号化消去 (cryptographic erase: the media encryption key is destroyed). */
    CRYPTO_ERASE(false, true, SanitisationMethod.PURGE),
    /** 消磁 (degaussing magnetic media). */
    DEGAUSS(false, true, SanitisationMethod.PURGE),
    /** 物理破壊 (drilling, crushing, bending the platters or chips). */
    PHYSICAL_DESTRUCTION(false, false, SanitisationMethod.DESTROY),
    /** 裁断 (shredding, disintegration). */
    SHREDDING(false, false, SanitisationMethod.DESTROY),
    /** 溶解 (melting; also paper pulping). */
    MELTING(false, false, SanitisationMethod.DESTROY),
    /** 焼却 (incineration). */
    INCINERATION(false, false, SanitisationMethod.DESTROY);

    private final boolean clearOnly;
    private final boolean toolRequired;
    private final Set<SanitisationMethod> methods;

    SanitisationTechnique(boolean clearOnly, boolean toolRequired, SanitisationMethod first,
            SanitisationMethod... rest) {
        this.clearOnly = clearOnly;
        this.toolRequired = toolRequired;
        this.methods = EnumSet.of(first, rest);
    }

    /**
     * A technique that never makes data unrecoverable (OS初期化, クイックフォーマット): refused for 機密性2+
     * whatever method type it is recorded under (総務省 guidance after the 2019 HDD resale incident).
     */
    public boolean isClearOnly() {
        return clearOnly;
    }

    /** Techniques done by a program or a device whose name and version must be recorded (erasure software …). */
    public boolean needsTool() {
        return toolRequired;
    }

    /** The NIST method types this technique may be recorded under. */
    public Set<SanitisationMethod> methods() {
        return EnumSet.copyOf(methods);
    }

    public boolean fits(SanitisationMethod method) {
        return methods.contains(method);
    }
}
