package org.daicho.ui.assets;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.HandlingRestriction;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StorageWarning;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;

/**
 * One asset being added or edited. Text fields hold what was typed; the 取扱制限 and storage warnings
 * follow the chosen classes live (policy 2.3(1)); saving shows a message beside each wrong field.
 */
public final class AssetFormViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private final Long id;
    private final boolean readOnly;
    private final DateStyle dateStyle;

    final StringProperty assetNo = new SimpleStringProperty("");
    final StringProperty businessCategory = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>();
    final StringProperty medium = new SimpleStringProperty("");
    final ObjectProperty<NetworkZone> networkZone = new SimpleObjectProperty<>();
    final StringProperty maker = new SimpleStringProperty("");
    final StringProperty model = new SimpleStringProperty("");
    final StringProperty serialNo = new SimpleStringProperty("");
    final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    final ObjectProperty<Staff> manager = new SimpleObjectProperty<>();
    final StringProperty users = new SimpleStringProperty("");
    final ObjectProperty<Integer> confidentiality = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> integrity = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> availability = new SimpleObjectProperty<>();
    final ObjectProperty<PersonalInfoKind> personalInfo = new SimpleObjectProperty<>(PersonalInfoKind.NONE);
    final StringProperty storagePlace = new SimpleStringProperty("");
    final BooleanProperty lockedStorage = new SimpleBooleanProperty(false);
    final BooleanProperty encrypted = new SimpleBooleanProperty(false);
    final StringProperty acquiredOn = new SimpleStringProperty("");
    final ObjectProperty<Ownership> ownership = new SimpleObjectProperty<>(Ownership.PURCHASED);
    final StringProperty leaseEndsOn = new SimpleStringProperty("");
    final ObjectProperty<AssetStatus> status = new SimpleObjectProperty<>(AssetStatus.IN_USE);
    final StringProperty retentionUntil = new SimpleStringProperty("");
    final StringProperty lastReviewedOn = new SimpleStringProperty("");
    final StringProperty disposalRecordNo = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

    private final Map<AssetField, StringProperty> errors = new EnumMap<>(AssetField.class);
    private final ObservableList<String> restrictions = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObservableList<Staff> managers = FXCollections.observableArrayList();
    private final ObservableList<AssetStatus> statusChoices = FXCollections.observableArrayList();
    private String lastSuggestedNo = "";
    private LedgerEntry saved;

    /** A new asset ({@code entry == null}) or an existing one. */
    public AssetFormViewModel(DaichoServices services, Messages messages, LedgerEntry entry) {
        this.services = services;
        this.messages = messages;
        this.dateStyle = services.settings().settings().dateStyle();
        this.id = entry == null ? null : entry.asset().id();
        this.readOnly = entry != null && entry.asset().isReadOnly();
        for (AssetField field : AssetField.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
        sections.setAll(services.settings().sections());
        List<Staff> staff = services.staff().all();
        managers.setAll(staff.stream().filter(s -> s.isActiveOn(services.ledger().today())
                || entry != null && s.id().equals(entry.asset().managerStaffId())).toList());
        // 廃棄済 / リース返却済 come only from a disposal record (issue 5): offered only to an asset that has one
        statusChoices.setAll(java.util.Arrays.stream(AssetStatus.values())
                .filter(s -> !s.isFinal() || entry != null && entry.asset().status() == s).toList());
        if (entry != null) {
            load(AssetDraft.of(entry.asset(), dateStyle), staff);
        } else {
            lastReviewedOn.set(dateStyle.format(services.ledger().today()));
        }
        confidentiality.addListener((obs, old, now) -> updateRules());
        integrity.addListener((obs, old, now) -> updateRules());
        availability.addListener((obs, old, now) -> updateRules());
        kind.addListener((obs, old, now) -> {
            updateRules();
            suggestAssetNo();
        });
        lockedStorage.addListener((obs, old, now) -> updateRules());
        encrypted.addListener((obs, old, now) -> updateRules());
        updateRules();
    }

    private void load(AssetDraft d, List<Staff> staff) {
        assetNo.set(d.assetNo());
        businessCategory.set(d.businessCategory());
        name.set(d.name());
        kind.set(d.kind());
        medium.set(d.medium());
        networkZone.set(d.networkZone());
        maker.set(d.maker());
        model.set(d.model());
        serialNo.set(d.serialNo());
        section.set(sections.stream().filter(s -> s.id().equals(d.sectionId())).findFirst().orElse(null));
        manager.set(staff.stream().filter(s -> s.id().equals(d.managerStaffId())).findFirst().orElse(null));
        users.set(d.users());
        confidentiality.set(d.confidentiality());
        integrity.set(d.integrity());
        availability.set(d.availability());
        personalInfo.set(d.personalInfo());
        storagePlace.set(d.storagePlace());
        lockedStorage.set(d.lockedStorage());
        encrypted.set(d.encrypted());
        acquiredOn.set(d.acquiredOn());
        ownership.set(d.ownership());
        leaseEndsOn.set(d.leaseEndsOn());
        status.set(d.status());
        retentionUntil.set(d.retentionUntil());
        lastReviewedOn.set(d.lastReviewedOn());
        disposalRecordNo.set(d.disposalRecordNo());
        note.set(d.note());
    }

    /** A new asset gets the next free number of its kind, unless the clerk typed one of their own. */
    private void suggestAssetNo() {
        if (id != null || kind.get() == null) {
            return;
        }
        if (assetNo.get().isBlank() || assetNo.get().equals(lastSuggestedNo)) {
            lastSuggestedNo = services.ledger().suggestAssetNo(kind.get());
            assetNo.set(lastSuggestedNo);
        }
    }

    private void updateRules() {
        if (confidentiality.get() == null || integrity.get() == null || availability.get() == null) {
            restrictions.setAll(messages.get("assets.form.chooseClasses"));
            warnings.clear();
            return;
        }
        Classification classes = new Classification(confidentiality.get(), integrity.get(), availability.get());
        List<HandlingRestriction> rules = HandlingRestriction.forClasses(classes);
        restrictions.setAll(rules.isEmpty() ? List.of(messages.get("restriction.none"))
                : rules.stream().map(rule -> messages.get("restriction." + rule.name())).toList());
        warnings.setAll(StorageWarning.check(kind.get(), classes, lockedStorage.get(), encrypted.get()).stream()
                .map(w -> messages.get("warning." + w.name())).toList());
    }

    AssetDraft draft() {
        return new AssetDraft()
                .assetNo(assetNo.get()).businessCategory(businessCategory.get()).name(name.get()).kind(kind.get())
                .medium(medium.get()).networkZone(networkZone.get()).maker(maker.get()).model(model.get())
                .serialNo(serialNo.get()).sectionId(section.get() == null ? null : section.get().id())
                .managerStaffId(manager.get() == null ? null : manager.get().id()).users(users.get())
                .confidentiality(confidentiality.get()).integrity(integrity.get()).availability(availability.get())
                .personalInfo(personalInfo.get()).storagePlace(storagePlace.get()).lockedStorage(lockedStorage.get())
                .encrypted(encrypted.get()).acquiredOn(acquiredOn.get()).ownership(ownership.get())
                .leaseEndsOn(leaseEndsOn.get()).status(status.get()).retentionUntil(retentionUntil.get())
                .lastReviewedOn(lastReviewedOn.get()).disposalRecordNo(disposalRecordNo.get()).note(note.get());
    }

    /**
     * Saves the asset. On bad input, sets the message beside each wrong field and returns false; nothing is
     * written then.
     */
    public boolean save() {
        errors.values().forEach(message -> message.set(""));
        try {
            saved = services.ledger().save(id, draft());
            return true;
        } catch (ValidationException invalid) {
            for (FieldError error : invalid.errors()) {
                StringProperty message = errors.get(AssetField.valueOf(error.field()));
                String text = ErrorMessages.describe(error, messages);
                message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
            }
            return false;
        }
    }

    public LedgerEntry saved() {
        return saved;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Whether the logged-in account may change records (事務担当 or システム管理者). */
    public boolean mayEdit() {
        return services.actor().mayDo(org.daicho.domain.Role.CLERK, org.daicho.domain.Role.ADMIN);
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public DateStyle dateStyle() {
        return dateStyle;
    }

    public StringProperty error(AssetField field) {
        return errors.get(field);
    }

    public ObservableList<String> restrictions() {
        return restrictions;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObservableList<Staff> managers() {
        return managers;
    }

    /** The 状態 the form offers: never 廃棄済 or リース返却済, unless the asset already is so. */
    public ObservableList<AssetStatus> statusChoices() {
        return statusChoices;
    }
}
