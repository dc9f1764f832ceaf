package org.daicho.ui.disposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.daicho.domain.Asset;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalAssessment;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.DisposalRules;
import org.daicho.domain.FieldError;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.AssetChoice;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.RecordRoles;
import org.daicho.ui.common.UiTasks;

/**
 * One disposal application (廃棄等申請) being written: the assets picked from the ledger (many at once: search, then
 * 「表示中をすべて選択」), where they go, the planned method and technique, place, day, reason and contractor. The
 * rules of {@link DisposalRules} — the same the service applies — are checked as the clerk chooses, so a technique
 * that the assets' class forbids is marked beside 手法 before anything is saved.
 */
public final class DisposalFormViewModel {

    private final DaichoServices services;
    private final Messages messages;
    private DateStyle dateStyle = DateStyle.WAREKI;
    private DisposalPolicy policy = DisposalPolicy.BASELINE;

    private final ObservableList<AssetChoice> assets = FXCollections.observableArrayList();
    private final FilteredList<AssetChoice> shownAssets = new FilteredList<>(assets);
    private final ObservableList<SanitisationTechnique> techniques = FXCollections.observableArrayList(
            SanitisationTechnique.values());

    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<DisposalEnd> end = new SimpleObjectProperty<>(DisposalEnd.DISPOSE);
    final ObjectProperty<SanitisationMethod> method = new SimpleObjectProperty<>();
    final ObjectProperty<SanitisationTechnique> technique = new SimpleObjectProperty<>();
    final ObjectProperty<DisposalPlace> place = new SimpleObjectProperty<>();
    final StringProperty plannedOn = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty contractor = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper chosenText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper chosenCount = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final FieldMessages<DisposalField> errors;
    /** After the first attempt to save, "please fill in" messages show too. */
    private boolean attempted;
    /** While many ticks change at once (select all shown), the rules are checked once at the end. */
    private boolean batch;
    private DisposalEntry saved;

