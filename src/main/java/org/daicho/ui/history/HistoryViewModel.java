package org.daicho.ui.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.daicho.domain.DateInput;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.HistoryFilter;
import org.daicho.domain.RecordType;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.EvidenceChangedException;
import org.daicho.service.EvidenceCheck;
import org.daicho.service.VerifyResult;
import org.daicho.ui.common.UiTasks;

/**
 * The change-history screen: the entries that match the filters (newest first, one row per changed field)
 * and the tamper check. Loading and checking run off the FX thread.
 */
public final class HistoryViewModel {

    /** The outcome of the tamper check as shown: not run yet, intact, or broken. */
    public enum VerifyState { NOT_RUN, RUNNING, INTACT, BROKEN, FAILED }

    private final DaichoServices services;
    private final Messages messages;

    private final StringProperty fromText = new SimpleStringProperty("");
    private final StringProperty toText = new SimpleStringProperty("");
    private final ObjectProperty<String> userName = new SimpleObjectProperty<>();
    private final ObjectProperty<RecordType> recordType = new SimpleObjectProperty<>();
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> userNames = FXCollections.observableArrayList((String) null);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<VerifyState> verifyState = new ReadOnlyObjectWrapper<>(VerifyState.NOT_RUN);
    private final ReadOnlyStringWrapper verifyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verifyDetail = new ReadOnlyStringWrapper("");

    public HistoryViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    /** What the background load hands back. */
    private record Loaded(List<HistoryEntry> entries, List<String> userNames, HistoryTexts texts) {
    }

    /** Reloads the entries with the current filters; a date that cannot be read is shown and nothing loads. */
    public void load(Consumer<Throwable> onFailure) {
        Optional<HistoryFilter> filter = filter();
        if (filter.isEmpty()) {
            return;
        }
        busy.set(true);
        UiTasks.start(progress -> new Loaded(services.history().entries(filter.get()), services.history().userNames(),
                        texts(services, messages)),
                loaded -> {
                    List<HistoryLine> shown = new ArrayList<>();
                    loaded.entries().forEach(entry -> shown.addAll(loaded.texts().lines(entry)));
                    lines.setAll(shown);
                    String chosen = userName.get();
                    List<String> names = new ArrayList<>();
                    names.add(null);
                    names.addAll(loaded.userNames());
                    if (!userNames.equals(names)) {
                        userNames.setAll(names);
                    }
                    if (chosen != null && !userNames.contains(chosen)) {
                        userNames.add(chosen);
                    }
                    int count = loaded.entries().size();
                    countText.set(count >= filter.get().limit()
                            ? messages.get("history.count.limited", String.valueOf(count))
                            : messages.get("history.count", String.valueOf(count)));
                    busy.set(false);
                },
                error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    /** The labels and names the rows need: read off the FX thread with the entries. */
    static HistoryTexts texts(DaichoServices services, Messages messages) {
        Map<Long, String> sections = new HashMap<>();
        services.settings().sections().forEach(s -> sections.put(s.id(), s.name()));
        Map<Long, String> staff = new HashMap<>();
        services.staff().all().forEach(s -> staff.put(s.id(), s.name()));
        return new HistoryTexts(messages, services.settings().settings().dateStyle(), sections, staff);
    }

    private Optional<HistoryFilter> filter() {
        Optional<LocalDate> from;
        Optional<LocalDate> to;
        try {
            from = DateInput.parse(fromText.get());
        } catch (DateInput.InvalidDateException e) {
            filterError.set(messages.get("history.filter.badDate", fromText.get()));
            return Optional.empty();
        }
        try {
            to = DateInput.parse(toText.get());
        } catch (DateInput.InvalidDateException e) {
            filterError.set(messages.get("history.filter.badDate", toText.get()));
            return Optional.empty();
        }
        filterError.set("");
        return Optional.of(new HistoryFilter(from.orElse(null), to.orElse(null), userName.get(), recordType.get(), null,
                HistoryFilter.DEFAULT_LIMIT));
    }

    /** Runs the tamper check in the background and shows its result. */
    public void verify(Consumer<Throwable> onFailure) {
        verifyState.set(VerifyState.RUNNING);
        verifyText.set(messages.get("history.verify.running"));
        verifyDetail.set("");
        // the history and, since issue 5, the bytes of every evidence file against their SHA-256
        UiTasks.start(progress -> new Integrity(services.history().verify(progress),
                        services.disposal().checkAllEvidence()),
                this::show,
                error -> {
                    verifyState.set(VerifyState.FAILED);
                    verifyText.set(messages.get("history.verify.failed"));
                    onFailure.accept(error);
                });
    }

    /** What the tamper check found: the change history, and each evidence file read back. */
    private record Integrity(VerifyResult history, List<EvidenceCheck> evidence) {
        List<EvidenceCheck> changed() {
            return evidence.stream().filter(check -> !check.intact()).toList();
        }
    }

    private void show(Integrity found) {
        VerifyResult result = found.history();
        List<EvidenceCheck> changed = found.changed();
        verifyState.set(result.intact() && changed.isEmpty() ? VerifyState.INTACT : VerifyState.BROKEN);
        // an intact history with a changed evidence file is still a suspected tampering
        String headline = result.intact() && !changed.isEmpty()
                ? messages.get("history.verify.broken", String.valueOf(result.entriesChecked()),
                        String.valueOf(result.recordsChecked()))
                : result.summary(messages);
        List<String> text = new ArrayList<>(List.of(headline));
        List<String> detail = new ArrayList<>(List.of(
                result.firstBreak().map(b -> b.describe(messages)).orElse(result.head(messages))));
        if (!found.evidence().isEmpty()) {
            text.add(changed.isEmpty() ? messages.get("verify.evidence.intact", found.evidence().size())
                    : messages.get("verify.evidence.broken", found.evidence().size(), changed.size()));
        }
        for (EvidenceCheck check : changed) {
            detail.add(ErrorMessages.describe(new EvidenceChangedException(check), messages));
        }
        verifyText.set(String.join("\n", text));
        verifyDetail.set(String.join("\n", detail));
    }

    public StringProperty fromText() {
        return fromText;
    }

    public StringProperty toText() {
        return toText;
    }

    public ObjectProperty<String> userName() {
        return userName;
    }

    public ObjectProperty<RecordType> recordType() {
        return recordType;
    }

    public ObservableList<HistoryLine> lines() {
        return lines;
    }

    public ObservableList<String> userNames() {
        return userNames;
    }

    public ReadOnlyStringProperty countText() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterError() {
        return filterError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VerifyState> verifyState() {
        return verifyState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifyText() {
        return verifyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifyDetail() {
        return verifyDetail.getReadOnlyProperty();
    }
}
