package org.daicho.ui.carry;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.UiTasks;

/**
 * 許可・却下 of one application: by the logged-in 情報セキュリティ管理者 with a comment (required to reject), or
 * 紙決裁 — permission given on paper, recorded with the approver (staff holding that role) and the paper's
 * date. 兼務の禁止 is the service's to enforce; its refusal is shown here.
 */
public final class CarryDecisionViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private final CarryEntry entry;
    private final DateStyle dateStyle;

    final BooleanProperty paper = new SimpleBooleanProperty(false);
    final StringProperty comment = new SimpleStringProperty("");
    final ObjectProperty<Staff> approver = new SimpleObjectProperty<>();
    final StringProperty paperDate = new SimpleStringProperty("");
    private final ObservableList<Staff> candidates = FXCollections.observableArrayList();
    private final CarryMessages errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private CarryEntry decided;

    public CarryDecisionViewModel(DaichoServices services, Messages messages, CarryEntry entry, DateStyle dateStyle,
            boolean paperMode) {
        this.services = services;
        this.messages = messages;
        this.entry = entry;
        this.dateStyle = dateStyle;
        this.errors = new CarryMessages(messages, EnumSet.of(CarryField.DECISION_COMMENT, CarryField.APPROVER,
                CarryField.PAPER_DECIDED_ON));
        paper.set(paperMode || !mayDecideInApp());
        paper.addListener((obs, old, now) -> errors.clear());
    }

    /** Reads the staff who may be named as the 紙決裁 approver, and today, off the FX thread. */
    public void load(Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> new Loaded(services.carry().paperApproverCandidates(),
                services.carry().now().toLocalDate()), loaded -> {
                    candidates.setAll(loaded.candidates());
                    if (paperDate.get().isBlank()) {
                        paperDate.set(dateStyle.format(loaded.today()));
                    }
                }, onFailure);
    }

    private record Loaded(List<Staff> candidates, LocalDate today) {
    }

    public boolean mayDecideInApp() {
        return services.actor().mayDo(Role.SECURITY_MANAGER);
    }

    public boolean mayRecordPaper() {
        return services.actor().mayDo(Role.CLERK, Role.ADMIN, Role.SECURITY_MANAGER);
    }

    public void approve(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        String text = comment.get();
        run(() -> services.carry().approve(entry.id(), text), onDone, onFailure);
    }

    /** 却下 needs its reason in the comment. */
    public void reject(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        String text = comment.get();
        if (text == null || text.isBlank()) {
            errors.show(List.of(FieldError.of(CarryField.DECISION_COMMENT, "carry.ui.error.rejectReason")));
            return;
        }
        run(() -> services.carry().reject(entry.id(), text), onDone, onFailure);
    }

    public void recordPaper(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        Staff chosen = approver.get();
        if (chosen == null) {
            errors.show(List.of(FieldError.of(CarryField.APPROVER, "validation.choose")));
        }
        Optional<LocalDate> date = Optional.empty();
        try {
            date = DateInput.parse(paperDate.get());
            if (date.isEmpty()) {
                errors.show(List.of(FieldError.of(CarryField.PAPER_DECIDED_ON, "validation.required")));
            }
        } catch (DateInput.InvalidDateException e) {
            errors.show(List.of(FieldError.of(CarryField.PAPER_DECIDED_ON, "validation.date", paperDate.get().strip())));
        }
        if (!errors.isEmpty()) {
            return;
        }
        LocalDate on = date.orElseThrow();
        String text = comment.get();
        run(() -> services.carry().recordPaperApproval(entry.id(), chosen.id(), on, text), onDone, onFailure);
    }

    private void run(java.util.concurrent.Callable<CarryEntry> work, Runnable onDone, Consumer<Throwable> onFailure) {
        errors.submit(busy, progress -> work.call(), result -> {
            decided = result;
            onDone.run();
        }, onFailure);
    }

    public CarryEntry entry() {
        return entry;
    }

    public CarryEntry decided() {
        return decided;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ObservableList<Staff> candidates() {
        return candidates;
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