    public DisposalFormViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.errors = DisposalMessages.of(messages, EnumSet.of(DisposalField.ASSETS, DisposalField.END,
                DisposalField.PLANNED_METHOD, DisposalField.PLANNED_TECHNIQUE, DisposalField.PLANNED_PLACE,
                DisposalField.PLANNED_ON, DisposalField.REASON, DisposalField.PLANNED_CONTRACTOR));
        search.addListener((obs, old, now) -> applySearch());
        method.addListener((obs, old, now) -> {
            SanitisationTechnique chosen = technique.get();
            techniques.setAll(fitting(now));
            // a technique that cannot be recorded under the new method is chosen again
            technique.set(chosen != null && (now == null || chosen.fits(now)) ? chosen : null);
            update();
        });
        for (var property : List.of(end, technique, place)) {
            property.addListener((obs, old, now) -> update());
        }
        for (StringProperty property : List.of(plannedOn, reason, contractor)) {
            property.addListener((obs, old, now) -> update());
        }
        update();
    }

    static List<SanitisationTechnique> fitting(SanitisationMethod method) {
        return java.util.Arrays.stream(SanitisationTechnique.values())
                .filter(t -> method == null || t.fits(method)).toList();
    }

    /** Reads the assets that may be disposed of, the rules' settings and today, off the FX thread. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(progress -> new Loaded(services.disposal().disposableAssets(), services.disposal().policy(),
                services.settings().settings().dateStyle(), services.disposal().now().toLocalDate()), loaded -> {
                    dateStyle = loaded.dateStyle();
                    policy = loaded.policy();
                    List<AssetChoice> choices = loaded.assets().stream().map(AssetChoice::new).toList();
                    choices.forEach(choice -> choice.selected().addListener((obs, old, now) -> {
                        if (!batch) {
                            update();
                        }
                    }));
                    assets.setAll(choices);
                    applySearch();
                    update();
                    busy.set(false);
                    onLoaded.run();
                }, error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    private record Loaded(List<LedgerEntry> assets, DisposalPolicy policy, DateStyle dateStyle, LocalDate today) {
    }

    private void applySearch() {
        String[] words = LedgerEntry.normalise(search.get()).strip().split("\\s+");
        shownAssets.setPredicate(choice -> choice.selected().get() || choice.matches(words));
    }

    /** Ticks every asset the search shows (e.g. search 「USB」, then all twenty sticks at once). */
    public void selectAllShown() {
        setAll(List.copyOf(shownAssets), true);
    }

    /** Unticks every asset. */
    public void clearSelection() {
        setAll(assets, false);
        applySearch();
    }

    private void setAll(List<AssetChoice> choices, boolean value) {
        batch = true;
        try {
            choices.forEach(c -> c.selected().set(value));
        } finally {
            batch = false;
        }
        update();
    }

    List<Asset> chosen() {
        return assets.stream().filter(c -> c.selected().get()).map(AssetChoice::asset).toList();
    }

    /** The draft as typed; {@code unreadable} gets a message when the planned day cannot be read. */
    DisposalDraft draft(List<FieldError> unreadable) {
        LocalDate day = null;
        try {
            day = DateInput.parse(plannedOn.get()).orElse(null);
        } catch (DateInput.InvalidDateException e) {
            unreadable.add(FieldError.of(DisposalField.PLANNED_ON, "validation.date", plannedOn.get().strip()));
        }
        List<Long> ids = chosen().stream().map(Asset::id).toList();
        return new DisposalDraft(ids, end.get(), method.get(), technique.get(), place.get(), day, reason.get(),
                contractor.get());
    }

    /** Everything wrong with the draft: an unreadable day, then every broken rule (as the service checks them). */
    private List<FieldError> problems(List<Asset> chosen, DisposalAssessment[] assessment) {
        List<FieldError> local = new ArrayList<>();
        DisposalDraft draft = draft(local);
        Map<Long, Asset> byId = new HashMap<>();
        chosen.forEach(a -> byId.put(a.id(), a));
        DisposalAssessment result = DisposalRules.assess(draft, byId, Map.of(), policy);
        assessment[0] = result;
        List<String> unreadable = local.stream().map(FieldError::field).toList();
        List<FieldError> all = new ArrayList<>(local);
        result.errors().stream().filter(e -> !unreadable.contains(e.field())).forEach(all::add);
        return all;
    }

    /** The rules for the chosen assets, as hints; the messages beside the fields. */
    private void update() {
        List<Asset> chosen = chosen();
        chosenCount.set(chosen.size());
        chosenText.set(chosen.isEmpty() ? messages.get("disposal.ui.form.noneChosen")
                : messages.get("disposal.ui.form.chosen", chosen.size(),
                        chosen.stream().map(Asset::assetNo).collect(Collectors.joining("、"))));
        DisposalAssessment[] assessment = new DisposalAssessment[1];
        List<FieldError> all = problems(chosen, assessment);
        errors.showLive(all, attempted);
        hints.setAll(hints(chosen, assessment[0]));
        if (attempted && all.isEmpty()) {
            statusText.set("");
        }
    }

    /** What the rules ask of these assets, in sentences (shown beside the form as the clerk chooses). */
    private List<String> hints(List<Asset> chosen, DisposalAssessment needs) {
        List<String> lines = new ArrayList<>();
        if (chosen.isEmpty()) {
            lines.add(messages.get("disposal.ui.rule.none"));
            return lines;
        }
        int highest = needs.highestConfidentiality();
        long personal = chosen.stream().filter(a -> a.personalInfo() != PersonalInfoKind.NONE).count();
        lines.add(messages.get("disposal.ui.rule.highest", highest, chosen.size(), personal));
        DisposalTexts.methodRules(lines, chosen, needs, policy, messages);
        if (highest >= 2) {
            lines.add(messages.get(needs.witnessRequired() ? "disposal.ui.rule.witnessAlways"
                    : "disposal.ui.rule.proof"));
        } else {
            lines.add(messages.get("disposal.ui.rule.low"));
        }
        if (end.get() != null) {
            if (end.get().keepsMediaUsable()) {
                lines.add(messages.get("disposal.ui.rule.keepsMedia"));
            }
            lines.add(messages.get("disposal.ui.rule.after", messages.label(end.get().statusAfter())));
        }
        return lines;
    }

    /**
     * Checks the form with the rules, then records the application off the FX thread. Returns false at once, with
     * the messages beside the fields, when something is missing or wrong.
     */
    public boolean save(Consumer<DisposalEntry> onSaved, Consumer<Throwable> onFailure) {
        attempted = true;
        statusText.set("");
        List<FieldError> local = new ArrayList<>();
        DisposalDraft draft = draft(local);
        DisposalAssessment[] assessment = new DisposalAssessment[1];
        List<FieldError> all = problems(chosen(), assessment);
        errors.showLive(all, true);
        if (!all.isEmpty()) {
            statusText.set(messages.get("disposal.ui.form.fix"));
            return false;
        }
        errors.submit(busy, progress -> services.disposal().apply(draft), entry -> {
            saved = entry;
            onSaved.accept(entry);
        }, () -> statusText.set(messages.get("disposal.ui.form.fix")), onFailure);
        return true;
    }

    public DisposalEntry saved() {
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

    public ObservableList<SanitisationTechnique> techniques() {
        return techniques;
    }

    public ObservableList<String> hints() {
        return hints;
    }

    public ReadOnlyStringProperty chosenText() {
        return chosenText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty chosenCount() {
        return chosenCount.getReadOnlyProperty();
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
