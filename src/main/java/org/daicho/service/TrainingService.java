package org.daicho.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.daicho.domain.AttachedFile;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.FieldError;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.TrainingField;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingRules;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingSessionDraft;
import org.daicho.domain.Validation;
import org.daicho.domain.ValidationException;
import org.daicho.forms.TrainingReportForm;
import org.daicho.forms.TrainingRosterForm;
import org.daicho.forms.TrainingStatusForm;
import org.daicho.i18n.Messages;
import org.daicho.store.Database;
import org.daicho.store.SectionRepository;
import org.daicho.store.StaffRepository;
import org.daicho.store.TrainingRepository;

/**
 * 研修受講記録 (issue 6; policy 2.5.2, 2.5.1(2)②): training sessions with their materials, attendance marked many
 * people at a time, and the year's compliance (who has not been trained, new hires without 新規採用者研修, part-time
 * staff without a 同意書). Every write is one transaction with its change-history entries.
 */
public final class TrainingService {

    /** The largest materials file kept in the store. */
    public static final long MAX_MATERIALS_BYTES = 50L * 1024 * 1024;

    private final Database db;
    private final Clock clock;
    private final HistoryService history;
    private final Supplier<Actor> actor;
    final SettingsService settings;
    private final TrainingRepository training = new TrainingRepository();
    private final StaffRepository staff = new StaffRepository();
    private final SectionRepository sections = new SectionRepository();

    TrainingService(Database db, Clock clock, HistoryService history, Supplier<Actor> actor, SettingsService settings) {
        this.db = db;
        this.clock = clock;
        this.history = history;
        this.actor = actor;
        this.settings = settings;
        // verify compares every session and attendance with the replay of its history (docs/decisions/0006)
        history.track(RecordType.TRAINING_SESSION, HistoryService.CurrentRecords.of(training::findAllSessions, training::findSession,
                TrainingSession::id, RecordFields::of));
        history.track(RecordType.ATTENDANCE, HistoryService.CurrentRecords.of(training::findAllAttendance, training::findAttendanceById,
                Attendance::id, RecordFields::of));
    }

    // ---- reading ---------------------------------------------------------------------------------------

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The 年度 today falls in. */
    public FiscalYear currentYear() {
        return FiscalYear.of(today());
    }

    /** The sessions held in {@code year}, by day. */
    public List<TrainingSession> sessions(FiscalYear year) {
        return db.read(c -> training.findSessionsBetween(c, year.firstDay(), year.lastDay()));
    }

    public TrainingSession session(long id) {
        return db.read(c -> training.findSession(c, id))
                .orElseThrow(() -> new IllegalArgumentException("no training session " + id));
    }

    /** The marks of one session, in the order they were first made. */
    public List<Attendance> attendance(long sessionId) {
        return db.read(c -> training.findAttendanceOfSession(c, sessionId));
    }

    /**
     * The people of a session's roster and marking list, by 職員番号: those it is for ({@link TrainingSession#isFor})
     * and anyone already marked for it (a mark is never hidden).
     */
    public List<Staff> staffFor(long sessionId) {
        TrainingSession s = session(sessionId);
        return db.read(c -> {
            java.util.Set<Long> marked = new java.util.HashSet<>();
            training.findAttendanceOfSession(c, sessionId).forEach(a -> marked.add(a.staffId()));
            return staff.findAll(c).stream().filter(m -> s.isFor(m) || marked.contains(m.id())).toList();
        });
    }

    /** Who has and has not been trained in {@code year}, seen today. Call off the UI thread. */
    public TrainingCompliance compliance(FiscalYear year) {
        return db.read(c -> TrainingCompliance.of(year, today(), staff.findAll(c), training.findAllSessions(c),
                training.findAllAttendance(c)));
    }

    /** The yearly report's figures (研修実施状況報告), dated today. Call off the UI thread. */
    public TrainingReport report(FiscalYear year) {
        LocalDate today = today();
        return db.read(c -> {
            List<Attendance> attendance = training.findAllAttendance(c);
            TrainingCompliance compliance = TrainingCompliance.of(year, today, staff.findAll(c),
                    training.findAllSessions(c), attendance);
            return TrainingReport.of(compliance, sections.findAll(c), attendance, today);
        });
    }

