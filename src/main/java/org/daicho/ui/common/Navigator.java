package org.daicho.ui.common;

import org.daicho.domain.AssetFilter;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.DisposalFilter;

/** Lets one screen open another (the home screen's items open the ledger filtered to what they count). */
public interface Navigator {

    void showHome();

    void showAssets(AssetFilter filter);

    void showStaff();

    /** 持出・持込, filtered ({@code null}: as the list was left). */
    void showCarry(CarryFilter filter);

    /** 廃棄記録, filtered ({@code null}: as the list was left). */
    void showDisposal(DisposalFilter filter);
    /** The lists of the 研修 screen's 受講状況 (the home screen's training items open them). */
    enum TrainingList {
        UNTRAINED,
        NEW_HIRES_UNTRAINED,
        CONSENT_MISSING
    }

    /** 研修: as it was left ({@code null}), or the current 年度's 受講状況 with {@code list} in front. */
    void showTraining(TrainingList list);

    /** 自己点検 of the current 年度. */
    default void showInspection() {
    }

    /** The 監査証跡ブック of {@code year} (its export screen). */
    default void showAuditBook(org.daicho.domain.FiscalYear year) {
    }
}
