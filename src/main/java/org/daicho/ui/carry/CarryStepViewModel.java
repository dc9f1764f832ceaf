package org.daicho.ui.carry;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.CarryAction;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.UiTasks;

/**
 * The one-question steps of a record: 持出 (when it went out; now unless changed) and 取消 (why). A refusal
 * of the service — going out before permission, say — is shown in the dialog.
 */
public final class CarryStepViewModel {

    private final DaichoServices services;
    private final CarryEntry entry;
    private final CarryAction action;
    private final DateStyle dateStyle;
    final StringProperty text = new SimpleStringProperty("");
    /** The time first shown (now, to the minute): left as it is, it means "now" to the second. */
    private String proposedTime = "";
    private final FieldMessages<CarryField> errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private CarryEntry result;

    /** {@code action} is {@link CarryAction#MARK_OUT} or {@link CarryAction#CANCEL}. */
    public CarryStepViewModel(DaichoServices services, Messages messages, CarryEntry entry, CarryAction action,
            DateStyle dateStyle) {
        if (action != CarryAction.MARK_OUT && action != CarryAction.CANCEL) {
            throw new IllegalArgumentException(action.name());
        }
        this.services = services;
        this.entry = entry;
        this.action = action;
        this.dateStyle = dateStyle;
        this.errors = new FieldMessages<>(messages, CarryField.class, EnumSet.of(field()));
        if (action == CarryAction.MARK_OUT) {
            // the clock is not the store: reading it on the FX thread is fine
            proposedTime = DateTimeText.format(services.carry().now(), dateStyle);
            text.set(proposedTime);
        }
    }

    /** The field the dialog asks for: 持出日時 or 取消の理由. */
    public CarryField field() {
        return action == CarryAction.MARK_OUT ? CarryField.ACTUAL_OUT : CarryField.CANCEL_REASON;
    }

    public void confirm(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        String value = text.get() == null ? "" : text.get().strip();
        if (value.isEmpty()) {
            errors.show(List.of(FieldError.of(field(), "validation.required")));
            return;
        }
        UiTasks.Work<CarryEntry> work;
        if (action == CarryAction.MARK_OUT) {
            LocalDateTime at;
            try {
                // unchanged: now, to the second (a permission given a few seconds ago is not "after" 10:30)
                at = value.equals(proposedTime) ? null
                        : DateTimeText.parse(value, CarryFormViewModel.DEFAULT_OUT).orElseThrow();
            } catch (DateInput.InvalidDateException e) {
                errors.show(List.of(FieldError.of(field(), "carry.ui.error.dateTime", value)));
                return;
            }
            work = progress -> services.carry().markOut(entry.id(), at);
        } else {
            work = progress -> services.carry().cancel(entry.id(), value);
        }
        errors.submit(busy, work, done -> {
            result = done;
            onDone.run();
        }, onFailure);
    }

    public CarryAction action() {
        return action;
    }

    public CarryEntry entry() {
        return entry;
    }

    public CarryEntry result() {
        return result;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ReadOnlyStringProperty error() {
        return errors.of(field());
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
