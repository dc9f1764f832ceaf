package org.daicho.ui.common;

import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Combo boxes that show a label for each value, and a chosen text (e.g. すべて) for null. */
public final class Choices {

    private Choices() {
    }

    /** A choice box (e.g. of 年度) that shows {@code label} of each value; it never holds null. */
    public static <T> void labelled(ChoiceBox<T> box, Function<T, String> label) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
    }

    public static <T> void labelled(ComboBox<T> box, Function<T, String> label, String nullText) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nullText : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? nullText : label.apply(item));
            }
        });
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? nullText : label.apply(item));
            }
        });
    }
}
