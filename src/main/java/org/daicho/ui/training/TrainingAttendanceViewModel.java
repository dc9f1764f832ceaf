package org.daicho.ui.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.DateInput;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.Role;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingField;
import org.daicho.domain.TrainingRules;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.FieldMessages;
import org.daicho.ui.common.UiTasks;

/**
 * 出欠の記録 for one session: everyone who could attend (employed on its day) with their current mark, narrowed by
 * 所属 and by what is typed (氏名 or ふりがな); the people ticked get one result at once — 出席, 欠席 (with a
 * reason) or 後日受講 (with its day) — in one background step.
 */
public final class TrainingAttendanceViewModel {

    /** One person in the list: ticked or not, and their mark for the session (null: 未記録). */
    public static final class Row {
        private final Staff staff;
        private final String sectionName;
        private final BooleanProperty selected = new SimpleBooleanProperty(false);
        private final ReadOnlyObjectWrapper<Attendance> mark = new ReadOnlyObjectWrapper<>();

        Row(Staff staff, String sectionName, Attendance mark) {
            this.staff = staff;
            this.sectionName = sectionName;
            this.mark.set(mark);
        }

        public Staff staff() {
            return staff;
        }

        public String sectionName() {
            return sectionName;
        }

        public BooleanProperty selected() {
            return selected;
        }

        public ReadOnlyObjectProperty<Attendance> mark() {
            return mark.getReadOnlyProperty();
        }
    }

    private final DaichoServices services;
    private final Messages messages;
    private final TrainingSession session;
    private final DateStyle dateStyle;
    private LocalDate today;

    private final ObservableList<Row> rows = FXCollections.observableArrayList(
            row -> new javafx.beans.Observable[] {row.selected, row.mark});
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private final ObservableList<Section> sections = FXCollections.observableArrayList();

    final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<AttendanceResult> result = new SimpleObjectProperty<>(AttendanceResult.ATTENDED);
    final ObjectProperty<Comprehension> comprehension = new SimpleObjectProperty<>(Comprehension.NOT_CHECKED);
    final StringProperty reason = new SimpleStringProperty("");
    final StringProperty makeUpOn = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper selectedCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final FieldMessages<TrainingField> errors;
    private boolean changed;

    public TrainingAttendanceViewModel(DaichoServices services, Messages messages, TrainingSession session,
            DateStyle dateStyle) {
        this.services = services;
        this.messages = messages;
        this.session = session;
        this.dateStyle = dateStyle;
        this.today = services.training().today();
        this.errors = new FieldMessages<>(messages, TrainingField.class, EnumSet.of(TrainingField.RESULT, TrainingField.COMPREHENSION,
                TrainingField.ABSENCE_REASON, TrainingField.MAKE_UP_ON));
        section.addListener((obs, old, now) -> applyFilter());
        search.addListener((obs, old, now) -> applyFilter());
        rows.addListener((javafx.collections.ListChangeListener<Row>) change -> recount());
        // a message about the result no longer fits once another result is chosen
        result.addListener((obs, old, now) -> errors.clear());
        recount();
    }

    private record Loaded(List<Staff> staff, List<Attendance> marks, List<Section> sections, LocalDate today) {
    }

    /** Loads the people and their marks off the FX thread. */
    public void load(Runnable onLoaded, Consumer<Throwable> onFailure) {
        busy.set(true);
        long id = session.id();
        UiTasks.start(progress -> new Loaded(services.training().staffFor(id), services.training().attendance(id),
                services.settings().sections(), services.training().today()), loaded -> {
                    today = loaded.today();
                    Map<Long, Section> byId = new HashMap<>();
                    loaded.sections().forEach(s -> byId.put(s.id(), s));
                    Map<Long, Attendance> marks = new HashMap<>();
                    loaded.marks().forEach(a -> marks.put(a.staffId(), a));
                    List<Staff> people = new ArrayList<>(loaded.staff());
                    // by 所属 (in the sections' order), then 職員番号: a section is one block of the list
                    people.sort(java.util.Comparator.comparingInt((Staff s) -> byId.containsKey(s.sectionId())
                            ? byId.get(s.sectionId()).sortOrder() : Integer.MAX_VALUE).thenComparing(Staff::staffNo));
                    rows.setAll(people.stream().map(s -> new Row(s, byId.containsKey(s.sectionId())
                            ? byId.get(s.sectionId()).name() : "", marks.get(s.id()))).toList());
                    List<Section> used = loaded.sections().stream()
                            .filter(s -> people.stream().anyMatch(p -> p.sectionId() == s.id()))
                            .sorted(java.util.Comparator.comparingInt(Section::sortOrder)).toList();
                    Section chosen = section.get();
                    sections.setAll(FXCollections.observableArrayList((Section) null));
                    sections.addAll(used);
                    section.set(chosen == null ? null
                            : used.stream().filter(s -> s.id().equals(chosen.id())).findFirst().orElse(null));
                    applyFilter();
                    busy.set(false);
                    onLoaded.run();
                }, error -> {
                    busy.set(false);
                    onFailure.accept(error);
                });
    }

    private void applyFilter() {
        Section chosen = section.get();
        String typed = TrainingTexts.fold(search.get());
        shown.setPredicate(row -> (chosen == null || row.staff().sectionId() == chosen.id())
                && TrainingTexts.matches(row.staff(), typed));
        recount();
    }

    // ---- selection --------------------------------------------------------------------------------------

    /** Ticks everyone the list shows now (Ctrl+A). */
    public void selectShown() {
        shown.forEach(row -> row.selected().set(true));
    }

    public void clearSelection() {
        rows.forEach(row -> row.selected().set(false));
    }

