package org.daicho.ui.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
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
import org.daicho.domain.FieldError;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;

/**
 * 許可・却下 of one application of any record that needs permission (持出, 廃棄 …): by the logged-in
 * 情報セキュリティ管理者 with a comment (required to reject), or 紙決裁 — permission given on paper, recorded with
 * the approver (staff holding that role) and the paper's date. 兼務の禁止 is the service's to enforce; its refusal
 * is shown here. The records differ only in their fields and their service, which {@link Fields} and
 * {@link Calls} bring in.
 *
 * @param <E> the record as the service returns it
 * @param <F> the record's fields
 */
public final class DecisionViewModel<E, F extends Enum<F>> {

    /**
     * The record's fields the dialog shows, and the refusal of a 却下 without a reason (beside the comment).
     */
    public record Fields<F extends Enum<F>>(F comment, F approver, F paperDate, FieldError rejectWithoutReason) {
    }

    /** 許可 or 却下 of record {@code id} with {@code comment}. */
    @FunctionalInterface
    public interface Decide<E> {
        E decide(long id, String comment) throws Exception;
    }

    /** A 紙決裁 of record {@code id}: who approved it on paper, on which day, and a comment. */
    @FunctionalInterface
    public interface RecordPaper<E> {
        E record(long id, long approverStaffId, LocalDate on, String comment) throws Exception;
    }

    /** What the record's service does for the dialog (each is called off the FX thread). */
    public record Calls<E>(ToLongFunction<E> id, Callable<List<Staff>> paperApproverCandidates,
            Callable<LocalDateTime> now, Decide<E> approve, Decide<E> reject, RecordPaper<E> recordPaper) {
    }

    private final DaichoServices services;
    private final E entry;
    private final DateStyle dateStyle;
    private final Fields<F> fields;
    private final Calls<E> calls;

    final BooleanProperty paper = new SimpleBooleanProperty(false);
    final StringProperty comment = new SimpleStringProperty("");
    final ObjectProperty<Staff> approver = new SimpleObjectProperty<>();
    final StringProperty paperDate = new SimpleStringProperty("");
    private final ObservableList<Staff> candidates = FXCollections.observableArrayList();
    private final FieldMessages<F> errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private E decided;

    public DecisionViewModel(DaichoServices services, Messages messages, E entry, DateStyle dateStyle,
            boolean paperMode, Fields<F> fields, Calls<E> calls) {
        this.services = services;
        this.entry = entry;
        this.dateStyle = dateStyle;
        this.fields = fields;
        this.calls = calls;
        this.errors = new FieldMessages<>(messages, fields.comment().getDeclaringClass(),
                EnumSet.of(fields.comment(), fields.approver(), fields.paperDate()));
        paper.set(paperMode || !mayDecideInApp());
        paper.addListener((obs, old, now) -> errors.clear());
    }

    /** Reads the staff who may be named as the 紙決裁 approver, and today, off the FX thread. */
    public void load(Consumer<Throwable> onFailure) {
        UiTasks.start(progress -> new Loaded(calls.paperApproverCandidates().call(), calls.now().call().toLocalDate()),
                loaded -> {
                    candidates.setAll(loaded.candidates());
                    if (paperDate.get().isBlank()) {
                        paperDate.set(dateStyle.format(loaded.today()));
                    }
                }, onFailure);
    }

    private record Loaded(List<Staff> candidates, LocalDate today) {
    }

    public boolean mayDecideInApp() {
        return RecordRoles.mayDecideInApp(services);
    }

    public boolean mayRecordPaper() {
        return RecordRoles.mayRecordPaper(services);
    }

    public void approve(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        String text = comment.get();
        long id = calls.id().applyAsLong(entry);
        run(() -> calls.approve().decide(id, text), onDone, onFailure);
    }

    /** 却下 needs its reason in the comment. */
    public void reject(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        String text = comment.get();
        if (text == null || text.isBlank()) {
            errors.show(List.of(fields.rejectWithoutReason()));
            return;
        }
        long id = calls.id().applyAsLong(entry);
        run(() -> calls.reject().decide(id, text), onDone, onFailure);
    }

    public void recordPaper(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        Staff chosen = approver.get();
        if (chosen == null) {
            errors.show(List.of(FieldError.of(fields.approver(), "validation.choose")));
        }
        Optional<LocalDate> date = Optional.empty();
        try {
            date = DateInput.parse(paperDate.get());
            if (date.isEmpty()) {
                errors.show(List.of(FieldError.of(fields.paperDate(), "validation.required")));
            }
        } catch (DateInput.InvalidDateException e) {
            errors.show(List.of(FieldError.of(fields.paperDate(), "validation.date", paperDate.get().strip())));
        }
        if (!errors.isEmpty()) {
            return;
        }
        LocalDate on = date.orElseThrow();
        String text = comment.get();
        long id = calls.id().applyAsLong(entry);
        run(() -> calls.recordPaper().record(id, chosen.id(), on, text), onDone, onFailure);
    }

    private void run(Callable<E> work, Runnable onDone, Consumer<Throwable> onFailure) {
        errors.submit(busy, progress -> work.call(), result -> {
            decided = result;
            onDone.run();
        }, onFailure);
    }

    /** The record after the decision (null until one is made). */
    public E decided() {
        return decided;
    }

    public Fields<F> fields() {
        return fields;
    }

    public ObservableList<Staff> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty error(F field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
