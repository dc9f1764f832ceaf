package org.daicho.ui.carry;

import org.daicho.ui.common.DialogParts;

/** How the carry dialogs are built: ids starting with "carry", a label column that grows to its longest label. */
final class CarryDialogs {

    static final DialogParts PARTS = new DialogParts("carry", DialogParts.Fit.TO_CONTENT, 130, 420, null);

    private CarryDialogs() {
    }
}
