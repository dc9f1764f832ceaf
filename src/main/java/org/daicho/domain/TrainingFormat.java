package org.daicho.domain;

/** 実施形式. Labels: {@code enum.TrainingFormat.NAME}. */
public enum TrainingFormat {
    /** 集合研修. */
    CLASSROOM,
    /** eラーニング. */
    E_LEARNING,
    /** 訓練 (a drill). */
    DRILL
}
