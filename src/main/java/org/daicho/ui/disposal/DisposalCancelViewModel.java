package org.daicho.ui.disposal;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.FieldError;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.FieldMessages;

/** 取消 of an application not yet executed (申請中 or 許可), with its reason. The assets stay as they are. */
public final class DisposalCancelViewModel {

    private final DaichoServices services;
    private final DisposalEntry entry;
    private final DateStyle dateStyle;
    final StringProperty reason = new SimpleStringProperty("");
    private final FieldMessages<DisposalField> errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private DisposalEntry cancelled;

    public DisposalCancelViewModel(DaichoServices services, Messages messages, DisposalEntry entry, DateStyle style) {
        this.services = services;
        this.entry = entry;
        this.dateStyle = style;
        this.errors = DisposalMessages.of(messages, EnumSet.of(DisposalField.CANCEL_REASON));
    }

    public void confirm(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        String text = reason.get();
        if (text == null || text.isBlank()) {
            errors.show(List.of(FieldError.of(DisposalField.CANCEL_REASON, "validation.required")));
            return;
        }
        errors.submit(busy, progress -> services.disposal().cancel(entry.id(), text), result -> {
            cancelled = result;
            onDone.run();
        }, onFailure);
    }

    public DisposalEntry entry() {
        return entry;
    }

    public DisposalEntry cancelled() {
        return cancelled;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ReadOnlyStringProperty error() {
        return errors.of(DisposalField.CANCEL_REASON);
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
