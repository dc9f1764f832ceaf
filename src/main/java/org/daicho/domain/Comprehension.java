package org.daicho.domain;

/** 理解度確認 (the comprehension check after a session). Labels: {@code enum.Comprehension.NAME}. */
public enum Comprehension {
    NOT_CHECKED,
    /** 良好. */
    GOOD,
    /** 概ね理解. */
    FAIR,
    /** 要再受講. */
    RETAKE
}
