package org.daicho.domain;

/** 研修の種類 (policy 2.5.2). Labels: {@code enum.TrainingKind.NAME}. */
public enum TrainingKind {
    /** 年次研修: the yearly training every staff member attends at least once per 年度 (2.5.2(1)). */
    ANNUAL,
    /** 新規採用者研修: for staff hired in the year (2.5.2(2)②). */
    NEW_HIRE,
    /** 役割別研修: for people with a role (情報セキュリティ管理者, システム管理者 …). */
    ROLE_BASED,
    /** 幹部研修: for executives. */
    EXECUTIVE,
    /** 緊急時対応訓練 (2.5.3). */
    EMERGENCY_DRILL
}
