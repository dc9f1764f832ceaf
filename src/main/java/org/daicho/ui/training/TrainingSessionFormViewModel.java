package org.daicho.ui.training;

import java.util.EnumSet;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.daicho.domain.DateStyle;
import org.daicho.domain.Role;
import org.daicho.domain.TrainingField;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingSessionDraft;
import org.daicho.domain.TrainingTarget;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.FieldMessages;

/**
 * One session (研修) being written: title, kind, day (typed as 2026/6/1 or R8.6.1), format, instructor, target
 * group and note. The service checks it; each message appears beside its field.
 */
public final class TrainingSessionFormViewModel {

    private final DaichoServices services;
    private final TrainingSession existing;
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<TrainingKind> kind = new SimpleObjectProperty<>(TrainingKind.ANNUAL);
    final StringProperty heldOn = new SimpleStringProperty("");
    final ObjectProperty<TrainingFormat> format = new SimpleObjectProperty<>(TrainingFormat.CLASSROOM);
    final StringProperty instructor = new SimpleStringProperty("");
    final ObjectProperty<TrainingTarget> target = new SimpleObjectProperty<>(TrainingTarget.ALL_STAFF);
    final StringProperty note = new SimpleStringProperty("");
    private final FieldMessages<TrainingField> errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private TrainingSession saved;

    /** {@code existing} null: a new session on today's date. */
    public TrainingSessionFormViewModel(DaichoServices services, Messages messages, TrainingSession existing,
            DateStyle style) {
        this.services = services;
        this.existing = existing;
        this.errors = new FieldMessages<>(messages, TrainingField.class, EnumSet.of(TrainingField.TITLE, TrainingField.KIND,
                TrainingField.HELD_ON, TrainingField.FORMAT, TrainingField.INSTRUCTOR, TrainingField.TARGET,
                TrainingField.NOTE));
        if (existing != null) {
            TrainingSessionDraft d = TrainingSessionDraft.of(existing, style);
            title.set(d.title());
            kind.set(d.kind());
            heldOn.set(d.heldOn());
            format.set(d.format());
            instructor.set(d.instructor());
            target.set(d.target());
            note.set(d.note());
        } else {
            heldOn.set(style.format(services.training().today()));
        }
        // the usual target group and format of each kind, still changeable
        kind.addListener((obs, old, now) -> {
            if (now != null) {
                target.set(targetOf(now));
                if (now == TrainingKind.EMERGENCY_DRILL) {
                    format.set(TrainingFormat.DRILL);
                }
            }
        });
    }

    static TrainingTarget targetOf(TrainingKind kind) {
        return switch (kind) {
            case ANNUAL -> TrainingTarget.ALL_STAFF;
            case NEW_HIRE -> TrainingTarget.NEW_HIRES;
            case ROLE_BASED -> TrainingTarget.ROLE_HOLDERS;
            case EXECUTIVE -> TrainingTarget.EXECUTIVES;
            case EMERGENCY_DRILL -> TrainingTarget.EMERGENCY;
        };
    }

    TrainingSessionDraft draft() {
        return new TrainingSessionDraft(title.get(), kind.get(), heldOn.get(), format.get(), instructor.get(),
                target.get(), note.get());
    }

    /** Records the session off the FX thread; a wrong field gets its message beside it. */
    public void save(Consumer<TrainingSession> onSaved, Consumer<Throwable> onFailure) {
        errors.clear();
        TrainingSessionDraft draft = draft();
        Long id = existing == null ? null : existing.id();
        errors.submit(busy, progress -> services.training().saveSession(id, draft), session -> {
            saved = session;
            onSaved.accept(session);
        }, onFailure);
    }

    public boolean isNew() {
        return existing == null;
    }

    public TrainingSession saved() {
        return saved;
    }

    public boolean mayRecord() {
        return services.actor().mayDo(Role.CLERK, Role.ADMIN);
    }

    public ReadOnlyStringProperty error(TrainingField field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
