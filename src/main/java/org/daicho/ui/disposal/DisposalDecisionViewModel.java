package org.daicho.ui.disposal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.FieldError;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.UiTasks;

/**
 * 許可・却下 of one disposal application: by the logged-in 情報セキュリティ管理者 with a comment (required to
 * reject), or 紙決裁 — permission given on paper, recorded with the approver (staff holding that role) and the
 * paper's date. 兼務の禁止 is the service's to enforce; its refusal is shown beside 許可者.
 */
public final class DisposalDecisionViewModel {

    private final DaichoServices services;
    private final DisposalEntry entry;
    private final DateStyle dateStyle;

    final BooleanProperty paper = new SimpleBooleanProperty(false);
    final StringProperty comment = new SimpleStringProperty("");
    final ObjectProperty<Staff> approver = new SimpleObjectProperty<>();
    final StringProperty paperDate = new SimpleStringProperty("");
    private final ObservableList<Staff> candidates = FXCollections.observableArrayList();
    private final DisposalMessages errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private DisposalEntry decided;

    public DisposalDecisionViewModel(DaichoServices services, Messages messages, DisposalEntry entry,
            DateStyle dateStyle, boolean paperMode) {
        this.services = services;
        this.entry = entry;
        this.dateStyle = dateStyle;
        this.errors = new DisposalMessages(messages, EnumSet.of(DisposalField.DECISION_COMMENT, DisposalField.APPROVER,
                DisposalField.PAPER_DECIDED_ON));
        paper.set(paperMode || !mayDecideInApp());
        paper.addListener((obs, old, now) -> errors.clear());
    }

    /** Reads the staff who may be named as the 紙決裁 approver, and today, off the FX thread. */
    public void load(Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> new Loaded(services.disposal().paperApproverCandidates(),
                services.disposal().now().toLocalDate()), loaded -> {
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
        run(() -> services.disposal().approve(entry.id(), text), onDone, onFailure);
    }

    /** 却下 needs its reason in the comment. */
    public void reject(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        String text = comment.get();
        if (text == null || text.isBlank()) {
            errors.show(List.of(FieldError.of(DisposalField.DECISION_COMMENT, "disposal.ui.error.rejectReason")));
            return;
        }
        run(() -> services.disposal().reject(entry.id(), text), onDone, onFailure);
    }

    public void recordPaper(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        Staff chosen = approver.get();
        if (chosen == null) {
            errors.show(List.of(FieldError.of(DisposalField.APPROVER, "validation.choose")));
        }
        Optional<LocalDate> date = Optional.empty();
        try {
            date = DateInput.parse(paperDate.get());
            if (date.isEmpty()) {
                errors.show(List.of(FieldError.of(DisposalField.PAPER_DECIDED_ON, "validation.required")));
            }
        } catch (DateInput.InvalidDateException e) {
            errors.show(List.of(FieldError.of(DisposalField.PAPER_DECIDED_ON, "validation.date",
                    paperDate.get().strip())));
        }
        if (!errors.isEmpty()) {
            return;
        }
        LocalDate on = date.orElseThrow();
        String text = comment.get();
        run(() -> services.disposal().recordPaperApproval(entry.id(), chosen.id(), on, text), onDone, onFailure);
    }

    private void run(Callable<DisposalEntry> work, Runnable onDone, Consumer<Throwable> onFailure) {
        errors.submit(busy, progress -> work.call(), result -> {
            decided = result;
            onDone.run();
        }, onFailure);
    }

    public DisposalEntry entry() {
        return entry;
    }

    public DisposalEntry decided() {
        return decided;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ObservableList<Staff> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty error(DisposalField field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
