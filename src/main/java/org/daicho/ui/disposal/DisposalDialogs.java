package org.daicho.ui.disposal;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.Choices;
import org.daicho.ui.common.DialogParts;

/**
 * How the disposal dialogs are built: ids starting with "disposal", the disposal stylesheet, and a fixed label
 * column (long labels wrap) with buttons that never shrink, for the wide two-column forms.
 */
final class DisposalDialogs {

    static final String STYLESHEET = "/org/daicho/ui/disposal/disposal.css";
    static final DialogParts PARTS = new DialogParts("disposal", DialogParts.Fit.FIXED, 130, 520, STYLESHEET);

    private DisposalDialogs() {
    }

    /** A choice among {@code items} (method, technique, place …), each by its label, 「選んでください」 for none. */
    static <T extends Enum<T>> ComboBox<T> choice(String id, ObservableList<T> items, ObjectProperty<T> property,
            Messages messages) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Choices.labelled(box, messages::label, messages.get("disposal.ui.choose"));
        box.valueProperty().bindBidirectional(property);
        return box;
    }
}
