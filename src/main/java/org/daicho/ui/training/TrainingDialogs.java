package org.daicho.ui.training;

import org.daicho.ui.common.DialogParts;

/**
 * How the training dialogs are built: ids starting with "training", the training stylesheet, a label column that
 * grows to its longest label, and buttons that never shrink below their text.
 */
final class TrainingDialogs {

    static final String STYLESHEET_PATH = "/org/daicho/ui/training/training.css";
    /** The stylesheet's URL, for the screen and the report pages (the dialogs get it through {@link #PARTS}). */
    static final String STYLESHEET = TrainingDialogs.class.getResource(STYLESHEET_PATH).toExternalForm();
    static final DialogParts PARTS = new DialogParts("training", DialogParts.Fit.TO_CONTENT_WHOLE_BUTTONS, 130, 460,
            STYLESHEET_PATH);

    private TrainingDialogs() {
    }
}
