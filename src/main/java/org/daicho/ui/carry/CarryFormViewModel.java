package org.daicho.ui.carry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.CarryAssessment;
import org.daicho.domain.CarryDevice;
import org.daicho.domain.CarryDraft;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryRules;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.AssetChoice;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.RecordRoles;
import org.daicho.ui.common.UiTasks;

/**
 * One application (申請) being written: for 持出 the assets picked from the ledger, for 持込 the device; the
 * carrier, purpose, destination, planned times and protective measures. The 機密性3 reason and the warning's
 * acknowledgement are asked for only when the chosen assets and measures need them (CarryRules); saving
 * shows a message beside each wrong field.
 */
public final class CarryFormViewModel {

    /** The time a date typed without one means: 9:00 to go out, 17:00 to come back. */
    static final LocalTime DEFAULT_OUT = LocalTime.of(9, 0);
    static final LocalTime DEFAULT_RETURN = LocalTime.of(17, 0);

    private final DaichoServices services;
    private final Messages messages;
    private final CarryKind kind;
    private DateStyle dateStyle = DateStyle.WAREKI;
    private LocalDate today = LocalDate.now();

    private final ObservableList<AssetChoice> assets = FXCollections.observableArrayList();
    private final FilteredList<AssetChoice> shownAssets = new FilteredList<>(assets);
    private final ObservableList<Staff> carriers = FXCollections.observableArrayList();

    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<Staff> carrier = new SimpleObjectProperty<>();
    final StringProperty purpose = new SimpleStringProperty("");
    final StringProperty destination = new SimpleStringProperty("");
    final StringProperty plannedOut = new SimpleStringProperty("");
    final StringProperty plannedReturn = new SimpleStringProperty("");
    final BooleanProperty encryption = new SimpleBooleanProperty(false);
    final BooleanProperty password = new SimpleBooleanProperty(false);
    final BooleanProperty lockedCase = new SimpleBooleanProperty(false);
    final StringProperty confidential3Reason = new SimpleStringProperty("");
    final BooleanProperty warningAcknowledged = new SimpleBooleanProperty(false);
    final StringProperty warningReason = new SimpleStringProperty("");
    final StringProperty deviceOwner = new SimpleStringProperty("");
    final StringProperty deviceKind = new SimpleStringProperty("");
    final StringProperty deviceModel = new SimpleStringProperty("");
    final BooleanProperty virusScanned = new SimpleBooleanProperty(false);
    final BooleanProperty patchesApplied = new SimpleBooleanProperty(false);

    private final ReadOnlyStringWrapper chosenText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper permissionRequired = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper needsConfidential3Reason = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper needsWarning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final FieldMessages<CarryField> errors;
    private CarryEntry saved;

    public CarryFormViewModel(DaichoServices services, Messages messages, CarryKind kind) {
        this.services = services;
        this.messages = messages;
        this.kind = kind;
        this.errors = new FieldMessages<>(messages, CarryField.class, EnumSet.of(CarryField.ASSETS,
                CarryField.DEVICE_OWNER, CarryField.DEVICE_KIND, CarryField.DEVICE_MODEL, CarryField.CARRIER,
                CarryField.PURPOSE, CarryField.DESTINATION, CarryField.PLANNED_OUT, CarryField.PLANNED_RETURN,
                CarryField.MEASURES, CarryField.CONFIDENTIAL3_REASON, CarryField.WARNING_REASON));
        search.addListener((obs, old, now) -> applySearch());
        encryption.addListener((obs, old, now) -> updateRules());
        password.addListener((obs, old, now) -> updateRules());
        lockedCase.addListener((obs, old, now) -> updateRules());
        updateRules();
    }

    /** Reads the assets that may go out, the active staff and who is logged in, off the FX thread. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(progress -> {
            List<LedgerEntry> carryable = kind == CarryKind.CARRY_OUT ? services.carry().carryableAssets() : List.of();
            LocalDate day = services.carry().now().toLocalDate();
            List<Staff> active = services.staff().all().stream().filter(s -> s.isActiveOn(day)).toList();
            Staff me = services.accounts().current() == null ? null
                    : services.accounts().staffOf(services.accounts().current());
            return new Loaded(carryable, active, me, services.settings().settings().dateStyle(), day);
        }, loaded -> {
            dateStyle = loaded.dateStyle();
            today = loaded.today();
            List<AssetChoice> choices = loaded.assets().stream().map(AssetChoice::new).toList();
            choices.forEach(choice -> choice.selected().addListener((obs, old, now) -> updateRules()));
            assets.setAll(choices);
            carriers.setAll(loaded.staff());
            if (carrier.get() == null && loaded.me() != null) {
                carrier.set(loaded.staff().stream().filter(s -> s.id().equals(loaded.me().id())).findFirst()
                        .orElse(null));
            }
            applySearch();
            updateRules();
            busy.set(false);
            onLoaded.run();
        }, error -> {
            busy.set(false);
            onFailure.accept(error);
        });
    }

    private record Loaded(List<LedgerEntry> assets, List<Staff> staff, Staff me, DateStyle dateStyle, LocalDate today) {
    }

    private void applySearch() {
        var match = new AssetFilter(search.get(), null, null, null, null, null).compile(today);
        shownAssets.setPredicate(choice -> choice.selected().get() || match.test(choice.entry()));
    }

    private List<Asset> chosen() {
        return assets.stream().filter(c -> c.selected().get()).map(AssetChoice::asset).toList();
    }

    private Set<CarryMeasure> measures() {
        Set<CarryMeasure> chosen = EnumSet.noneOf(CarryMeasure.class);
        if (encryption.get()) {
            chosen.add(CarryMeasure.ENCRYPTION);
        }
        if (password.get()) {
            chosen.add(CarryMeasure.PASSWORD);
        }
        if (lockedCase.get()) {
            chosen.add(CarryMeasure.LOCKED_CASE);
        }
        return chosen;
    }

    /** The chosen assets and measures decide which questions the form asks (CarryRules). */
    private void updateRules() {
        List<Asset> chosen = chosen();
        permissionRequired.set(CarryRules.permissionRequired(kind, chosen));
        needsConfidential3Reason.set(chosen.stream().anyMatch(a -> a.classes().confidentiality() >= 3));
        needsWarning.set(kind == CarryKind.CARRY_OUT && CarryRules.protectionWarning(chosen, measures()));
        if (!needsWarning.get()) {
            warningAcknowledged.set(false);
        }
        chosenText.set(chosen.isEmpty() ? messages.get("carry.ui.form.noneChosen")
                : messages.get("carry.ui.form.chosen", chosen.size(),
                        chosen.stream().map(Asset::assetNo).collect(Collectors.joining("、"))));
    }

