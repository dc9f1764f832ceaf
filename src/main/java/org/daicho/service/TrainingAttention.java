package org.daicho.service;

import org.daicho.domain.FiscalYear;

/**
 * The home screen's training items for the current 年度.
 *
 * @param untrained         staff counted this year who have attended no training yet
 * @param newHiresUntrained staff hired this year without 新規採用者研修
 * @param consentMissing    非常勤・臨時 staff without a 同意書 date
 */
public record TrainingAttention(FiscalYear year, int untrained, int newHiresUntrained, int consentMissing) {
}
