package org.daicho.ui.carry;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.UiTasks;

/**
 * 返却: when it came back and who checked it (返却確認者, never the carrier). The assets become 保管中 again
 * in the service.
 */
public final class CarryReturnViewModel {

    private final DaichoServices services;
    private final CarryEntry entry;
    private final DateStyle dateStyle;

    final StringProperty returnedAt = new SimpleStringProperty("");
    /** The time first shown (now, to the minute): left as it is, it means "now" to the second. */
    private String proposedTime = "";
    final ObjectProperty<Staff> checker = new SimpleObjectProperty<>();
    private final ObservableList<Staff> checkers = FXCollections.observableArrayList();
    private final FieldMessages<CarryField> errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private CarryEntry returned;

    public CarryReturnViewModel(DaichoServices services, Messages messages, CarryEntry entry, DateStyle dateStyle) {
        this.services = services;
        this.entry = entry;
        this.dateStyle = dateStyle;
        this.errors = new FieldMessages<>(messages, CarryField.class,
                EnumSet.of(CarryField.ACTUAL_RETURN, CarryField.RETURN_CHECKER));
    }

    /**
     * Reads who may check the return (active staff other than the carrier) and now, off the FX thread. The
     * logged-in account's staff member is proposed when that is not the carrier.
     */
    public void load(Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> {
            LocalDateTime now = services.carry().now();
            List<Staff> staff = services.staff().all().stream()
                    .filter(s -> s.isActiveOn(now.toLocalDate()) && s.id() != entry.record().carrierStaffId()).toList();
            Staff me = services.accounts().current() == null ? null
                    : services.accounts().staffOf(services.accounts().current());
            return new Loaded(staff, me, now);
        }, loaded -> {
            checkers.setAll(loaded.staff());
            if (checker.get() == null && loaded.me() != null) {
                checker.set(loaded.staff().stream().filter(s -> s.id().equals(loaded.me().id())).findFirst().orElse(null));
            }
            if (returnedAt.get().isBlank()) {
                proposedTime = DateTimeText.format(loaded.now(), dateStyle);
                returnedAt.set(proposedTime);
            }
            busy.set(false);
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    private record Loaded(List<Staff> staff, Staff me, LocalDateTime now) {
    }

    public void confirm(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        LocalDateTime at = null;
        boolean now = !proposedTime.isEmpty() && returnedAt.get().strip().equals(proposedTime);
        try {
            at = DateTimeText.parse(returnedAt.get(), CarryFormViewModel.DEFAULT_RETURN).orElse(null);
        } catch (DateInput.InvalidDateException e) {
            errors.show(List.of(FieldError.of(CarryField.ACTUAL_RETURN, "carry.ui.error.dateTime", returnedAt.get().strip())));
        }
        if (at == null && errors.isEmpty()) {
            errors.show(List.of(FieldError.of(CarryField.ACTUAL_RETURN, "validation.required")));
        }
        if (now) {
            at = null; // unchanged: now, to the second
        }
        Staff chosen = checker.get();
        if (chosen == null) {
            errors.show(List.of(FieldError.of(CarryField.RETURN_CHECKER, "validation.choose")));
        }
        if (!errors.isEmpty()) {
            return;
        }
        LocalDateTime time = at;
        errors.submit(busy, progress -> services.carry().recordReturn(entry.id(), time, chosen.id()), result -> {
            returned = result;
            onDone.run();
        }, onFailure);
    }

    public CarryEntry entry() {
        return entry;
    }

    public CarryEntry returned() {
        return returned;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ObservableList<Staff> checkers() {
        return checkers;
    }

    public ReadOnlyStringProperty error(CarryField field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
