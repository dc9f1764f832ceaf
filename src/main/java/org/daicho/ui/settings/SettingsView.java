package org.daicho.ui.settings;

import javafx.scene.layout.BorderPane;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;

/** The organisation's settings: name, approval titles, date style, 管理番号 prefixes, sections. */
public final class SettingsView extends BorderPane {

    public SettingsView(DaichoServices services, Messages messages, Runnable onSaved) {
    }

    /** Reloads the settings (called each time the screen is shown). */
    public void refresh() {
    }
}