    /** The home screen's items for the current 年度. */
    public TrainingAttention attention() {
        FiscalYear year = currentYear();
        TrainingCompliance compliance = compliance(year);
        return new TrainingAttention(year, compliance.untrained().size(), compliance.newHiresUntrained().size(),
                compliance.consentMissing().size());
    }

    // ---- writing ---------------------------------------------------------------------------------------

    /**
     * Adds ({@code id == null}) or changes a session. 事務担当 or システム管理者.
     *
     * @throws ValidationException with one message per field that is wrong
     */
    public TrainingSession saveSession(Long id, TrainingSessionDraft draft) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        return db.inTransaction(c -> {
            TrainingSession before = id == null ? null : loadSession(c, id);
            Validation<TrainingSession> checked = TrainingRules.validate(id, draft,
                    before == null ? null : before.materials());
            if (!checked.errors().isEmpty()) {
                throw new ValidationException(checked.errors());
            }
            TrainingSession after = checked.value();
            if (before == null) {
                after = training.insertSession(c, after);
            } else {
                if (!before.heldOn().equals(after.heldOn()) && !training.findAttendanceOfSession(c, id).isEmpty()) {
                    // the marks were checked against this day (who was employed, make-up days, the 年度)
                    throw new ValidationException(List.of(FieldError.of(TrainingField.HELD_ON,
                            "training.error.moveMarkedSession")));
                }
                training.updateSession(c, after);
            }
            history.record(c, who, RecordType.TRAINING_SESSION, after.id(),
                    before == null ? Map.of() : RecordFields.of(before), RecordFields.of(after), "");
            return after;
        });
    }

    /** Deletes a session that has no attendance marked yet (with its materials). 事務担当 or システム管理者. */
    public void deleteSession(long id, String reason) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        String why = requiredReason(reason);
        db.inTransaction(c -> {
            TrainingSession before = loadSession(c, id);
            if (!training.findAttendanceOfSession(c, id).isEmpty()) {
                throw new ValidationException(List.of(FieldError.of(TrainingField.SESSION,
                        "training.error.sessionHasAttendance")));
            }
            training.deleteSession(c, id);
            history.record(c, who, RecordType.TRAINING_SESSION, id, RecordFields.of(before), Map.of(), why);
            return null;
        });
    }

    /**
     * Attaches (or replaces) a session's materials: the bytes go into the store with their SHA-256.
     * 事務担当 or システム管理者.
     */
    public AttachedFile attachMaterials(long sessionId, Path file) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw refusal(TrainingField.MATERIALS, "training.error.materialsUnreadable", name);
        }
        if (size == 0 || size > MAX_MATERIALS_BYTES) {
            throw refusal(TrainingField.MATERIALS, "training.error.materialsSize", name, MAX_MATERIALS_BYTES >> 20);
        }
        String stored = name.length() > 255 ? name.substring(name.length() - 255) : name;
        return db.inTransaction(c -> {
            TrainingSession before = loadSession(c, sessionId);
            // the hash is known only once the bytes have been streamed into the store
            MessageDigest digest = Hashing.sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                training.setMaterials(c, sessionId, new AttachedFile(stored, size, ""), in);
            } catch (IOException e) {
                throw refusal(TrainingField.MATERIALS, "training.error.materialsUnreadable", stored);
            }
            AttachedFile attached = new AttachedFile(stored, size, Hashing.hex(digest));
            training.setMaterialsHash(c, sessionId, attached.sha256());
            TrainingSession after = before.withMaterials(attached);
            history.record(c, who, RecordType.TRAINING_SESSION, sessionId, RecordFields.of(before),
                    RecordFields.of(after), "");
            return attached;
        });
    }

    /**
     * Writes a session's materials to {@code target} after checking them against their SHA-256.
     *
     * @throws ValidationException when there are none, or when the bytes no longer match (nothing is left then)
     */
    public AttachedFile saveMaterials(long sessionId, Path target) {
        TrainingSession s = session(sessionId);
        if (s.materials() == null) {
            throw refusal(TrainingField.MATERIALS, "training.error.noMaterials");
        }
        MessageDigest digest = Hashing.sha256();
        try {
            ExportService.writeAtomically(target, stream -> {
                try (DigestOutputStream out = new DigestOutputStream(Hashing.nonClosing(stream), digest)) {
                    db.read(c -> {
                        try {
                            return training.copyMaterials(c, sessionId, out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                String now = Hashing.hex(digest);
                if (!now.equals(s.materials().sha256())) {
                    throw new MaterialsChanged(now);
                }
            });
        } catch (ExportException e) {
            if (e.getCause() instanceof MaterialsChanged changed) {
                // nothing is left at the target: writeAtomically removed the partial file
                throw refusal(TrainingField.MATERIALS, "training.error.materialsChanged", s.materials().fileName(),
                        s.materials().sha256(), changed.actual);
            }
            throw e;
        }
        return s.materials();
    }

    /**
     * Marks many people at once with the same result (出席 / 欠席 / 後日受講); a person already marked for the
     * session gets the new mark. One transaction, one history entry per person. 事務担当 or システム管理者.
     *
     * @throws ValidationException when the mark breaks a rule ({@link TrainingRules#check}) or names someone not
     *                             employed on the session's day
     */
    public List<Attendance> mark(AttendanceMark mark) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        return db.inTransaction(c -> {
            TrainingSession session = loadSession(c, mark.sessionId());
            List<FieldError> errors = new ArrayList<>(TrainingRules.check(mark, session, now.toLocalDate()));
            List<Staff> people = new ArrayList<>();
            for (long staffId : new LinkedHashSet<>(mark.staffIds())) {
                Optional<Staff> person = staff.findById(c, staffId);
                if (person.isEmpty() || !person.get().isActiveOn(session.heldOn())) {
                    errors.add(FieldError.of(TrainingField.STAFF, "training.error.notEmployed",
                            person.map(Staff::name).orElse(String.valueOf(staffId))));
                } else {
                    people.add(person.get());
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            List<HistoryService.Change> changes = new ArrayList<>();
            List<Attendance> saved = new ArrayList<>();
            for (Staff person : people) {
                Optional<Attendance> before = training.findAttendance(c, session.id(), person.id());
                Attendance after = new Attendance(before.map(Attendance::id).orElse(null), session.id(), person.id(),
                        mark.result(), mark.comprehension(),
                        mark.result() == AttendanceResult.ABSENT ? mark.absenceReason() : "",
                        mark.result() == AttendanceResult.MAKE_UP ? mark.makeUpOn() : null, now);
                if (before.isPresent()) {
                    training.updateAttendance(c, after);
                } else {
                    after = training.insertAttendance(c, after);
                }
                changes.add(new HistoryService.Change(RecordType.ATTENDANCE, after.id(),
                        before.map(RecordFields::of).orElse(Map.of()), RecordFields.of(after), ""));
                saved.add(after);
            }
            history.recordAll(c, who, changes);
            return saved;
        });
    }

    /** Removes the marks of these people for a session (marked by mistake). 事務担当 or システム管理者. */
    public void unmark(long sessionId, List<Long> staffIds, String reason) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        String why = requiredReason(reason);
        db.inTransaction(c -> {
            List<HistoryService.Change> changes = new ArrayList<>();
            for (long staffId : staffIds) {
                Optional<Attendance> before = training.findAttendance(c, sessionId, staffId);
                if (before.isPresent()) {
                    training.deleteAttendance(c, before.get().id());
                    changes.add(new HistoryService.Change(RecordType.ATTENDANCE, before.get().id(),
                            RecordFields.of(before.get()), Map.of(), why));
                }
            }
            history.recordAll(c, who, changes);
            return null;
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private TrainingSession loadSession(Connection c, long id) throws SQLException {
        return training.findSession(c, id).orElseThrow(() -> new IllegalArgumentException("no training session " + id));
    }

    /** A deletion keeps its reason in the change history: it is required. */
    private static String requiredReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw refusal(TrainingField.REASON, "validation.required");
        }
        if (why.length() > TrainingRules.MAX_TEXT) {
            throw refusal(TrainingField.REASON, "validation.tooLong", TrainingRules.MAX_TEXT);
        }
        return why;
    }

    private static ValidationException refusal(TrainingField field, String key, Object... args) {
        return new ValidationException(List.of(FieldError.of(field, key, args)));
    }

    /** Carries a hash mismatch out of an export writer (which may only throw IOException). */
    private static final class MaterialsChanged extends IOException {
        private final String actual;

        MaterialsChanged(String actual) {
            super("materials changed");
            this.actual = actual;
        }
    }

    // ---- forms (exports) -------------------------------------------------------------------------------

    /**
     * The 機密性 of every training form (名簿, 年度受講状況, 実施状況報告): 2. Training records are not classified
     * information, but the forms list staff by name, 所属 and 任用区分 — personal data — so the forms mark themselves
     * 機密性2 (forms' TrainingTexts) and their export pre-selects encryption (policy 2.3(2)⑦⑨).
     */
    public int formsConfidentiality() {
        return TrainingStatusForm.CONFIDENTIALITY;
    }

    /** The file name of a session's 研修受講者名簿: 機密性2, the day and the title (policy 2.3(2)②). */
    public String rosterFileName(long sessionId, Messages messages) {
        return new TrainingRosterForm(messages, settings.settings()).fileName(session(sessionId));
    }

    /**
     * Writes the 研修受講者名簿 of one session: everyone employed on its day, by 所属 and ふりがな, with an empty 署名欄
     * (printable before the session) and the marks made so far.
     *
     * @param out a .xlsx file, or an existing folder in which the file is named as {@link #rosterFileName} says
     * @param protection plain, or encrypted with a password (cleared by the caller afterwards)
     * @return the file written
     * @throws IllegalArgumentException when there is no such session
     * @throws java.util.concurrent.CancellationException when {@code progress} was cancelled (nothing is left)
     * @throws ExportException when the folder is missing or the file cannot be written
     */
    public Path exportRoster(long sessionId, Path out, ExportProtection protection, Messages messages,
            Progress progress) {
        TrainingSession s = session(sessionId);
        List<Staff> people = staffFor(sessionId);
        List<Attendance> marks = attendance(sessionId);
        List<Section> sections = settings.sections();
        TrainingRosterForm form = new TrainingRosterForm(messages,
                settings.settings());
        Path target = ExportService.target(out, form.fileName(s));
        LocalDate printDate = today();
        ExportService.writeAtomically(target, protection, stream -> form.write(s, sections, people, marks, printDate,
                stream, ExportService.asFormProgress(progress)));
        return target;
    }

    /** The file name of a 年度's 年度受講状況, e.g. 機密性2_年度受講状況_令和8年度.xlsx. */
    public String statusFileName(FiscalYear year, Messages messages) {
        return new TrainingStatusForm(messages, settings.settings()).fileName(year);
    }

    /**
     * Writes the 年度受講状況 of {@code year} as {@link #compliance} sees it today: one line per counted person,
     * the untrained coloured. Same contract as {@link #exportRoster}.
     */
    public Path exportStatus(FiscalYear year, Path out, ExportProtection protection, Messages messages,
            Progress progress) {
        TrainingCompliance compliance = compliance(year);
        List<Section> sections = settings.sections();
        TrainingStatusForm form = new TrainingStatusForm(messages,
                settings.settings());
        Path target = ExportService.target(out, form.fileName(year));
        LocalDate printDate = today();
        ExportService.writeAtomically(target, protection,
                stream -> form.write(compliance, sections, printDate, stream,
                        ExportService.asFormProgress(progress)));
        return target;
    }

    /** The file name of a 年度's 研修実施状況報告, e.g. 機密性2_研修実施状況報告_令和8年度.xlsx. */
    public String reportFileName(FiscalYear year, Messages messages) {
        return new TrainingReportForm(messages, settings.settings()).fileName(year);
    }

    /**
     * Writes the 研修実施状況報告 of {@code year} to the 情報セキュリティ委員会 (policy 2.5.2(2)⑤), dated today, with
     * {@link #report}'s figures. Same contract as {@link #exportRoster}.
     */
    public Path exportReport(FiscalYear year, Path out, ExportProtection protection, Messages messages,
            Progress progress) {
        TrainingReport report = report(year);
        List<Section> sections = settings.sections();
        TrainingReportForm form = new TrainingReportForm(messages,
                settings.settings());
        Path target = ExportService.target(out, form.fileName(year));
        ExportService.writeAtomically(target, protection,
                stream -> form.write(report, sections, stream, ExportService.asFormProgress(progress)));
        return target;
    }
}
