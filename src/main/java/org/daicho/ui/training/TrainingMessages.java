package org.daicho.ui.training;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.daicho.domain.FieldError;
import org.daicho.domain.TrainingField;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * The messages one training dialog shows: one beside each field it has, and a general one (above the buttons)
 * for a refusal about a field the dialog does not show (someone not employed on the session's day, say).
 */
final class TrainingMessages {

    private final Messages messages;
    private final Set<TrainingField> shown;
    private final Map<TrainingField, ReadOnlyStringWrapper> byField = new EnumMap<>(TrainingField.class);
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    TrainingMessages(Messages messages, Set<TrainingField> shown) {
        this.messages = messages;
        this.shown = Set.copyOf(shown);
        for (TrainingField field : TrainingField.values()) {
            byField.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    void clear() {
        byField.values().forEach(p -> p.set(""));
        general.set("");
    }

    /** Puts each error beside its field, or in the general message when the dialog has no such field. */
    void show(Iterable<FieldError> errors) {
        for (FieldError error : errors) {
            set(fieldOf(error), ErrorMessages.describe(error, messages));
        }
    }

    /** A message of the dialog's own beside {@code field} (or in the general message). */
    void set(TrainingField field, String text) {
        ReadOnlyStringWrapper target = field != null && shown.contains(field) ? byField.get(field) : general;
        target.set(target.get().isEmpty() ? text : target.get() + "\n" + text);
    }

    void setGeneral(String text) {
        general.set(text);
    }

    boolean isEmpty() {
        return general.get().isEmpty() && byField.values().stream().allMatch(p -> p.get().isEmpty());
    }

    /**
     * Runs the work off the FX thread, {@code busy} while it runs: the result goes to {@code onResult}; a
     * broken rule shows beside its field; anything else goes to {@code onFailure}.
     */
    <T> void submit(ReadOnlyBooleanWrapper busy, UiTasks.Work<T> work, Consumer<T> onResult,
            Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(work, result -> {
            busy.set(false);
            onResult.accept(result);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                show(invalid.errors());
            } else {
                onFailure.accept(error);
            }
        });
    }

    ReadOnlyStringProperty of(TrainingField field) {
        return byField.get(field).getReadOnlyProperty();
    }

    ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    private static TrainingField fieldOf(FieldError error) {
        for (TrainingField field : TrainingField.values()) {
            if (field.name().equals(error.field())) {
                return field;
            }
        }
        return null;
    }
}
