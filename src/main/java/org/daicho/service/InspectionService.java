package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.daicho.domain.AssetField;
import org.daicho.domain.CarryField;
import org.daicho.domain.CarryKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalField;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FieldChanges;
import org.daicho.domain.FieldError;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.InspectionFinding;
import org.daicho.domain.InspectionItem;
import org.daicho.domain.InspectionResult;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.SelfInspection;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingCompliance;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.store.Database;
import org.daicho.store.InspectionRepository;
import org.daicho.store.InspectionRepository.AssetRow;
import org.daicho.store.InspectionRepository.CarryRow;
import org.daicho.store.InspectionRepository.DisposalRow;
import org.daicho.store.InspectionRepository.RecordAssetRow;
import org.daicho.store.SettingsRepository;

/**
 * 自己点検 (policy 2.9.2; forms.md E): each {@link InspectionItem} answered from the records of one 年度, with the
 * records that fail it. Several of these rules are enforced when a record is saved; they are checked again here
 * because old or imported data may break them and the audit sheet must show it. The same answers feed the
 * 自己点検 screen (live, during the year) and the 監査証跡ブック's sheet.
 *
 * <p>Reference day: today while the year runs, else its last day (31 March) — {@link
 * TrainingCompliance#referenceDay}, so that the training items and the others look at the same day.
 *
 * <p>Which records each item checks (decisions written down here, the sheet's notes follow them):
 * <ul>
 * <li>Ledger items: every asset held on the reference day — registered by then and not 廃棄済 / リース返却済
 *     (an asset disposed of after the reference day still counts for a past year). 修理中 and 持出中 assets are
 *     still the body's and count.</li>
 * <li>Carry items: the records of the 年度 by planned out day (as the 持出・持込記録簿) that actually went out
 *     (持出中 or 返却済); 申請中, 許可 (not yet out), 却下 and 取消 records carried nothing. The overdue item looks
 *     at what was out on the reference day, whatever year it went out in.</li>
 * <li>Disposal items: the 完了 records executed in the 年度 (as the 廃棄記録簿).</li>
 * <li>機密性 of a carry or disposal record: the highest of its assets' classes as the ledger holds them now.</li>
 * </ul>
 */
public final class InspectionService {

    /** The setting that holds the 委員会報告日 of a 年度: {@code committee.reportedOn.2026} → ISO date. */
    static final String COMMITTEE_REPORTED_ON = "committee.reportedOn.";
    /** The label key of the 委員会報告日 field (messages about it name it). */
    public static final String COMMITTEE_FIELD_LABEL = "inspection.field.committeeReportedOn";
    /** A past year's overdue check looks for returned records planned out at most this long before the year. */
    private static final int OVERDUE_LOOK_BACK_YEARS = 2;
    private static final int REFERENCE_ASSETS = 3;

    private final Database db;
    private final Clock clock;
    private final HistoryService history;
    private final Supplier<Actor> actor;
    private final TrainingService training;
    private final InspectionRepository inspection = new InspectionRepository();
    private final SettingsRepository settings = new SettingsRepository();

