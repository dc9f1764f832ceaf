package org.daicho.ui.disposal;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.FieldError;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.EvidenceChangedException;
import org.daicho.service.EvidenceCheck;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.RecordRoles;
import org.daicho.ui.common.UiTasks;

/**
 * The evidence of one disposal record (photos, the contractor's certificate, erasure reports), kept inside the
 * store with their SHA-256: attach a file, check that one still has the bytes it had when attached, save a copy
 * (only when it does), or remove one attached by mistake (with a reason; refused once the record is 完了).
 */
public final class DisposalEvidenceViewModel {

    /** The result of 確認: whether the bytes match, and the sentence that says so. */
    public enum CheckState { NONE, INTACT, CHANGED }

    private final DaichoServices services;
    private final Messages messages;
    private final DateStyle dateStyle;
    private DisposalEntry entry;
    private final ObservableList<EvidenceFile> files = FXCollections.observableArrayList();
    final ObjectProperty<EvidenceFile> selected = new SimpleObjectProperty<>();
    final ObjectProperty<EvidenceKind> kind = new SimpleObjectProperty<>(EvidenceKind.CERTIFICATE);
    final StringProperty removeReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CheckState> checkState = new ReadOnlyObjectWrapper<>(CheckState.NONE);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final FieldMessages<DisposalField> errors;
    private boolean changed;

    public DisposalEvidenceViewModel(DaichoServices services, Messages messages, DisposalEntry entry, DateStyle style) {
        this.services = services;
        this.messages = messages;
        this.entry = entry;
        this.dateStyle = style;
        this.errors = DisposalMessages.of(messages, EnumSet.of(DisposalField.CANCEL_REASON));
        files.setAll(entry.record().evidence());
        selected.addListener((obs, old, now) -> {
            checkText.set("");
            checkState.set(CheckState.NONE);
            errors.clear();
        });
    }

    /** Reads the record's evidence again, off the FX thread. */
    public void load(Consumer<Throwable> onFailure) {
        reload(null, onFailure);
    }

    /** Reads the files again; {@code selectId} (else the file selected now, if still there) stays selected. */
    private void reload(Long selectId, Consumer<Throwable> onFailure) {
        long id = entry.id();
        UiTasks.start(progress -> services.disposal().entry(id), fresh -> {
            Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
            entry = fresh;
            files.setAll(fresh.record().evidence());
            EvidenceFile again = keep == null ? null
                    : files.stream().filter(f -> f.id().equals(keep)).findFirst().orElse(null);
            selected.set(null); // the table may have dropped its selection when its items were replaced
            selected.set(again);
        }, onFailure);
    }

    /** Attaches {@code file} as evidence of {@code kind}, in the background (its SHA-256 is taken as it is read). */
    public void attach(Path file, Consumer<Throwable> onFailure) {
        errors.clear();
        statusText.set("");
        EvidenceKind chosen = kind.get() == null ? EvidenceKind.OTHER : kind.get();
        long id = entry.id();
        errors.submit(busy, progress -> services.disposal().attachEvidence(id, file, chosen), added -> {
            changed = true;
            statusText.set(messages.get("disposal.ui.evidence.added", added.fileName(), added.sha256()));
            reload(added.id(), onFailure);
        }, onFailure);
    }

    /** Reads the selected file back from the store and compares its SHA-256 with the one recorded. */
    public void check(Consumer<Throwable> onFailure) {
        EvidenceFile file = selected.get();
        if (file == null) {
            return;
        }
        errors.clear();
        errors.submit(busy, progress -> services.disposal().checkEvidence(file.id()), this::showCheck, onFailure);
    }

    private void showCheck(EvidenceCheck check) {
        if (check.intact()) {
            checkState.set(CheckState.INTACT);
            checkText.set(messages.get("disposal.ui.evidence.intact", check.file().fileName(), check.actualSha256()));
        } else {
            checkState.set(CheckState.CHANGED);
            checkText.set(messages.get("disposal.error.evidenceChanged", check.file().fileName(), check.recordNo(),
                    check.file().sha256(), check.actualSha256()));
        }
    }

    /** Writes a copy of the selected file to {@code target}, but only when its bytes still match. */
    public void save(Path target, Consumer<Throwable> onFailure) {
        EvidenceFile file = selected.get();
        if (file == null) {
            return;
        }
        errors.clear();
        statusText.set("");
        errors.submit(busy, progress -> services.disposal().saveEvidence(file.id(), target), check -> {
            showCheck(check);
            statusText.set(messages.get("disposal.ui.evidence.saved", target.toAbsolutePath()));
        }, error -> {
            if (error instanceof EvidenceChangedException evidenceChanged) {
                checkState.set(CheckState.CHANGED);
                checkText.set(messages.get(evidenceChanged.messageKey(), evidenceChanged.args()));
            } else {
                onFailure.accept(error);
            }
        });
    }

    /** Removes the selected file with the reason typed (the service refuses it for a completed record). */
    public void remove(Consumer<Throwable> onFailure) {
        EvidenceFile file = selected.get();
        if (file == null) {
            return;
        }
        errors.clear();
        statusText.set("");
        String reason = removeReason.get();
        if (reason == null || reason.isBlank()) {
            errors.show(List.of(FieldError.of(DisposalField.CANCEL_REASON, "disposal.ui.error.removeReason")));
            return;
        }
        errors.submit(busy, progress -> {
            services.disposal().removeEvidence(file.id(), reason);
            return file;
        }, removed -> {
            changed = true;
            removeReason.set("");
            statusText.set(messages.get("disposal.ui.evidence.removed", removed.fileName()));
            reload(null, onFailure);
        }, onFailure);
    }

    public boolean mayRecord() {
        return RecordRoles.mayRecord(services);
    }

    /** Evidence may be added until the record is closed without execution (却下, 取消). */
    public boolean mayAttach() {
        DisposalStatus status = entry.record().status();
        return mayRecord() && status != DisposalStatus.REJECTED && status != DisposalStatus.CANCELLED;
    }

    /** Whether evidence was added or removed (the list then reloads). */
    public boolean changed() {
        return changed;
    }

    public String sizeText(EvidenceFile file) {
        return DisposalTexts.size(file.sizeBytes(), messages);
    }

    public String addedText(EvidenceFile file) {
        return DateTimeText.formatSeconds(file.addedAt(), dateStyle);
    }

    public DisposalEntry entry() {
        return entry;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ObservableList<EvidenceFile> files() {
        return files;
    }

    public ReadOnlyStringProperty checkText() {
        return checkText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CheckState> checkState() {
        return checkState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusText() {
        return statusText.getReadOnlyProperty();
    }

    /** The message beside the reason for removal. */
    public ReadOnlyStringProperty reasonError() {
        return errors.of(DisposalField.CANCEL_REASON);
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
