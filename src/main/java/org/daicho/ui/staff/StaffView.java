package org.daicho.ui.staff;

import javafx.scene.layout.BorderPane;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;

/** The staff list (職員) and its form. */
public final class StaffView extends BorderPane {

    public StaffView(DaichoServices services, Messages messages) {
    }

    /** Reloads the list (called each time the screen is shown). */
    public void refresh() {
    }
}
