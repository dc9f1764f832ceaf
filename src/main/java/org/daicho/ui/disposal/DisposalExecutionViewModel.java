package org.daicho.ui.disposal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalAssessment;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalField;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalRules;
import org.daicho.domain.FieldError;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.RecordRoles;
import org.daicho.ui.common.UiTasks;

/**
 * 実施の記録 of a permitted application: when, who did it and who watched, the method and technique actually used,
 * the tool, how completion was checked, the contractor's certificate, the backup and where the media went. What the
 * assets' classes require (checkExecution with no execution) is shown at the top; the rules are checked as the clerk
 * types; on success the record is 完了 and the assets take the end's status (廃棄済 …).
 */
public final class DisposalExecutionViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private final DateStyle dateStyle;
    private DisposalEntry entry;
    private DisposalPolicy policy = DisposalPolicy.BASELINE;

    final StringProperty executedAt = new SimpleStringProperty("");
    final ObjectProperty<Staff> performer = new SimpleObjectProperty<>();
    final StringProperty performerName = new SimpleStringProperty("");
    final ObjectProperty<Staff> witness = new SimpleObjectProperty<>();
    final ObjectProperty<SanitisationMethod> method = new SimpleObjectProperty<>();
    final ObjectProperty<SanitisationTechnique> technique = new SimpleObjectProperty<>();
    final StringProperty methodDetails = new SimpleStringProperty("");
    final StringProperty tool = new SimpleStringProperty("");
    final StringProperty toolVersion = new SimpleStringProperty("");
    final StringProperty verificationMethod = new SimpleStringProperty("");
    final StringProperty verificationResult = new SimpleStringProperty("");
    final ObjectProperty<DisposalPlace> place = new SimpleObjectProperty<>();
    final StringProperty contractor = new SimpleStringProperty("");
    final StringProperty certificateNo = new SimpleStringProperty("");
    final StringProperty certificateReceivedOn = new SimpleStringProperty("");
    final BooleanProperty backedUp = new SimpleBooleanProperty(false);
    final StringProperty backupLocation = new SimpleStringProperty("");
    final StringProperty destination = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

    private final ObservableList<Staff> people = FXCollections.observableArrayList();
    private final ObservableList<SanitisationTechnique> techniques = FXCollections.observableArrayList(
            SanitisationTechnique.values());
    private final ObservableList<String> requirements = FXCollections.observableArrayList();
    private final BooleanBinding toolRequired = Bindings.createBooleanBinding(
            () -> technique.get() != null && technique.get().needsTool(), technique);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final FieldMessages<DisposalField> errors;
    private boolean attempted;
    private boolean loading;
    private DisposalEntry executed;

    public DisposalExecutionViewModel(DaichoServices services, Messages messages, DisposalEntry entry,
            DateStyle dateStyle) {
        this.services = services;
        this.messages = messages;
        this.entry = entry;
        this.dateStyle = dateStyle;
        this.errors = DisposalMessages.of(messages, EnumSet.of(DisposalField.EXECUTED_AT, DisposalField.PERFORMER,
                DisposalField.PERFORMER_NAME, DisposalField.WITNESS, DisposalField.METHOD, DisposalField.TECHNIQUE,
                DisposalField.METHOD_DETAILS, DisposalField.TOOL, DisposalField.TOOL_VERSION,
                DisposalField.VERIFICATION_METHOD, DisposalField.VERIFICATION_RESULT, DisposalField.PLACE,
                DisposalField.CONTRACTOR, DisposalField.CERTIFICATE_NO, DisposalField.CERTIFICATE_RECEIVED_ON,
                DisposalField.BACKUP_LOCATION, DisposalField.DESTINATION, DisposalField.NOTE));
        method.addListener((obs, old, now) -> {
            SanitisationTechnique chosen = technique.get();
            techniques.setAll(DisposalFormViewModel.fitting(now));
            technique.set(chosen != null && (now == null || chosen.fits(now)) ? chosen : null);
        });
        performer.addListener((obs, old, now) -> {
            if (now != null) {
                performerName.set("");
            }
        });
        List<ObservableValue<?>> inputs = List.of(executedAt, performer, performerName, witness, method, technique,
                methodDetails, tool, toolVersion, verificationMethod, verificationResult, place, contractor,
                certificateNo, certificateReceivedOn, backedUp, backupLocation, destination, note);
        inputs.forEach(input -> input.addListener((obs, old, now) -> update()));
    }

    /**
     * Reads the record as it is now, what its assets require, the active staff and now, off the FX thread; the
     * plan of the application fills the method, technique, place and contractor.
     */
    public void load(Consumer<Throwable> onFailure) {
        busy.set(true);
        long id = entry.id();
        UiTasks.start(progress -> {
            DisposalEntry fresh = services.disposal().entry(id);
            DisposalAssessment needs = services.disposal().checkExecution(id, null);
            Staff me = services.accounts().current() == null ? null
                    : services.accounts().staffOf(services.accounts().current());
            return new Loaded(fresh, needs, services.disposal().policy(), services.disposal().activeStaff(), me,
                    services.disposal().now());
        }, loaded -> {
            loading = true;
            entry = loaded.entry();
            policy = loaded.policy();
            people.setAll(loaded.staff());
            DisposalDraft plan = entry.record().application();
            method.set(plan.plannedMethod());
            technique.set(plan.plannedTechnique());
            place.set(plan.plannedPlace());
            contractor.set(plan.plannedContractor());
            executedAt.set(DateTimeText.format(loaded.now(), dateStyle));
            if (loaded.me() != null) {
                performer.set(loaded.staff().stream().filter(s -> s.id().equals(loaded.me().id())).findFirst()
                        .orElse(null));
            }
            requirements.setAll(requirementLines(loaded.needs()));
            loading = false;
            busy.set(false);
            update();
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    private record Loaded(DisposalEntry entry, DisposalAssessment needs, DisposalPolicy policy, List<Staff> staff,
            Staff me, LocalDateTime now) {
    }

    /** What the assets' classes and the settings require of this execution, in sentences. */
    private List<String> requirementLines(DisposalAssessment needs) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("disposal.ui.execute.highest", needs.highestConfidentiality(), entry.assets().size()));
        DisposalTexts.methodRules(lines, entry.assets(), needs, policy, messages);
        if (needs.witnessRequired()) {
            lines.add(messages.get("disposal.ui.execute.witnessRequired"));
        } else if (needs.proofRequired()) {
            lines.add(messages.get("disposal.ui.execute.proofRequired"));
        }
        lines.add(messages.get("disposal.ui.execute.after", entry.assets().size(),
                messages.label(entry.record().application().end().statusAfter())));
        return lines;
    }

    /** The execution as typed; {@code unreadable} gets a message for each date it cannot read. */
    DisposalExecution execution(List<FieldError> unreadable) {
        LocalDateTime at = null;
        String atText = executedAt.get();
        try {
            Optional<LocalDateTime> early = DateTimeText.parse(atText, LocalTime.MIDNIGHT);
            Optional<LocalDateTime> late = DateTimeText.parse(atText, LocalTime.NOON);
            if (early.isPresent() && !early.equals(late)) {
                unreadable.add(FieldError.of(DisposalField.EXECUTED_AT, "disposal.ui.error.timeMissing"));
            } else {
                at = early.orElse(null);
            }
        } catch (DateInput.InvalidDateException e) {
            unreadable.add(FieldError.of(DisposalField.EXECUTED_AT, "disposal.ui.error.dateTime", atText.strip()));
        }
        LocalDate received = null;
        try {
            received = DateInput.parse(certificateReceivedOn.get()).orElse(null);
        } catch (DateInput.InvalidDateException e) {
            unreadable.add(FieldError.of(DisposalField.CERTIFICATE_RECEIVED_ON, "validation.date",
                    certificateReceivedOn.get().strip()));
        }
        Staff who = performer.get();
        Staff watching = witness.get();
        return new DisposalExecution(at, who == null ? null : who.id(), who == null ? performerName.get() : "",
                watching == null ? null : watching.id(), method.get(), technique.get(), methodDetails.get(), tool.get(),
                toolVersion.get(), verificationMethod.get(), verificationResult.get(), place.get(), contractor.get(),
                certificateNo.get(), received, backedUp.get(), backedUp.get() ? backupLocation.get() : "",
                destination.get(), note.get());
    }

    /** Every problem of the execution as typed: unreadable dates, then every broken rule. */
    private List<FieldError> problems(DisposalExecution[] typed) {
        List<FieldError> local = new ArrayList<>();
        DisposalExecution e = execution(local);
        typed[0] = e;
        DisposalRecord record = entry.record();
        DisposalAssessment checked = DisposalRules.checkExecution(record, e, entry.assets(), policy,
                services.disposal().now());
        List<String> unreadable = local.stream().map(FieldError::field).toList();
        List<FieldError> all = new ArrayList<>(local);
        checked.errors().stream().filter(error -> !unreadable.contains(error.field())).forEach(all::add);
        return all;
    }

    private void update() {
        if (loading) {
            return;
        }
        List<FieldError> all = problems(new DisposalExecution[1]);
        errors.showLive(all, attempted);
        if (attempted && all.isEmpty()) {
            statusText.set("");
        }
    }

    /**
     * Checks the execution with the rules, then records it off the FX thread. Returns false at once, with the
     * messages beside the fields, when something is missing or wrong.
     */
    public boolean confirm(Runnable onDone, Consumer<Throwable> onFailure) {
        attempted = true;
        statusText.set("");
        DisposalExecution[] typed = new DisposalExecution[1];
        List<FieldError> all = problems(typed);
        errors.showLive(all, true);
        if (!all.isEmpty()) {
            statusText.set(messages.get("disposal.ui.form.fix"));
            return false;
        }
        long id = entry.id();
        DisposalExecution done = typed[0];
        errors.submit(busy, progress -> services.disposal().execute(id, done), result -> {
            executed = result;
            onDone.run();
        }, () -> statusText.set(messages.get("disposal.ui.form.fix")), onFailure);
        return true;
    }

    public boolean mayRecord() {
        return RecordRoles.mayRecord(services);
    }

    public DisposalEntry entry() {
        return entry;
    }

    public DisposalEntry executed() {
        return executed;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ObservableList<Staff> people() {
        return people;
    }

    public ObservableList<SanitisationTechnique> techniques() {
        return techniques;
    }

    public ObservableList<String> requirements() {
        return requirements;
    }

    public BooleanBinding toolRequired() {
        return toolRequired;
    }

    public ReadOnlyStringProperty error(DisposalField field) {
        return errors.of(field);
    }

    public ReadOnlyStringProperty generalError() {
        return errors.general();
    }

    public ReadOnlyStringProperty statusText() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }
}
