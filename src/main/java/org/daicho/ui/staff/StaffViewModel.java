package org.daicho.ui.staff;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldError;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffField;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.ui.common.UiTasks;

/**
 * The staff screen's state: every staff member loaded off the FX thread and filtered in memory as the clerk
 * types; and the form for the one being added or edited, with a message per wrong field.
 */
public final class StaffViewModel {

    private final DaichoServices services;
    private final Messages messages;

    private final ObservableList<Staff> all = FXCollections.observableArrayList();
    private final FilteredList<Staff> filtered = new FilteredList<>(all);
    private final SortedList<Staff> sorted = new SortedList<>(filtered);
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    private final Map<Long, String> sectionNames = new HashMap<>();
    private final ObjectProperty<DateStyle> dateStyle = new SimpleObjectProperty<>(DateStyle.WAREKI);
    private LocalDate today;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Section> sectionFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showLeft = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");

    private final ReadOnlyObjectWrapper<Long> editingId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper formTitle = new ReadOnlyStringWrapper("");
    private final StringProperty staffNo = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty kana = new SimpleStringProperty("");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObjectProperty<EmploymentType> employmentType = new SimpleObjectProperty<>(EmploymentType.REGULAR);
    private final StringProperty hiredOn = new SimpleStringProperty("");
    private final StringProperty leftOn = new SimpleStringProperty("");
    private final StringProperty consentOn = new SimpleStringProperty("");
    private final BooleanProperty securityManager = new SimpleBooleanProperty(false);
    private final BooleanProperty systemManager = new SimpleBooleanProperty(false);
    private final Map<StaffField, StringProperty> errors = new EnumMap<>(StaffField.class);

    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public StaffViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        for (StaffField field : StaffField.values()) {
            errors.put(field, new SimpleStringProperty(""));
        }
        searchText.addListener((obs, old, now) -> applyFilter());
        sectionFilter.addListener((obs, old, now) -> applyFilter());
        showLeft.addListener((obs, old, now) -> applyFilter());
        filtered.addListener((ListChangeListener<Staff>) change -> updateCount());
        formTitle.set(messages.get("staff.form.titleNew"));
    }

    /** Reloads the staff, the sections and the date style off the FX thread; filter and form stay as they are. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        busy.set(true);
        UiTasks.start(progress -> new Loaded(services.staff().all(), services.settings().sections(),
                        services.settings().settings().dateStyle(), services.ledger().today()),
                loaded -> {
                    today = loaded.today();
                    dateStyle.set(loaded.dateStyle());
                    sectionNames.clear();
                    loaded.sections().forEach(s -> sectionNames.put(s.id(), s.name()));
                    Section chosenFilter = sectionFilter.get();
                    Section chosenForm = section.get();
                    sections.setAll(loaded.sections());
                    sectionFilter.set(chosenFilter == null ? null : sectionById(chosenFilter.id()));
                    section.set(chosenForm == null ? null : sectionById(chosenForm.id()));
                    all.setAll(loaded.staff());
                    applyFilter();
                    busy.set(false);
                    onLoaded.run();
                },
                error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    private record Loaded(List<Staff> staff, List<Section> sections, DateStyle dateStyle, LocalDate today) {
    }

    private Section sectionById(Long id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The 所属 name of a staff member, for the list. */
    public String sectionName(Staff staff) {
        return sectionNames.getOrDefault(staff.sectionId(), "");
    }

    /** Whether the staff member's 退職日 has passed (such rows are hidden unless 退職者も表示 is on). */
    public boolean hasLeft(Staff staff) {
        return today != null && staff.leftOn() != null && staff.leftOn().isBefore(today);
    }

    private void applyFilter() {
        String query = searchKey(searchText.get());
        Section chosen = sectionFilter.get();
        boolean withLeft = showLeft.get();
        Predicate<Staff> match = s -> (withLeft || !hasLeft(s))
                && (chosen == null || chosen.id() == s.sectionId())
                && (query.isEmpty() || searchKey(s.staffNo()).contains(query) || searchKey(s.name()).contains(query)
                        || searchKey(s.kana()).contains(query));
        filtered.setPredicate(match);
        updateCount();
    }

    /** What search compares: NFKC (full-width letters and digits become half-width), lower case, no spaces. */
    static String searchKey(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    private void updateCount() {
        countText.set(filtered.size() == all.size()
                ? messages.get("staff.count.all", all.size())
                : messages.get("staff.count.filtered", filtered.size(), all.size()));
    }

    /** Loads a staff member into the form. */
    public void edit(Staff staff) {
        StaffDraft d = StaffDraft.of(staff, dateStyle.get());
        editingId.set(staff.id());
        formTitle.set(messages.get("staff.form.titleEdit", staff.name()));
        staffNo.set(d.staffNo());
        name.set(d.name());
        kana.set(d.kana());
        section.set(sectionById(d.sectionId()));
        employmentType.set(d.employmentType());
        hiredOn.set(d.hiredOn());
        leftOn.set(d.leftOn());
        consentOn.set(d.consentOn());
        securityManager.set(d.securityManager());
        systemManager.set(d.systemManager());
        clearErrors();
    }

    /** Empties the form for a new staff member. */
    public void startNew() {
        editingId.set(null);
        formTitle.set(messages.get("staff.form.titleNew"));
        staffNo.set("");
        name.set("");
        kana.set("");
        section.set(null);
        employmentType.set(EmploymentType.REGULAR);
        hiredOn.set("");
        leftOn.set("");
        consentOn.set("");
        securityManager.set(false);
        systemManager.set(false);
        clearErrors();
        setStatus("", false);
    }

    private void clearErrors() {
        errors.values().forEach(message -> message.set(""));
    }

    public StaffDraft draft() {
        Section chosen = section.get();
        return new StaffDraft(staffNo.get(), name.get(), kana.get(), chosen == null ? null : chosen.id(),
                employmentType.get(), hiredOn.get(), leftOn.get(), securityManager.get(), systemManager.get(),
                consentOn.get());
    }

    /**
     * Saves the form off the FX thread. A wrong field gets its message; {@code onSaved} gets the stored staff
     * member; anything else (the store failing) goes to {@code onFailure}.
     */
    public void save(Consumer<Staff> onSaved, Consumer<Throwable> onFailure) {
        Long id = editingId.get();
        StaffDraft draft = draft();
        clearErrors();
        setStatus("", false);
        busy.set(true);
        UiTasks.start(progress -> services.staff().save(id, draft),
                saved -> {
                    busy.set(false);
                    editingId.set(saved.id());
                    formTitle.set(messages.get("staff.form.titleEdit", saved.name()));
                    setStatus(messages.get("staff.saved", saved.staffNo(), saved.name()), false);
                    onSaved.accept(saved);
                },
                error -> {
                    busy.set(false);
                    if (error instanceof ValidationException invalid) {
                        showErrors(invalid);
                    } else {
                        setStatus(messages.get("staff.saveFailed"), true);
                        onFailure.accept(error);
                    }
                });
    }

    private void showErrors(ValidationException invalid) {
        for (FieldError error : invalid.errors()) {
            StringProperty message = errors.get(StaffField.valueOf(error.field()));
            String text = ErrorMessages.describe(error, messages);
            message.set(message.get().isEmpty() ? text : message.get() + "\n" + text);
        }
        setStatus(messages.get("staff.saveFailed"), true);
    }

    private void setStatus(String text, boolean error) {
        statusText.set(text);
        statusIsError.set(error);
    }

    public SortedList<Staff> rows() {
        return sorted;
    }

    public ObservableList<Staff> allRows() {
        return all;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ReadOnlyObjectProperty<DateStyle> dateStyle() {
        return dateStyle;
    }

    public StringProperty searchText() {
        return searchText;
    }

    public ObjectProperty<Section> sectionFilter() {
        return sectionFilter;
    }

    public BooleanProperty showLeft() {
        return showLeft;
    }

    public ReadOnlyStringProperty countText() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> editingId() {
        return editingId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formTitle() {
        return formTitle.getReadOnlyProperty();
    }

    public StringProperty staffNo() {
        return staffNo;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty kana() {
        return kana;
    }

    public ObjectProperty<Section> section() {
        return section;
    }

    public ObjectProperty<EmploymentType> employmentType() {
        return employmentType;
    }

    public StringProperty hiredOn() {
        return hiredOn;
    }

    public StringProperty leftOn() {
        return leftOn;
    }

    /** 同意書提出日 as typed. */
    public StringProperty consentOn() {
        return consentOn;
    }

    /** 非常勤・臨時職員 sign a 同意書 (policy 2.5.1(2)②): the form points the date out for them. */
    public BooleanBinding needsConsent() {
        return Bindings.createBooleanBinding(() -> employmentType.get() != null && employmentType.get().needsConsent(),
                employmentType);
    }

    public BooleanProperty securityManager() {
        return securityManager;
    }

    public BooleanProperty systemManager() {
        return systemManager;
    }

    public StringProperty error(StaffField field) {
        return errors.get(field);
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
}
