package org.daicho.ui.common;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The tables of records (持出・持込, 廃棄記録 …): text columns, columns shown as text but sorted by their value (a
 * date-time), cells that show their whole text as a tooltip, rows tinted by the record's state through CSS
 * pseudo-classes, and the selection the actions above the table follow. One way to build them, so that every list
 * sorts, marks and selects its records alike.
 */
public final class RecordTables {

    private RecordTables() {
    }

    /** A column of text; {@code id} ({@code null}: none) becomes the column's id {@code column-ID}. */
    public static <R> TableColumn<R, String> text(String id, String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        if (id != null) {
            column.setId("column-" + id);
        }
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A column shown as {@code text} but sorted by {@code value} (a date-time, say, shown as 和暦). */
    public static <R, V> TableColumn<R, V> sortedBy(String id, String title, double width, Function<R, V> value,
            Function<R, String> text) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setId("column-" + id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                R row = rowItem(this, empty);
                setText(row == null ? null : text.apply(row));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    /** {@code column}, its cells showing their whole text as a tooltip (for when it is cut short). */
    public static <R> TableColumn<R, String> tipped(TableColumn<R, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        return column;
    }

    /** The record of the row {@code cell} stands in; null for an empty cell. */
    public static <R> R rowItem(TableCell<R, ?> cell, boolean empty) {
        return empty || cell.getTableRow() == null ? null : cell.getTableRow().getItem();
    }

    /** A row that takes each pseudo-class of {@code states} while its record meets the state's test. */
    public static <R> TableRow<R> styledRow(Map<PseudoClass, Predicate<R>> states) {
        return new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                boolean filled = !empty && item != null;
                states.forEach((state, test) -> pseudoClassStateChanged(state, filled && test.test(item)));
            }
        };
    }

    /** Selects and shows the record with {@code id} when the table holds it ({@code null}: leaves the selection). */
    public static <R> void select(TableView<R> table, Long id, ToLongFunction<R> idOf) {
        if (id == null) {
            return;
        }
        table.getItems().stream().filter(r -> idOf.applyAsLong(r) == id).findFirst().ifPresent(row -> {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        });
    }

    /**
     * Disables an action unless a record is selected, its state allows the action ({@code stateAllows}, which is
     * given null when none is) and the account's role does.
     */
    public static <R> BooleanBinding disabledUnless(TableView<R> table, Predicate<R> stateAllows, boolean roleAllows) {
        var selected = table.getSelectionModel().selectedItemProperty();
        return Bindings.createBooleanBinding(() -> !roleAllows || !stateAllows.test(selected.get()), selected);
    }
}
