package org.daicho.ui.common;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.daicho.domain.FieldError;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;

/**
 * The messages one form or dialog of a record shows: one beside each field it has, and a general one (above the
 * buttons) for a refusal about a field the form does not show (e.g. 状態: going out without permission). Also the
 * step every such dialog takes to save: off the FX thread, busy meanwhile, a broken rule beside its field. Shared
 * so that every record screen (持出・持込, 廃棄記録 …) places and words its refusals the same way.
 *
 * @param <F> the record's fields; a {@link FieldError} lands beside the field of the same name
 */
public final class FieldMessages<F extends Enum<F>> {

    private final Messages messages;
    private final Class<F> fields;
    private final Set<F> shown;
    private final Map<F, ReadOnlyStringWrapper> byField;
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");
    private boolean eachTextOnce;
    private Set<String> emptyFieldKeys = Set.of();

    /** Messages for the {@code shown} fields of {@code fields}; any other field's go to the general message. */
    public FieldMessages(Messages messages, Class<F> fields, Set<F> shown) {
        this.messages = messages;
        this.fields = fields;
        this.shown = Set.copyOf(shown);
        this.byField = new EnumMap<>(fields);
        for (F field : fields.getEnumConstants()) {
            byField.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    /** A text already beside a field is not added again (rules checked per asset may say the same thing twice). */
    public FieldMessages<F> eachTextOnce() {
        eachTextOnce = true;
        return this;
    }

    /**
     * Messages with these keys only say that a field is still empty: {@link #showLive} holds them back until the
     * clerk has tried to save, so that an empty new form is not all red.
     */
    public FieldMessages<F> holdingBackUntilSaved(Set<String> emptyFieldKeys) {
        this.emptyFieldKeys = Set.copyOf(emptyFieldKeys);
        return this;
    }

    public void clear() {
        byField.values().forEach(p -> p.set(""));
        general.set("");
    }

    /** Puts each error beside its field, or in the general message when the form has no such field. */
    public void show(Iterable<FieldError> errors) {
        for (FieldError error : errors) {
            String text = ErrorMessages.describe(error, messages);
            F field = fieldOf(error);
            ReadOnlyStringWrapper target = field != null && shown.contains(field) ? byField.get(field) : general;
            if (!eachTextOnce || !target.get().contains(text)) {
                target.set(target.get().isEmpty() ? text : target.get() + "\n" + text);
            }
        }
    }

    public void show(ValidationException invalid) {
        show(invalid.errors());
    }

    /**
     * Shows the messages of the rules as the clerk types: every broken rule at once, but those that only say a
     * field is empty (see {@link #holdingBackUntilSaved}) only once the clerk has tried to save ({@code all}).
     */
    public void showLive(List<FieldError> errors, boolean all) {
        clear();
        show(all ? errors : errors.stream().filter(e -> !emptyFieldKeys.contains(e.messageKey())).toList());
    }

    /**
     * Runs one step of a record (apply, approve, return, cancel …) off the FX thread, {@code busy} while it runs:
     * the result goes to {@code onResult}; a broken rule shows beside its field; anything else goes to
     * {@code onFailure}.
     */
    public <T> void submit(ReadOnlyBooleanWrapper busy, UiTasks.Work<T> work, Consumer<T> onResult,
            Consumer<Throwable> onFailure) {
        submit(busy, work, onResult, () -> { }, onFailure);
    }

    /**
     * As {@link #submit(ReadOnlyBooleanWrapper, UiTasks.Work, Consumer, Consumer)}; {@code onInvalid} runs after a
     * refusal is shown.
     */
    public <T> void submit(ReadOnlyBooleanWrapper busy, UiTasks.Work<T> work, Consumer<T> onResult, Runnable onInvalid,
            Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(work, result -> {
            busy.set(false);
            onResult.accept(result);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                show(invalid);
                onInvalid.run();
            } else {
                onFailure.accept(error);
            }
        });
    }

    public boolean isEmpty() {
        return general.get().isEmpty() && byField.values().stream().allMatch(p -> p.get().isEmpty());
    }

    public ReadOnlyStringProperty of(F field) {
        return byField.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    private F fieldOf(FieldError error) {
        for (F field : fields.getEnumConstants()) {
            if (field.name().equals(error.field())) {
                return field;
            }
        }
        return null;
    }
}