    /** The draft as typed; {@code errors} gets a message for each date-time it cannot read. */
    CarryDraft draft(List<FieldError> unreadable) {
        LocalDateTime out = time(plannedOut.get(), DEFAULT_OUT, CarryField.PLANNED_OUT, unreadable);
        LocalDateTime back = time(plannedReturn.get(), DEFAULT_RETURN, CarryField.PLANNED_RETURN, unreadable);
        Long carrierId = carrier.get() == null ? null : carrier.get().id();
        if (kind == CarryKind.BRING_IN) {
            return CarryDraft.bringIn(new CarryDevice(deviceOwner.get(), deviceKind.get(), deviceModel.get()), carrierId,
                    purpose.get(), destination.get(), out, back, measures(), virusScanned.get(), patchesApplied.get());
        }
        List<Long> ids = assets.stream().filter(c -> c.selected().get()).map(c -> c.asset().id()).toList();
        return CarryDraft.carryOut(ids, carrierId, purpose.get(), destination.get(), out, back, measures(),
                needsConfidential3Reason.get() ? confidential3Reason.get() : "",
                needsWarning.get() ? warningReason.get() : "");
    }

    private static LocalDateTime time(String text, LocalTime defaultTime, CarryField field, List<FieldError> unreadable) {
        try {
            return DateTimeText.parse(text, defaultTime).orElse(null);
        } catch (DateInput.InvalidDateException e) {
            unreadable.add(FieldError.of(field, "carry.ui.error.dateTime", text.strip()));
            return null;
        }
    }

    /**
     * Checks the form with the rules (no store needed), then records the application off the FX thread.
     * Returns false at once, with the messages beside the fields, when something is missing or wrong.
     */
    public boolean save(Consumer<CarryEntry> onSaved, Consumer<Throwable> onFailure) {
        errors.clear();
        statusText.set("");
        List<FieldError> local = new ArrayList<>();
        CarryDraft draft = draft(local);
        Map<Long, Asset> byId = new HashMap<>();
        chosen().forEach(a -> byId.put(a.id(), a));
        CarryAssessment assessment = CarryRules.assess(draft, byId);
        List<String> unreadableFields = local.stream().map(FieldError::field).toList();
        List<FieldError> all = new ArrayList<>(local);
        // a date-time that could not be read is not "missing" as well
        assessment.errors().stream().filter(e -> !unreadableFields.contains(e.field())).forEach(all::add);
        if (needsWarning.get() && !warningAcknowledged.get()) {
            // one message, not two: first the acknowledgement, which also asks for the reason
            all.removeIf(e -> e.field().equals(CarryField.WARNING_REASON.name()));
            all.add(FieldError.of(CarryField.WARNING_REASON, "carry.ui.error.acknowledge"));
        }
        if (!all.isEmpty()) {
            errors.show(all);
            statusText.set(messages.get("carry.ui.form.fix"));
            return false;
        }
        errors.submit(busy, progress -> services.carry().apply(draft), entry -> {
            saved = entry;
            onSaved.accept(entry);
        }, () -> statusText.set(messages.get("carry.ui.form.fix")), onFailure);
        return true;
    }

    public CarryKind kind() {
        return kind;
    }

    public CarryEntry saved() {
        return saved;
    }

    /** Whether the logged-in account may apply (事務担当 or システム管理者; the service refuses others too). */
    public boolean mayApply() {
        return RecordRoles.mayRecord(services);
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public ObservableList<AssetChoice> shownAssets() {
        return shownAssets;
    }

    public ObservableList<AssetChoice> allAssets() {
        return assets;
    }

    public ObservableList<Staff> carriers() {
        return carriers;
    }

    public ReadOnlyStringProperty chosenText() {
        return chosenText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty permissionRequired() {
        return permissionRequired.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsConfidential3Reason() {
        return needsConfidential3Reason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty needsWarning() {
        return needsWarning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error(CarryField field) {
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
