package org.daicho.domain;

/** 個人情報の種類 held by an asset. */
public enum PersonalInfoKind {
    NONE,
    PERSONAL,
    SENSITIVE_PERSONAL,
    MY_NUMBER
}
