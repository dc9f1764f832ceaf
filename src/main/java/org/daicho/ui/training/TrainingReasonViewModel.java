package org.daicho.ui.training;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.TrainingField;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.UiTasks;

/**
 * A step that needs a reason written into the change history: deleting a session, or taking back marks made
 * by mistake. The reason is required; the step runs off the FX thread.
 */
public final class TrainingReasonViewModel {

    private final Messages messages;
    private final Function<String, UiTasks.Work<?>> step;
    final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final FieldMessages<TrainingField> refusals;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** {@code step} turns the reason into the work to run. */
    public TrainingReasonViewModel(Messages messages, Function<String, UiTasks.Work<?>> step) {
        this.messages = messages;
        this.step = step;
        this.refusals = new FieldMessages<>(messages, TrainingField.class, Set.of());
    }

    public void confirm(Runnable onDone, Consumer<Throwable> onFailure) {
        error.set("");
        refusals.clear();
        String value = reason.get() == null ? "" : reason.get().strip();
        if (value.isEmpty()) {
            error.set(messages.get("training.ui.reason.required"));
            return;
        }
        @SuppressWarnings("unchecked")
        UiTasks.Work<Object> work = (UiTasks.Work<Object>) step.apply(value);
        refusals.submit(busy, work, done -> onDone.run(), onFailure);
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty generalError() {
        return refusals.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
