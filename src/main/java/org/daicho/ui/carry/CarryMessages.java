package org.daicho.ui.carry;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.FieldError;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * The messages one carry form or dialog shows: one beside each field it has, and a general one (above the
 * buttons) for a refusal about a field the form does not show (e.g. 状態: going out without permission).
 */
final class CarryMessages {

    private final Messages messages;
    private final Set<CarryField> shown;
    private final Map<CarryField, ReadOnlyStringWrapper> byField = new EnumMap<>(CarryField.class);
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    CarryMessages(Messages messages, Set<CarryField> shown) {
        this.messages = messages;
        this.shown = Set.copyOf(shown);
        for (CarryField field : CarryField.values()) {
            byField.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    void clear() {
        byField.values().forEach(p -> p.set(""));
        general.set("");
    }

    /** Puts each error beside its field, or in the general message when the form has no such field. */
    void show(Iterable<FieldError> errors) {
        for (FieldError error : errors) {
            String text = ErrorMessages.describe(error, messages);
            CarryField field = fieldOf(error);
            ReadOnlyStringWrapper target = field != null && shown.contains(field) ? byField.get(field) : general;
            target.set(target.get().isEmpty() ? text : target.get() + "\n" + text);
        }
    }

    /**
     * Runs one step of a record (approve, return, go out, cancel …) off the FX thread, {@code busy} while it
     * runs: the result goes to {@code onResult}; a broken rule shows beside its field; anything else goes to
     * {@code onFailure}.
     */
    void submit(ReadOnlyBooleanWrapper busy, UiTasks.Work<CarryEntry> work, Consumer<CarryEntry> onResult,
            Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(work, result -> {
            busy.set(false);
            onResult.accept(result);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                show(invalid);
            } else {
                onFailure.accept(error);
            }
        });
    }

    void show(ValidationException invalid) {
        show(invalid.errors());
    }

    /** A message of the form's own (a date-time it cannot read, an unticked acknowledgement). */
    void set(CarryField field, String text) {
        ReadOnlyStringWrapper target = shown.contains(field) ? byField.get(field) : general;
        target.set(target.get().isEmpty() ? text : target.get() + "\n" + text);
    }

    void setGeneral(String text) {
        general.set(text);
    }

    boolean isEmpty() {
        return general.get().isEmpty() && byField.values().stream().allMatch(p -> p.get().isEmpty());
    }

    ReadOnlyStringProperty of(CarryField field) {
        return byField.get(field).getReadOnlyProperty();
    }

    ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    private static CarryField fieldOf(FieldError error) {
        for (CarryField field : CarryField.values()) {
            if (field.name().equals(error.field())) {
                return field;
            }
        }
        return null;
    }
}
