package org.daicho.domain;

/** 証跡の種類. Labels: {@code enum.EvidenceKind.NAME}. */
public enum EvidenceKind {
    /** 写真: photos of the destroyed media. */
    PHOTO,
    /** 証明書: the contractor's 消去・廃棄証明書 (usually a PDF). */
    CERTIFICATE,
    /** 消去レポート: the report an erasure tool writes. */
    ERASURE_REPORT,
    OTHER
}