    InspectionService(Database db, Clock clock, HistoryService history, Supplier<Actor> actor,
            TrainingService training) {
        this.db = db;
        this.clock = clock;
        this.history = history;
        this.actor = actor;
        this.training = training;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The 年度 today falls in. */
    public FiscalYear currentYear() {
        return FiscalYear.of(today());
    }

    /** The day {@code year} is inspected as at, seen today. */
    public LocalDate asOf(FiscalYear year) {
        return TrainingCompliance.referenceDay(year, today());
    }

    /** Every item of {@code year}, as at {@link #asOf}. Call off the UI thread. */
    public SelfInspection inspect(FiscalYear year) {
        return inspect(year, Progress.NONE);
    }

    /**
     * Every item of {@code year}, reporting one step per item.
     *
     * @throws CancellationException when {@code progress} was cancelled
     */
    public SelfInspection inspect(FiscalYear year, Progress progress) {
        LocalDate today = today();
        LocalDate asOf = TrainingCompliance.referenceDay(year, today);
        // while the year runs the overdue check looks at this moment, as the carry list does; after it, at the
        // end of its last day
        LocalDateTime moment = year.contains(today) ? LocalDateTime.now(clock) : asOf.plusDays(1).atStartOfDay();
        int steps = 5;
        List<InspectionResult> results = new ArrayList<>();
        step(progress, 0, steps);
        results.addAll(db.read(c -> ledger(c, year, asOf, today)));
        step(progress, 1, steps);
        results.addAll(db.read(c -> carry(c, year, asOf, moment, today)));
        step(progress, 2, steps);
        results.addAll(db.read(c -> disposal(c, year)));
        step(progress, 3, steps);
        results.addAll(training(training.compliance(year)));
        step(progress, 4, steps);
        results.add(committee(year, committeeReportDate(year), today));
        step(progress, 5, steps);
        results.sort((a, b) -> a.item().compareTo(b.item()));
        return new SelfInspection(year, asOf, results);
    }

    private static void step(Progress progress, int done, int total) {
        if (progress.isCancelled()) {
            throw new CancellationException("self-inspection cancelled");
        }
        progress.update(done, total);
    }

    // ---- ledger ------------------------------------------------------------------------------------------

    private List<InspectionResult> ledger(Connection c, FiscalYear year, LocalDate asOf, LocalDate today)
            throws SQLException {
        List<InspectionFinding> unclassified = new ArrayList<>();
        List<InspectionFinding> unreviewed = new ArrayList<>();
        // a later review overwrote the date: the change history says what it was on the reference day
        Map<Long, AssetRow> reviewedSince = new HashMap<>();
        int[] held = {0};
        inspection.forEachHeldAsset(c, asOf, asOf.isBefore(today), a -> {
            held[0]++;
            List<AssetField> missing = new ArrayList<>();
            if (a.confidentiality() < 1 || a.integrity() < 1 || a.availability() < 1) {
                missing.add(AssetField.CONFIDENTIALITY);
            }
            if (a.managerStaffId() == null) {
                missing.add(AssetField.MANAGER);
            }
            if (a.storagePlace() == null || a.storagePlace().isBlank()) {
                missing.add(AssetField.STORAGE_PLACE);
            }
            String reference = a.assetNo() + " " + a.name();
            if (!missing.isEmpty()) {
                unclassified.add(InspectionFinding.of(RecordType.ASSET, a.id(), reference,
                        "inspection.problem.missing", missing));
            } else if (a.managerLeftOn() != null && a.managerLeftOn().isBefore(asOf)) {
                // a 管理責任者 who has left is no one to hold responsible (2.3(1))
                unclassified.add(InspectionFinding.of(RecordType.ASSET, a.id(), reference,
                        "inspection.problem.managerLeft", a.managerLeftOn()));
            }
            LocalDate reviewed = a.lastReviewedOn();
            if (reviewed != null && reviewed.isAfter(asOf)) {
                reviewedSince.put(a.id(), a);
            } else {
                reviewProblem(a, reviewed, year).ifPresent(unreviewed::add);
            }
            return true;
        });
        if (!reviewedSince.isEmpty()) {
            Map<Long, LocalDate> then = reviewDatesOn(c, asOf, reviewedSince.keySet());
            for (AssetRow a : reviewedSince.values()) {
                reviewProblem(a, then.getOrDefault(a.id(), a.lastReviewedOn()), year).ifPresent(unreviewed::add);
            }
            unreviewed.sort((x, y) -> Long.compare(x.recordId(), y.recordId()));
        }
        return List.of(new InspectionResult(InspectionItem.LEDGER_CLASSIFIED, held[0], unclassified),
                new InspectionResult(InspectionItem.LEDGER_REVIEWED, held[0], unreviewed));
    }

    private static Optional<InspectionFinding> reviewProblem(AssetRow a, LocalDate reviewed, FiscalYear year) {
        String reference = a.assetNo() + " " + a.name();
        if (reviewed == null) {
            return Optional.of(InspectionFinding.of(RecordType.ASSET, a.id(), reference,
                    "inspection.problem.neverReviewed"));
        }
        if (reviewed.isBefore(year.firstDay())) {
            return Optional.of(InspectionFinding.of(RecordType.ASSET, a.id(), reference,
                    "inspection.problem.notReviewedThisYear", reviewed));
        }
        return Optional.empty();
    }

    /**
     * The 最終確認日 of each asset at the end of {@code asOf}: the value before its first change after that day.
     * Only the assets reviewed again since are asked for; an asset the history says nothing about keeps its date.
     */
    private Map<Long, LocalDate> reviewDatesOn(Connection c, LocalDate asOf, Set<Long> assetIds)
            throws SQLException {
        Map<Long, LocalDate> dates = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        String field = AssetField.LAST_REVIEWED_ON.name();
        inspection.forEachChangeOfFieldSince(c, RecordType.ASSET.name(), field, asOf.plusDays(1).atStartOfDay(),
                change -> {
                    if (!assetIds.contains(change.recordId()) || !seen.add(change.recordId())) {
                        return true;
                    }
                    List<FieldChange> changes;
                    try {
                        changes = FieldChanges.decode(change.changes());
                    } catch (IllegalArgumentException damaged) {
                        return true; // an altered entry is verify's to report; the row's own date stands
                    }
                    for (FieldChange f : changes) {
                        if (f.field().equals(field)) {
                            dates.put(change.recordId(), parseDate(f.before()));
                        }
                    }
                    return true;
                });
        return dates;
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // ---- carry -------------------------------------------------------------------------------------------

    private List<InspectionResult> carry(Connection c, FiscalYear year, LocalDate asOf, LocalDateTime moment,
            LocalDate today) throws SQLException {
        LocalDateTime from = year.firstDay().atStartOfDay();
        LocalDateTime until = year.lastDay().plusDays(1).atStartOfDay();
        List<CarryRow> ofYear = inspection.carriesPlannedOutBetween(c, from, until);
        Map<Long, List<RecordAssetRow>> assets = new HashMap<>();
        inspection.forEachCarryAssetPlannedOutBetween(c, from, until, a -> {
            assets.computeIfAbsent(a.recordId(), k -> new ArrayList<>()).add(a);
            return true;
        });

        int needingPermission = 0;
        List<InspectionFinding> unapproved = new ArrayList<>();
        int confidential = 0;
        List<InspectionFinding> unprotected = new ArrayList<>();
        for (CarryRow r : ofYear) {
            if (!wentOut(r)) {
                continue;
            }
            List<RecordAssetRow> mine = assets.getOrDefault(r.id(), List.of());
            String reference = carryReference(r, mine);
            boolean bringIn = CarryKind.BRING_IN.name().equals(r.kind());
            // what the rules require of the record now, not only the flag stored with it (old or imported data)
            boolean needsPermission = r.permissionRequired() || bringIn
                    || mine.stream().anyMatch(a -> a.confidentiality() >= 2 || a.integrity() >= 2
                            || a.availability() >= 2);
            if (needsPermission) {
                needingPermission++;
                approvalProblem(r, reference).ifPresent(unapproved::add);
            }
            int highest = mine.stream().mapToInt(RecordAssetRow::confidentiality).max().orElse(1);
            if (!bringIn && highest >= 2) {
                confidential++;
                if (r.measures() == null || r.measures().isBlank()) {
                    unprotected.add(InspectionFinding.of(RecordType.CARRY, r.id(), reference,
                            "inspection.problem.noMeasures", highest));
                }
            }
        }

        // overdue: whatever year it went out in, out on the reference day and due back before it
        LocalDateTime earliest = year.firstDay().minusYears(OVERDUE_LOOK_BACK_YEARS).atStartOfDay();
        List<CarryRow> out = inspection.carriesOutAt(c, moment, asOf.isBefore(today), earliest);
        Map<Long, List<RecordAssetRow>> outAssets = new HashMap<>();
        inspection.forEachCarryAssetOf(c, out.stream().map(CarryRow::id).toList(), a -> {
            outAssets.computeIfAbsent(a.recordId(), k -> new ArrayList<>()).add(a);
            return true;
        });
        List<InspectionFinding> overdue = new ArrayList<>();
        for (CarryRow r : out) {
            if (r.plannedReturn() != null && moment.isAfter(r.plannedReturn())) {
                long days = Math.max(0, ChronoUnit.DAYS.between(r.plannedReturn().toLocalDate(), asOf));
                overdue.add(InspectionFinding.of(RecordType.CARRY, r.id(),
                        carryReference(r, outAssets.getOrDefault(r.id(), List.of())), "inspection.problem.overdue",
                        r.plannedReturn().toLocalDate(), days));
            }
        }
        overdue.sort((x, y) -> Long.compare(x.recordId(), y.recordId()));
        return List.of(new InspectionResult(InspectionItem.CARRY_APPROVED, needingPermission, unapproved),
                new InspectionResult(InspectionItem.CARRY_NOT_OVERDUE, out.size(), overdue),
                new InspectionResult(InspectionItem.CARRY_PROTECTED, confidential, unprotected));
    }

    /** 持出中 or 返却済, or a time of going out recorded: the record carried something. */
    private static boolean wentOut(CarryRow r) {
        return "OUT".equals(r.status()) || "RETURNED".equals(r.status()) || r.actualOut() != null;
    }

    private static Optional<InspectionFinding> approvalProblem(CarryRow r, String reference) {
        if (r.approverStaffId() == null) {
            return Optional.of(InspectionFinding.of(RecordType.CARRY, r.id(), reference,
                    "inspection.problem.carryNoApprover", CarryKind.valueOf(r.kind())));
        }
        LocalDateTime permitted = r.paperApproval()
                ? (r.paperDecidedOn() == null ? null : r.paperDecidedOn().atStartOfDay()) : r.decidedAt();
        if (permitted == null) {
            return Optional.of(InspectionFinding.of(RecordType.CARRY, r.id(), reference,
                    "inspection.problem.missing",
                    List.of(r.paperApproval() ? CarryField.PAPER_DECIDED_ON : CarryField.DECIDED_AT)));
        }
        if (r.actualOut() != null && permitted.isAfter(r.actualOut())) {
            return Optional.of(InspectionFinding.of(RecordType.CARRY, r.id(), reference,
                    "inspection.problem.outBeforePermission", r.actualOut().toLocalDate(),
                    permitted.toLocalDate()));
        }
        return Optional.empty();
    }

    /** 「No.123 PC-0001, PC-0002」, the 持込 device for a 持込: the 申請番号 and what it carried. */
    private static String carryReference(CarryRow r, List<RecordAssetRow> assets) {
        String what;
        if (CarryKind.BRING_IN.name().equals(r.kind())) {
            what = (nonNull(r.deviceKind()) + " " + nonNull(r.deviceModel())).strip();
        } else {
            what = assets.stream().limit(REFERENCE_ASSETS).map(RecordAssetRow::assetNo)
                    .collect(Collectors.joining(", "));
            if (assets.size() > REFERENCE_ASSETS) {
                what += ", …";
            }
        }
        return ("No." + r.id() + " " + what).strip();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    // ---- disposal ----------------------------------------------------------------------------------------

    private List<InspectionResult> disposal(Connection c, FiscalYear year) throws SQLException {
        LocalDateTime from = year.firstDay().atStartOfDay();
        LocalDateTime until = year.lastDay().plusDays(1).atStartOfDay();
        List<DisposalRow> done = inspection.completedDisposalsBetween(c, from, until);
        Map<Long, Integer> highest = new HashMap<>();
        inspection.forEachDisposalAssetBetween(c, from, until, a -> {
            highest.merge(a.recordId(), a.confidentiality(), Math::max);
            return true;
        });
        List<InspectionFinding> unrecorded = new ArrayList<>();
        int confidential = 0;
        List<InspectionFinding> unwitnessed = new ArrayList<>();
        List<InspectionFinding> clearOnly = new ArrayList<>();
        for (DisposalRow d : done) {
            recordingProblem(d).ifPresent(unrecorded::add);
            int classes = highest.getOrDefault(d.id(), 1);
            if (classes < 2) {
                continue;
            }
            confidential++;
            boolean certificate = !blank(d.contractor()) && !blank(d.certificateNo())
                    && d.certificateReceivedOn() != null;
            if (d.witnessStaffId() == null && !certificate) {
                unwitnessed.add(InspectionFinding.of(RecordType.DISPOSAL, d.id(), d.recordNo(),
                        "inspection.problem.noWitness", classes));
            }
            SanitisationTechnique technique = technique(d.technique());
            if (technique != null && technique.isClearOnly()) {
                clearOnly.add(InspectionFinding.of(RecordType.DISPOSAL, d.id(), d.recordNo(),
                        "inspection.problem.clearOnly", classes, technique));
            }
        }
        return List.of(new InspectionResult(InspectionItem.DISPOSAL_RECORDED, done.size(), unrecorded),
                new InspectionResult(InspectionItem.DISPOSAL_WITNESSED, confidential, unwitnessed),
                new InspectionResult(InspectionItem.DISPOSAL_NOT_OS_INIT, confidential, clearOnly));
    }

    /** Permission, date, performer and method (2.3(2)⑪); the permission must come before the execution. */
    private static Optional<InspectionFinding> recordingProblem(DisposalRow d) {
        List<DisposalField> missing = new ArrayList<>();
        LocalDateTime permitted = null;
        if (d.approverStaffId() == null) {
            missing.add(DisposalField.APPROVER);
        } else {
            permitted = d.paperApproval()
                    ? (d.paperDecidedOn() == null ? null : d.paperDecidedOn().atStartOfDay()) : d.decidedAt();
            if (permitted == null) {
                missing.add(d.paperApproval() ? DisposalField.PAPER_DECIDED_ON : DisposalField.DECIDED_AT);
            }
        }
        if (d.executedAt() == null) {
            missing.add(DisposalField.EXECUTED_AT);
        }
        if (d.performerStaffId() == null && blank(d.performerName())) {
            missing.add(DisposalField.PERFORMER);
        }
        if (blank(d.method())) {
            missing.add(DisposalField.METHOD);
        }
        if (blank(d.technique())) {
            missing.add(DisposalField.TECHNIQUE);
        }
        if (!missing.isEmpty()) {
            return Optional.of(InspectionFinding.of(RecordType.DISPOSAL, d.id(), d.recordNo(),
                    "inspection.problem.missing", missing));
        }
        if (permitted.isAfter(d.executedAt())) {
            return Optional.of(InspectionFinding.of(RecordType.DISPOSAL, d.id(), d.recordNo(),
                    "inspection.problem.executedBeforePermission", d.executedAt().toLocalDate(),
                    permitted.toLocalDate()));
        }
        return Optional.empty();
    }

    private static SanitisationTechnique technique(String name) {
        try {
            return name == null ? null : SanitisationTechnique.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ---- training and the committee ----------------------------------------------------------------------

    private static List<InspectionResult> training(TrainingCompliance compliance) {
        List<InspectionFinding> untrained = new ArrayList<>();
        List<InspectionFinding> newHires = new ArrayList<>();
        int hired = 0;
        for (StaffTrainingStatus p : compliance.people()) {
            String reference = p.staff().name() + " (" + p.staff().staffNo() + ")";
            if (p.untrained()) {
                untrained.add(InspectionFinding.of(RecordType.STAFF, p.staff().id(), reference,
                        "inspection.problem.untrained"));
            }
            if (p.newHire()) {
                hired++;
                if (p.newHireUntrained()) {
                    newHires.add(InspectionFinding.of(RecordType.STAFF, p.staff().id(), reference,
                            "inspection.problem.newHireUntrained", p.staff().hiredOn()));
                }
            }
        }
        return List.of(new InspectionResult(InspectionItem.TRAINING_ALL_STAFF, compliance.people().size(), untrained),
                new InspectionResult(InspectionItem.TRAINING_NEW_HIRES, hired, newHires));
    }

    /** One check: the date is set. While the year runs the report is still due; after it, it was missed. */
    private static InspectionResult committee(FiscalYear year, Optional<LocalDate> reportedOn, LocalDate today) {
        if (reportedOn.isPresent()) {
            return new InspectionResult(InspectionItem.COMMITTEE_REPORTED, 1, List.of());
        }
        String key = today.isAfter(year.lastDay()) ? "inspection.problem.committeeMissing"
                : "inspection.problem.committeeDue";
        return new InspectionResult(InspectionItem.COMMITTEE_REPORTED, 1,
                List.of(InspectionFinding.of(RecordType.SETTING, RecordFields.SETTINGS_ID, "", key, year)));
    }

    /** The day the year's 研修実施状況報告 was reported to the 情報セキュリティ委員会 (2.5.2(2)⑤), if recorded. */
    public Optional<LocalDate> committeeReportDate(FiscalYear year) {
        return db.read(c -> Optional.ofNullable(settings.findAll(c).get(COMMITTEE_REPORTED_ON + year.startYear())))
                .map(InspectionService::parseDate);
    }

    /** Whether the logged-in account may record the 委員会報告日 (a setting: システム管理者). */
    public boolean mayRecordCommitteeReport() {
        return actor.get().mayDo(Role.ADMIN);
    }

    /**
     * Records the 委員会報告日 of {@code year}, with a change-history entry like every setting. システム管理者 only.
     *
     * @throws ValidationException when the date is missing, before the year starts, or in the future
     */
    public void recordCommitteeReport(FiscalYear year, LocalDate reportedOn) {
        actor.get().require("error.notPermitted", Role.ADMIN);
        String errorKey = null;
        List<Object> args = List.of();
        if (reportedOn == null) {
            errorKey = "validation.required";
        } else if (reportedOn.isBefore(year.firstDay())) {
            errorKey = "inspection.error.beforeYear";
            args = List.of(db.read(SettingsService::read).dateStyle().format(year.firstDay()));
        } else if (reportedOn.isAfter(today())) {
            errorKey = "validation.future";
        }
        if (errorKey != null) {
            throw new ValidationException(List.of(new FieldError("COMMITTEE_REPORTED_ON", COMMITTEE_FIELD_LABEL,
                    errorKey, args)));
        }
        db.inTransaction(c -> {
            Map<String, String> before = settings.findAll(c);
            settings.put(c, COMMITTEE_REPORTED_ON + year.startYear(), reportedOn.toString());
            history.record(c, actor.get(), RecordType.SETTING, RecordFields.SETTINGS_ID, before, settings.findAll(c),
                    "");
            return null;
        });
    }

    // ---- texts -------------------------------------------------------------------------------------------

    /**
     * The sentence for a finding's problem, for the screen and the audit sheet alike: dates in {@code style},
     * a 年度 as its label, a field (or a list of fields) as its label, any other choice as its bundle label.
     */
    public static String describe(InspectionFinding finding, Messages messages, DateStyle style) {
        Object[] args = finding.problemArgs().stream().map(a -> text(a, messages, style)).toArray();
        return messages.get(finding.problemKey(), args);
    }

    private static Object text(Object arg, Messages messages, DateStyle style) {
        if (arg instanceof LocalDate day) {
            return style.format(day);
        }
        if (arg instanceof FiscalYear year) {
            return year.label(style);
        }
        if (arg instanceof AssetField || arg instanceof CarryField || arg instanceof DisposalField) {
            return messages.get(FieldError.of((Enum<?>) arg, "").labelKey());
        }
        if (arg instanceof Enum<?> choice) {
            return messages.label(choice);
        }
        if (arg instanceof List<?> list) {
            String separator = Locale.JAPANESE.getLanguage().equals(messages.locale().getLanguage()) ? "、" : ", ";
            return list.stream().map(a -> String.valueOf(text(a, messages, style)))
                    .collect(Collectors.joining(separator));
        }
        return arg;
    }
}
