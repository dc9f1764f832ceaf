package org.daicho.ui.disposal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.daicho.domain.DisposalField;
import org.daicho.domain.FieldError;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * The messages one disposal form or dialog shows: one beside each field it has, and a general one (above the
 * buttons) for a refusal about a field the form does not show (e.g. 状態: executing before permission).
 */
final class DisposalMessages {

    /** Messages that only say a field is still empty: not shown live before the first attempt to save. */
    private static final Set<String> EMPTY_FIELD_KEYS = Set.of("validation.required", "validation.choose",
            "disposal.error.performerRequired", "disposal.error.contractorRequired", "disposal.error.proofRequired",
            "disposal.error.witnessRequired");

    private final Messages messages;
    private final Set<DisposalField> shown;
    private final Map<DisposalField, ReadOnlyStringWrapper> byField = new EnumMap<>(DisposalField.class);
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    DisposalMessages(Messages messages, Set<DisposalField> shown) {
        this.messages = messages;
        this.shown = Set.copyOf(shown);
        for (DisposalField field : DisposalField.values()) {
            byField.put(field, new ReadOnlyStringWrapper(""));
        }
    }

    void clear() {
        byField.values().forEach(p -> p.set(""));
        general.set("");
    }

    /**
     * Shows the messages of the rules as the clerk types: every broken rule at once, but "please fill in" only
     * once the clerk has tried to save ({@code all}), so that an empty new form is not all red.
     */
    void showLive(List<FieldError> errors, boolean all) {
        clear();
        show(all ? errors : errors.stream().filter(e -> !EMPTY_FIELD_KEYS.contains(e.messageKey())).toList());
    }

    /** Puts each error beside its field, or in the general message when the form has no such field. */
    void show(Iterable<FieldError> errors) {
        for (FieldError error : errors) {
            String text = ErrorMessages.describe(error, messages);
            DisposalField field = fieldOf(error);
            ReadOnlyStringWrapper target = field != null && shown.contains(field) ? byField.get(field) : general;
            if (!target.get().contains(text)) {
                target.set(target.get().isEmpty() ? text : target.get() + "\n" + text);
            }
        }
    }

    /**
     * Runs one step of a record off the FX thread, {@code busy} while it runs: the result goes to
     * {@code onResult}; a broken rule shows beside its field; anything else goes to {@code onFailure}.
     */
    <T> void submit(ReadOnlyBooleanWrapper busy, UiTasks.Work<T> work, Consumer<T> onResult,
            Consumer<Throwable> onFailure) {
        submit(busy, work, onResult, () -> { }, onFailure);
    }

    /** As {@link #submit(ReadOnlyBooleanWrapper, UiTasks.Work, Consumer, Consumer)}; {@code onInvalid} runs after a refusal is shown. */
    <T> void submit(ReadOnlyBooleanWrapper busy, UiTasks.Work<T> work, Consumer<T> onResult, Runnable onInvalid,
            Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(work, result -> {
            busy.set(false);
            onResult.accept(result);
        }, error -> {
            busy.set(false);
            if (error instanceof ValidationException invalid) {
                show(invalid.errors());
                onInvalid.run();
            } else {
                onFailure.accept(error);
            }
        });
    }

    void setGeneral(String text) {
        general.set(text);
    }

    boolean isEmpty() {
        return general.get().isEmpty() && byField.values().stream().allMatch(p -> p.get().isEmpty());
    }

    ReadOnlyStringProperty of(DisposalField field) {
        return byField.get(field).getReadOnlyProperty();
    }

    ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    private static DisposalField fieldOf(FieldError error) {
        for (DisposalField field : DisposalField.values()) {
            if (field.name().equals(error.field())) {
                return field;
            }
        }
        return null;
    }
}
