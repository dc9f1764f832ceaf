package org.daicho.ui.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import org.daicho.domain.AssetKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.FieldError;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Section;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * The settings screen's state: the organisation's settings as typed, a message per wrong field, and the
 * sections (所属), which are added and renamed at once. Reads and writes run off the FX thread.
 */
public final class SettingsViewModel {

    /** The field name SettingsService uses for a kind's 管理番号 prefix. */
    static String prefixField(AssetKind kind) {
        return "PREFIX_" + kind.name();
    }

    private static final String ORGANISATION_NAME = OrganisationSetup.Field.ORGANISATION_NAME.name();
    private static final String APPROVAL_TITLES = OrganisationSetup.Field.APPROVAL_TITLES.name();
    private static final String SECTIONS = OrganisationSetup.Field.SECTIONS.name();

    private final DaichoServices services;
    private final Messages messages;

    private final StringProperty organisationName = new SimpleStringProperty("");
    private final StringProperty approvalTitles = new SimpleStringProperty("");
    private final ObjectProperty<DateStyle> dateStyle = new SimpleObjectProperty<>(DateStyle.WAREKI);
    private final Map<AssetKind, StringProperty> prefixes = new EnumMap<>(AssetKind.class);
    private final Map<String, StringProperty> errors = new HashMap<>();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>();
    private final StringProperty sectionName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper sectionStatus = new ReadOnlyStringWrapper("");

    /** 廃棄のルール: the body's own rules on top of the baseline (DisposalPolicy); they can only add to it. */
    private final BooleanProperty disposalWitnessAlways = new SimpleBooleanProperty(false);
    private final BooleanProperty disposalDestroyForConfidential3 = new SimpleBooleanProperty(false);
    private final BooleanProperty disposalNoClearForConfidential = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper disposalStatus = new ReadOnlyStringWrapper("");

