package org.daicho.ui.common;

import org.daicho.domain.AssetFilter;

/** Lets one screen open another (the home screen's items open the ledger filtered to what they count). */
public interface Navigator {

    void showHome();

    void showAssets(AssetFilter filter);

    void showStaff();
}