    public void toggle(Row row) {
        if (row != null) {
            row.selected().set(!row.selected().get());
        }
    }

    private List<Row> selectedRows() {
        return rows.stream().filter(r -> r.selected().get()).toList();
    }

    private void recount() {
        int attended = 0;
        int absent = 0;
        int madeUp = 0;
        int selected = 0;
        for (Row row : rows) {
            Attendance a = row.mark().get();
            if (a != null) {
                switch (a.result()) {
                    case ATTENDED -> attended++;
                    case ABSENT -> absent++;
                    case MAKE_UP -> madeUp++;
                }
            }
            if (row.selected().get()) {
                selected++;
            }
        }
        int unmarked = rows.size() - attended - absent - madeUp;
        countsText.set(messages.get("training.ui.attendance.counts", attended, absent, madeUp, unmarked)
                + messages.get("training.ui.attendance.eligible", rows.size()));
        selectedCount.set(selected);
        var showing = shown.getPredicate();
        int hidden = showing == null ? 0
                : (int) rows.stream().filter(r -> r.selected().get() && !showing.test(r)).count();
        selectionText.set(hidden == 0 ? messages.get("training.ui.attendance.selected", selected)
                : messages.get("training.ui.attendance.selectedHidden", selected, hidden));
    }

    // ---- marking ----------------------------------------------------------------------------------------

    /**
     * Gives everyone ticked the chosen result, off the FX thread. Returns false at once, with the message
     * beside its field, when the mark breaks a rule (a 欠席 without a reason, a 後日受講 day before the session …).
     */
    public boolean record(Runnable onDone, Consumer<Throwable> onFailure) {
        errors.clear();
        statusText.set("");
        List<Row> chosen = selectedRows();
        AttendanceResult what = result.get();
        LocalDate day = null;
        if (what == AttendanceResult.MAKE_UP) {
            try {
                day = DateInput.parse(makeUpOn.get()).orElse(null);
            } catch (DateInput.InvalidDateException e) {
                errors.show(List.of(FieldError.of(TrainingField.MAKE_UP_ON, "validation.date", makeUpOn.get().strip())));
                return false;
            }
        }
        AttendanceMark mark = new AttendanceMark(session.id(), chosen.stream().map(r -> r.staff().id()).toList(), what,
                what == AttendanceResult.ABSENT ? Comprehension.NOT_CHECKED : comprehension.get(),
                what == AttendanceResult.ABSENT ? reason.get() : "", day);
        List<FieldError> broken = TrainingRules.check(mark, session, today);
        if (!broken.isEmpty()) {
            errors.show(broken);
            return false;
        }
        errors.submit(busy, progress -> services.training().mark(mark), saved -> {
            Map<Long, Attendance> byStaff = new HashMap<>();
            saved.forEach(a -> byStaff.put(a.staffId(), a));
            for (Row row : rows) {
                Attendance now = byStaff.get(row.staff().id());
                if (now != null) {
                    row.mark.set(now);
                    row.selected().set(false);
                }
            }
            changed = true;
            statusText.set(messages.get("training.ui.attendance.done", saved.size(), messages.label(what)));
            onDone.run();
        }, onFailure);
        return true;
    }

    /** The ids of the ticked people who have a mark (what 取消 would take back). */
    public List<Long> markedSelection() {
        return selectedRows().stream().filter(r -> r.mark().get() != null).map(r -> r.staff().id()).toList();
    }

    /** Takes back the marks of the ticked people (made by mistake); the reason goes into the history. */
    public UiTasks.Work<Void> unmarkWork(List<Long> staffIds, String why) {
        return progress -> {
            services.training().unmark(session.id(), staffIds, why);
            return null;
        };
    }

    /** After {@link #unmarkWork}: the people are 未記録 again. */
    public void unmarked(List<Long> staffIds) {
        for (Row row : rows) {
            if (staffIds.contains(row.staff().id())) {
                row.mark.set(null);
                row.selected().set(false);
            }
        }
        changed = true;
        statusText.set(messages.get("training.ui.attendance.unmarked", staffIds.size()));
    }

    // ---- what the rows show -----------------------------------------------------------------------------

    /** 「出席（良好）」「欠席：体調不良」「後日受講 R8.12.1」 or 「未記録」. */
    public String markText(Attendance a) {
        if (a == null) {
            return messages.get("training.ui.attendance.notMarked");
        }
        String label = messages.label(a.result());
        return switch (a.result()) {
            case ABSENT -> messages.get("training.ui.attendance.markAbsent", label, a.absenceReason());
            case MAKE_UP -> messages.get("training.ui.attendance.markMadeUp", label,
                    DateTimeText.shortDate(a.makeUpOn(), dateStyle), comprehensionText(a.comprehension()));
            case ATTENDED -> label + comprehensionText(a.comprehension());
        };
    }

    private String comprehensionText(Comprehension c) {
        return c == null || c == Comprehension.NOT_CHECKED ? ""
                : messages.get("training.ui.attendance.comprehension", messages.label(c));
    }

    public String sessionText() {
        return messages.get("training.ui.attendance.session", session.title(), messages.label(session.kind()),
                dateStyle.format(session.heldOn()));
    }

    // ---- properties -------------------------------------------------------------------------------------

    public TrainingSession session() {
        return session;
    }

    public boolean mayRecord() {
        return services.actor().mayDo(Role.CLERK, Role.ADMIN);
    }

    /** Whether a mark was recorded or taken back (the screen behind reloads its counts). */
    public boolean changed() {
        return changed;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<Row> shownRows() {
        return shown;
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ReadOnlyStringProperty countsText() {
        return countsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionText() {
        return selectionText.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedCount() {
        return selectedCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusText() {
        return statusText.getReadOnlyProperty();
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