    public SettingsViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        for (AssetKind kind : AssetKind.values()) {
            prefixes.put(kind, new SimpleStringProperty(kind.defaultPrefix()));
            errors.put(prefixField(kind), new SimpleStringProperty(""));
        }
        errors.put(ORGANISATION_NAME, new SimpleStringProperty(""));
        errors.put(APPROVAL_TITLES, new SimpleStringProperty(""));
        errors.put(SECTIONS, new SimpleStringProperty(""));
        // choosing a section puts its name in the field, ready to be changed
        selectedSection.addListener((obs, old, now) -> {
            if (now != null) {
                sectionName.set(now.name());
            }
            errors.get(SECTIONS).set("");
        });
    }

    /** Reloads the settings and the sections off the FX thread. */
    public void load(Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(progress -> new Loaded(services.settings().settings(), services.settings().sections(),
                services.settings().disposalPolicy()),
                loaded -> {
                    busy.set(false);
                    show(loaded.settings());
                    showDisposalPolicy(loaded.disposalPolicy());
                    setSections(loaded.sections(), selectedSection.get() == null ? null : selectedSection.get().id());
                },
                error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    private record Loaded(OrganisationSettings settings, List<Section> sections, DisposalPolicy disposalPolicy) {
    }

    private void showDisposalPolicy(DisposalPolicy policy) {
        disposalWitnessAlways.set(policy.witnessAlways());
        disposalDestroyForConfidential3.set(policy.destroyForConfidential3());
        disposalNoClearForConfidential.set(policy.noClearForConfidential());
    }

    /** The disposal rules as ticked. */
    public DisposalPolicy typedDisposalPolicy() {
        return new DisposalPolicy(disposalWitnessAlways.get(), disposalDestroyForConfidential3.get(),
                disposalNoClearForConfidential.get());
    }

    /** Saves the disposal rules off the FX thread (システム管理者 only; the service records the change). */
    public void saveDisposalPolicy(Consumer<Throwable> onFailure) {
        DisposalPolicy policy = typedDisposalPolicy();
        disposalStatus.set("");
        busy.set(true);
        UiTasks.start(progress -> {
                    services.settings().saveDisposalPolicy(policy);
                    return services.settings().disposalPolicy();
                },
                saved -> {
                    busy.set(false);
                    showDisposalPolicy(saved);
                    disposalStatus.set(messages.get("settings.disposal.saved"));
                },
                error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    public BooleanProperty disposalWitnessAlways() {
        return disposalWitnessAlways;
    }

    public BooleanProperty disposalDestroyForConfidential3() {
        return disposalDestroyForConfidential3;
    }

    public BooleanProperty disposalNoClearForConfidential() {
        return disposalNoClearForConfidential;
    }

    public ReadOnlyStringProperty disposalStatus() {
        return disposalStatus.getReadOnlyProperty();
    }

    private void show(OrganisationSettings settings) {
        organisationName.set(settings.organisationName());
        approvalTitles.set(String.join(" / ", settings.approvalTitles()));
        dateStyle.set(settings.dateStyle());
        for (AssetKind kind : AssetKind.values()) {
            prefixes.get(kind).set(settings.prefixFor(kind));
        }
        clearErrors();
    }

    private void setSections(List<Section> loaded, Long selectId) {
        sections.setAll(loaded);
        selectedSection.set(loaded.stream().filter(s -> s.id().equals(selectId)).findFirst().orElse(null));
    }

    /** The settings as typed (prefixes as typed too: the service says which are wrong). */
    public OrganisationSettings typed() {
        Map<AssetKind, String> typedPrefixes = new EnumMap<>(AssetKind.class);
        prefixes.forEach((kind, prefix) -> typedPrefixes.put(kind, prefix.get() == null ? "" : prefix.get().strip()));
        return new OrganisationSettings(organisationName.get() == null ? "" : organisationName.get().strip(),
                OrganisationSetup.splitItems(approvalTitles.get()), dateStyle.get(), typedPrefixes);
    }

    /** Saves the settings off the FX thread; each wrong field gets its message, {@code onSaved} runs on success. */
    public void save(Runnable onSaved, Consumer<Throwable> onFailure) {
        OrganisationSettings changed = typed();
        clearErrors();
        setStatus("", false);
        busy.set(true);
        UiTasks.start(progress -> {
                    services.settings().save(changed);
                    return changed;
                },
                saved -> {
                    busy.set(false);
                    show(saved);
                    setStatus(messages.get("settings.saved"), false);
                    onSaved.run();
                },
                error -> {
                    busy.set(false);
                    if (error instanceof ValidationException invalid) {
                        showErrors(invalid);
                        setStatus(messages.get("settings.saveFailed"), true);
                    } else {
                        setStatus(messages.get("settings.saveFailed"), true);
                        onFailure.accept(error);
                    }
                });
    }

    private void showErrors(ValidationException invalid) {
        for (FieldError error : invalid.errors()) {
            StringProperty message = errors.get(error.field());
            if (message == null) {
                continue;
            }
            String text = describe(error);
            message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
        }
    }

    private String describe(FieldError error) {
        return ErrorMessages.describe(error, messages);
    }

    private void clearErrors() {
        errors.forEach((field, message) -> {
            if (!SECTIONS.equals(field)) {
                message.set("");
            }
        });
    }

    private void setStatus(String text, boolean error) {
        statusText.set(text);
        statusIsError.set(error);
    }

    /** Adds the typed name as a new section at the end of the list. */
    public void addSection(Consumer<Throwable> onFailure) {
        String name = sectionName.get();
        sectionWork(() -> services.settings().addSection(name).id(), added -> {
            sectionName.set("");
            sectionStatus.set(messages.get("settings.sections.added", nameOf(added)));
        }, onFailure, false);
    }

    /** Gives the chosen section the typed name. */
    public void renameSection(Consumer<Throwable> onFailure) {
        Section chosen = selectedSection.get();
        if (chosen == null) {
            return;
        }
        String name = sectionName.get();
        sectionWork(() -> {
            services.settings().renameSection(chosen.id(), name);
            return chosen.id();
        }, renamed -> sectionStatus.set(messages.get("settings.sections.renamed", nameOf(renamed))), onFailure, true);
    }

    private interface SectionChange {
        Long run();
    }

    /** Runs a change to the sections, then reloads them; {@code keepSelection} selects the changed one again. */
    private void sectionWork(SectionChange change, Consumer<Long> onDone, Consumer<Throwable> onFailure,
            boolean keepSelection) {
        errors.get(SECTIONS).set("");
        sectionStatus.set("");
        busy.set(true);
        UiTasks.start(progress -> new Changed(change.run(), services.settings().sections()),
                changed -> {
                    busy.set(false);
                    setSections(changed.sections(), keepSelection ? changed.id() : null);
                    onDone.accept(changed.id());
                },
                error -> {
                    busy.set(false);
                    if (error instanceof ValidationException invalid) {
                        errors.get(SECTIONS).set(invalid.errors().stream()
                                .map(e -> ErrorMessages.describe(e, messages))
                                .reduce((a, b) -> a + "\n" + b).orElse(""));
                    } else {
                        onFailure.accept(error);
                    }
                });
    }

    private record Changed(Long id, List<Section> sections) {
    }

    private String nameOf(Long id) {
        return sections.stream().filter(s -> s.id().equals(id)).map(Section::name).findFirst().orElse("");
    }

    public StringProperty organisationName() {
        return organisationName;
    }

    public StringProperty approvalTitles() {
        return approvalTitles;
    }

    public ObjectProperty<DateStyle> dateStyle() {
        return dateStyle;
    }

    public StringProperty prefix(AssetKind kind) {
        return prefixes.get(kind);
    }

    /** The message for a field named as SettingsService names it (ORGANISATION_NAME, PREFIX_TERMINAL …). */
    public StringProperty error(String field) {
        return errors.get(field);
    }

    public StringProperty sectionError() {
        return errors.get(SECTIONS);
    }

    public ReadOnlyStringProperty statusText() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsError() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObjectProperty<Section> selectedSection() {
        return selectedSection;
    }

    public StringProperty sectionName() {
        return sectionName;
    }

    public ReadOnlyStringProperty sectionStatus() {
        return sectionStatus.getReadOnlyProperty();
    }
}
