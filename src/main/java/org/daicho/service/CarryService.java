package org.daicho.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.daicho.domain.Account;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.CarryAction;
import org.daicho.domain.CarryAssessment;
import org.daicho.domain.CarryAttention;
import org.daicho.domain.CarryDraft;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.CarryRules;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.FieldError;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.ValidationException;
import org.daicho.forms.CarryApplicationForm;
import org.daicho.forms.CarryLogForm;
import org.daicho.i18n.Messages;
import org.daicho.store.AccountRepository;
import org.daicho.store.AssetRepository;
import org.daicho.store.CarryRepository;
import org.daicho.store.Database;
import org.daicho.store.StaffRepository;

/**
 * 持出・持込記録 (issue 4; policy 2.3(2)⑧, 2.5.1(1)③④⑤, 2.6.2(2)⑥, 2.2(8)): applications, the
 * 情報セキュリティ管理者's permission, going out and coming back. Every write is one transaction with its
 * change-history entries (the record's, and each asset's when its status follows: 持出中 / 保管中). Roles and
 * 兼務の禁止 are enforced here, not only in the window.
 *
 * <p>Refusals: a missing role throws {@link PermissionException}; a broken rule (a field, separation of
 * duties, an illegal status move) throws {@link ValidationException} with one message per problem.
 */
public final class CarryService {

    private final Database db;
    private final Clock clock;
    private final HistoryService history;
    private final Supplier<Actor> actor;
    private final SettingsService settings;
    private final CarryRepository carries = new CarryRepository();
    private final AssetRepository assets = new AssetRepository();
    private final StaffRepository staff = new StaffRepository();
    private final AccountRepository accounts = new AccountRepository();

    CarryService(Database db, Clock clock, HistoryService history, Supplier<Actor> actor, SettingsService settings) {
        this.db = db;
        this.clock = clock;
        this.history = history;
        this.actor = actor;
        this.settings = settings;
        // verify compares every carry record with the replay of its history (docs/decisions/0006)
        history.track(RecordType.CARRY, new HistoryService.CurrentRecords() {
            // one record at a time: ten years hold 500,000 (issue 7: verify inside the audit book's 256 MB)
            @Override
            public void forEach(Connection c, HistoryService.RecordConsumer consumer) throws SQLException {
                carries.forEachRecord(c, r -> {
                    consumer.accept(r.id(), RecordFields.of(r));
                    return true;
                });
            }

            @Override
            public java.util.Optional<Map<String, String>> find(Connection c, long id) throws SQLException {
                return carries.findById(c, id).map(RecordFields::of);
            }
        });
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** The records that match, newest planned out first, with their assets and names. Call off the UI thread. */
    public List<CarryEntry> list(CarryFilter filter) {
        LocalDateTime now = now();
        List<CarryEntry> entries = db.read(c -> entries(c, candidates(c, filter)));
        List<CarryEntry> matching = new ArrayList<>(filter.apply(entries, now));
        matching.sort(Comparator.comparing((CarryEntry e) -> e.record().plannedOut()).reversed()
                .thenComparing(Comparator.comparing(CarryEntry::id).reversed()));
        return matching;
    }

    /**
     * The records a filter can match, narrowed by the store where it can (a period, a status, overdue ones): ten
     * years hold 500,000 records and a 年度 50,000 (issue 7). The filter itself still decides.
     */
    private List<CarryRecord> candidates(Connection c, CarryFilter filter) throws SQLException {
        if (filter.overdueOnly()) {
            return carries.findByStatus(c, CarryStatus.OUT);
        }
        if (filter.from() != null || filter.to() != null) {
            LocalDateTime from = filter.from() == null ? LocalDateTime.of(1900, 1, 1, 0, 0) : filter.from().atStartOfDay();
            LocalDateTime until = filter.to() == null ? LocalDateTime.of(9999, 1, 1, 0, 0)
                    : filter.to().plusDays(1).atStartOfDay();
            return carries.findPlannedOutBetween(c, from, until);
        }
        return filter.status() != null ? carries.findByStatus(c, filter.status()) : carries.findAll(c);
    }

    /** One record with its assets and names. @throws IllegalArgumentException when there is no such record */
    public CarryEntry entry(long id) {
        return db.read(c -> entries(c, List.of(carries.findById(c, id)
                .orElseThrow(() -> new IllegalArgumentException("no carry record " + id)))).get(0));
    }

    /** 返却遅延 now: records gone out whose planned return has passed, most overdue first. */
    public List<CarryEntry> overdue() {
        LocalDateTime now = now();
        List<CarryEntry> entries = db.read(c -> entries(c, carries.findByStatus(c, CarryStatus.OUT)));
        return entries.stream().filter(e -> e.isOverdue(now))
                .sorted(Comparator.comparing((CarryEntry e) -> e.record().plannedReturn()).thenComparing(CarryEntry::id))
                .toList();
    }

    /** 申請中 records that need a decision, oldest application first. */
    public List<CarryEntry> waitingForPermission() {
        List<CarryEntry> entries = db.read(c -> entries(c, carries.findByStatus(c, CarryStatus.REQUESTED)));
        return entries.stream().filter(e -> e.record().permissionRequired())
                .sorted(Comparator.comparing((CarryEntry e) -> e.record().appliedAt()).thenComparing(CarryEntry::id))
                .toList();
    }

    /** The home screen's carry items: overdue returns and applications waiting for permission. */
    public CarryAttention attention() {
        LocalDateTime now = now();
        return db.read(c -> {
            int overdue = (int) carries.findByStatus(c, CarryStatus.OUT).stream().filter(r -> r.isOverdue(now)).count();
            int waiting = (int) carries.findByStatus(c, CarryStatus.REQUESTED).stream()
                    .filter(CarryRecord::permissionRequired).count();
            return new CarryAttention(overdue, waiting);
        });
    }

    /**
     * Assets that may be chosen for a 持出: not disposed or returned to the lessor, not already 持出中, and not in
     * the マイナンバー利用事務系 (whose carrying out is refused).
     */
    public List<LedgerEntry> carryableAssets() {
        return db.read(assets::findAllEntries).stream().filter(e -> {
            Asset a = e.asset();
            return !a.status().isFinal() && a.status() != AssetStatus.CARRIED_OUT
                    && a.networkZone() != NetworkZone.MY_NUMBER;
        }).toList();
    }

    /** Staff who may be named as the 紙決裁 approver: active staff holding the 情報セキュリティ管理者 flag. */
    public List<Staff> paperApproverCandidates() {
        LocalDate today = LocalDate.now(clock);
        return db.read(staff::findAll).stream().filter(m -> m.securityManager() && m.isActiveOn(today)).toList();
    }

    /**
     * What the rules say about a draft (permission needed, 機密性3 reason, protection warning, and every error)
     * without saving it: for the form to show the right fields and messages as the clerk types.
     */
    public CarryAssessment assess(CarryDraft draft) {
        return db.read(c -> assess(c, draft));
    }

    private CarryAssessment assess(Connection c, CarryDraft draft) throws SQLException {
        Map<Long, Asset> found = new HashMap<>();
        for (Long id : draft.assetIds()) {
            if (id != null) {
                assets.findEntry(c, id).ifPresent(e -> found.put(id, e.asset()));
            }
        }
        CarryAssessment assessment = CarryRules.assess(draft, found);
        if (draft.carrierStaffId() != null && staff.findById(c, draft.carrierStaffId()).isEmpty()) {
            List<FieldError> errors = new ArrayList<>(assessment.errors());
            errors.add(FieldError.of(CarryField.CARRIER, "carry.error.staffMissing"));
            return new CarryAssessment(assessment.permissionRequired(), assessment.confidential3(),
                    assessment.protectionWarning(), assessment.highestConfidentiality(), errors);
        }
        return assessment;
    }

    /** Now, in office local time (what overdue is measured against). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---- writing ---------------------------------------------------------------------------------------

    /**
     * Records an application (申請中) in the name of the logged-in account (事務担当 or システム管理者).
     *
     * @throws ValidationException  when a rule is broken (see {@link org.daicho.domain.CarryRules#assess})
     * @throws PermissionException when the account holds neither role
     */
    public CarryEntry apply(CarryDraft draft) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        LocalDateTime now = seconds(now());
        return db.inTransaction(c -> {
            CarryAssessment assessment = assess(c, draft);
            if (!assessment.isValid()) {
                throw new ValidationException(assessment.errors());
            }
            Long applicantStaff = staffOf(c, who.accountId());
            List<Long> assetIds = draft.kind() == CarryKind.CARRY_OUT
                    ? List.copyOf(new LinkedHashSet<>(draft.assetIds())) : List.of();
            CarryRecord record = new CarryRecord(null, draft.kind(), CarryStatus.REQUESTED, assetIds,
                    draft.kind() == CarryKind.BRING_IN ? draft.device() : null, draft.carrierStaffId(),
                    who.accountId(), applicantStaff, now, draft.purpose(), draft.destination(),
                    seconds(draft.plannedOut()), seconds(draft.plannedReturn()), draft.measures(),
                    assessment.confidential3() ? draft.confidential3Reason() : "",
                    assessment.protectionWarning() ? draft.warningReason() : "",
                    draft.kind() == CarryKind.BRING_IN && draft.virusScanned(),
                    draft.kind() == CarryKind.BRING_IN && draft.patchesApplied(),
                    assessment.permissionRequired(), null, null, null, false, null, "", null, null, null, null, "");
            CarryRecord stored = carries.insert(c, record);
            history.record(c, who, RecordType.CARRY, stored.id(), Map.of(), RecordFields.of(stored), "");
            return entries(c, List.of(stored)).get(0);
        });
    }

    /**
     * 許可 by the logged-in 情報セキュリティ管理者, with an optional comment. The account must not be the
     * applicant's, and its staff member neither the applicant nor the carrier (兼務の禁止).
     */
    public CarryEntry approve(long id, String comment) {
        return decide(id, CarryAction.APPROVE, comment);
    }

    /** 却下 by the logged-in 情報セキュリティ管理者; the comment (why) is required. Same separation as approve. */
    public CarryEntry reject(long id, String comment) {
        return decide(id, CarryAction.REJECT, comment);
    }

    private CarryEntry decide(long id, CarryAction action, String comment) {
        Actor who = actor.get();
        who.require("carry.error.notSecurityManager", Role.SECURITY_MANAGER);
        String text = checkedText(CarryField.DECISION_COMMENT, comment, action == CarryAction.REJECT);
        LocalDateTime now = seconds(now());
        return db.inTransaction(c -> {
            CarryRecord record = load(c, id);
            CarryStatus next = CarryRules.next(record, action);
            Long approverStaff = staffOf(c, who.accountId());
            if (approverStaff == null) {
                // the app itself (or an account without staff) cannot stand for a person who decides
                throw new PermissionException("carry.error.notSecurityManager");
            }
            CarryRules.approverConflict(record, who.accountId(), approverStaff).ifPresent(CarryService::refuse);
            CarryRecord decided = record.decided(next, who.accountId(), approverStaff, now, false, null, text);
            return save(c, who, record, decided, text, List.of());
        });
    }

    /**
     * Records permission given on paper (紙決裁): {@code approverStaffId} must hold the 情報セキュリティ管理者 flag
     * and be neither the carrier nor the applicant; {@code approvedOn} is the date on the paper (not in the
     * future). Recorded by 事務担当, システム管理者 or 情報セキュリティ管理者.
     */
    public CarryEntry recordPaperApproval(long id, long approverStaffId, LocalDate approvedOn, String comment) {
        Actor who = actor.get();
        who.require("carry.error.notPermitted.paper", Role.CLERK, Role.ADMIN, Role.SECURITY_MANAGER);
        String text = checkedText(CarryField.DECISION_COMMENT, comment, false);
        LocalDateTime now = seconds(now());
        if (approvedOn == null) {
            throw CarryRules.refusal(CarryField.PAPER_DECIDED_ON, "validation.required");
        }
        if (approvedOn.isAfter(now.toLocalDate())) {
            throw CarryRules.refusal(CarryField.PAPER_DECIDED_ON, "carry.error.paperDateFuture");
        }
        return db.inTransaction(c -> {
            CarryRecord record = load(c, id);
            CarryStatus next = CarryRules.next(record, CarryAction.APPROVE);
            Staff approver = staff.findById(c, approverStaffId)
                    .orElseThrow(() -> CarryRules.refusal(CarryField.APPROVER, "carry.error.staffMissing"));
            if (!approver.securityManager() || !approver.isActiveOn(approvedOn)) {
                refuse(FieldError.of(CarryField.APPROVER, "carry.error.approverNotManager"));
            }
            CarryRules.approverConflict(record, null, approverStaffId).ifPresent(CarryService::refuse);
            CarryRecord decided = record.decided(next, null, approverStaffId, now, true, approvedOn, text);
            return save(c, who, record, decided, text, List.of());
        });
    }

    /**
     * 持出 (for 持込: the device is brought in) at {@code at} (null: now). Refused without the permission the
     * record needs — also when an asset's classes were raised after the application — before the permission
     * was given, and for an asset that is already out, disposed, or in the マイナンバー利用事務系. Each asset
     * becomes 持出中. 事務担当 or システム管理者.
     */
    public CarryEntry markOut(long id, LocalDateTime at) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        LocalDateTime now = seconds(now());
        LocalDateTime when = at == null ? now : seconds(at);
        if (when.isAfter(now)) {
            throw CarryRules.refusal(CarryField.ACTUAL_OUT, "carry.error.future");
        }
        return db.inTransaction(c -> {
            CarryRecord record = load(c, id);
            List<Asset> current = currentAssets(c, record);
            // the classes may have been raised since the application: the stricter of then and now applies
            boolean required = record.permissionRequired() || CarryRules.permissionRequired(record.kind(), current);
            CarryStatus next = CarryRules.next(withPermissionRequired(record, required), CarryAction.MARK_OUT);
            LocalDateTime permitted = record.permittedAt();
            if (permitted != null && record.status() == CarryStatus.APPROVED) {
                boolean early = record.paperApproval() ? when.toLocalDate().isBefore(record.paperDecidedOn())
                        : when.isBefore(record.decidedAt());
                if (early) {
                    refuse(FieldError.of(CarryField.ACTUAL_OUT, "carry.error.outBeforePermission"));
                }
            }
            List<FieldError> errors = new ArrayList<>();
            for (Asset a : current) {
                if (a.status().isFinal()) {
                    errors.add(FieldError.of(CarryField.ASSETS, "carry.error.assetFinal", a.assetNo()));
                } else if (a.status() == AssetStatus.CARRIED_OUT) {
                    errors.add(FieldError.of(CarryField.ASSETS, "carry.error.assetOut", a.assetNo()));
                }
                if (a.networkZone() == NetworkZone.MY_NUMBER) {
                    errors.add(FieldError.of(CarryField.ASSETS, "carry.error.myNumber", a.assetNo()));
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            CarryRecord out = withPermissionRequired(record, required).wentOut(when);
            if (out.status() != next) {
                throw new IllegalStateException("transition mismatch " + next);
            }
            return save(c, who, record, out, "", withStatus(current, AssetStatus.CARRIED_OUT));
        });
    }

    /**
     * 返却 at {@code at} (null: now), checked by {@code checkerStaffId}, who must not be the carrier. Each asset
     * becomes 保管中. 事務担当 or システム管理者.
     */
    public CarryEntry recordReturn(long id, LocalDateTime at, long checkerStaffId) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        LocalDateTime now = seconds(now());
        LocalDateTime when = at == null ? now : seconds(at);
        if (when.isAfter(now)) {
            throw CarryRules.refusal(CarryField.ACTUAL_RETURN, "carry.error.future");
        }
        return db.inTransaction(c -> {
            CarryRecord record = load(c, id);
            CarryRules.next(record, CarryAction.RETURN);
            if (staff.findById(c, checkerStaffId).isEmpty()) {
                refuse(FieldError.of(CarryField.RETURN_CHECKER, "carry.error.staffMissing"));
            }
            CarryRules.returnCheckerConflict(record, checkerStaffId).ifPresent(CarryService::refuse);
            if (record.actualOut() != null && when.isBefore(record.actualOut())) {
                refuse(FieldError.of(CarryField.ACTUAL_RETURN, "carry.error.returnBeforeActualOut"));
            }
            List<Asset> current = currentAssets(c, record);
            // an asset disposed of while out (recorded elsewhere) keeps its final status
            List<Asset> back = current.stream().filter(a -> a.status() == AssetStatus.CARRIED_OUT).toList();
            return save(c, who, record, record.returned(when, checkerStaffId), "",
                    withStatus(back, AssetStatus.IN_STORAGE));
        });
    }

    /** 取消 of an application that has not gone out (申請中 or 許可), with a required reason. 事務担当 or システム管理者. */
    public CarryEntry cancel(long id, String reason) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        String text = checkedText(CarryField.CANCEL_REASON, reason, true);
        LocalDateTime now = seconds(now());
        return db.inTransaction(c -> {
            CarryRecord record = load(c, id);
            CarryRules.next(record, CarryAction.CANCEL);
            return save(c, who, record, record.cancelled(now, text), text, List.of());
        });
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private CarryRecord load(Connection c, long id) throws SQLException {
        return carries.findForUpdate(c, id).orElseThrow(() -> new IllegalArgumentException("no carry record " + id));
    }

    /** Writes the record and the assets' new status, and every history entry, in the caller's transaction. */
    private CarryEntry save(Connection c, Actor who, CarryRecord before, CarryRecord after, String reason,
            List<Asset[]> assetChanges) throws SQLException {
        carries.update(c, after);
        List<HistoryService.Change> changes = new ArrayList<>();
        changes.add(new HistoryService.Change(RecordType.CARRY, after.id(), RecordFields.of(before),
                RecordFields.of(after), reason));
        for (Asset[] change : assetChanges) {
            assets.update(c, change[1]);
            changes.add(new HistoryService.Change(RecordType.ASSET, change[1].id(), RecordFields.of(change[0]),
                    RecordFields.of(change[1]), ""));
        }
        history.recordAll(c, who, changes);
        return entries(c, List.of(after)).get(0);
    }

    private List<Asset> currentAssets(Connection c, CarryRecord record) throws SQLException {
        List<Asset> list = new ArrayList<>();
        for (long assetId : record.assetIds()) {
            list.add(assets.findEntry(c, assetId).orElseThrow(() -> new IllegalStateException("no asset " + assetId))
                    .asset());
        }
        return list;
    }

    /** Pairs of (before, after) with the status changed. */
    private static List<Asset[]> withStatus(List<Asset> list, AssetStatus status) {
        List<Asset[]> changes = new ArrayList<>();
        for (Asset a : list) {
            changes.add(new Asset[] {a, withStatus(a, status)});
        }
        return changes;
    }

    private static Asset withStatus(Asset a, AssetStatus status) {
        return new Asset(a.id(), a.assetNo(), a.businessCategory(), a.name(), a.kind(), a.medium(), a.networkZone(),
                a.maker(), a.model(), a.serialNo(), a.sectionId(), a.managerStaffId(), a.users(), a.classes(),
                a.personalInfo(), a.storagePlace(), a.lockedStorage(), a.encrypted(), a.acquiredOn(), a.ownership(),
                a.leaseEndsOn(), status, a.retentionUntil(), a.registeredOn(), a.lastReviewedOn(),
                a.disposalRecordNo(), a.note());
    }

    private static CarryRecord withPermissionRequired(CarryRecord r, boolean required) {
        if (r.permissionRequired() == required) {
            return r;
        }
        return new CarryRecord(r.id(), r.kind(), r.status(), r.assetIds(), r.device(), r.carrierStaffId(),
                r.applicantAccountId(), r.applicantStaffId(), r.appliedAt(), r.purpose(), r.destination(),
                r.plannedOut(), r.plannedReturn(), r.measures(), r.confidential3Reason(), r.warningReason(),
                r.virusScanned(), r.patchesApplied(), required, r.approverAccountId(), r.approverStaffId(),
                r.decidedAt(), r.paperApproval(), r.paperDecidedOn(), r.decisionComment(), r.actualOut(),
                r.actualReturn(), r.returnCheckerStaffId(), r.cancelledAt(), r.cancelReason());
    }

    private Long staffOf(Connection c, Long accountId) throws SQLException {
        if (accountId == null) {
            return null;
        }
        return accounts.findById(c, accountId).map(Account::staffId).orElse(null);
    }

    private static String checkedText(CarryField field, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw CarryRules.refusal(field, "validation.required");
        }
        if (text.length() > CarryRules.MAX_REASON) {
            throw CarryRules.refusal(field, "validation.tooLong", CarryRules.MAX_REASON);
        }
        return text;
    }

    private static void refuse(FieldError error) {
        throw new ValidationException(List.of(error));
    }

    /** Times are kept to the second: what the store and the change history hold must be the same value. */
    private static LocalDateTime seconds(LocalDateTime time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.SECONDS);
    }

    /** The records with their assets and the names of their people, looked up once per call. */
    private List<CarryEntry> entries(Connection c, List<CarryRecord> records) throws SQLException {
        return records.isEmpty() ? List.of() : new EntryNames(c).carries(records);
    }

    // ---- forms -----------------------------------------------------------------------------------------

    /** The file name of a fiscal year's 持出・持込記録簿, with its classification (policy 2.3(2)②). */
    public String carryLogFileName(FiscalYear year, Messages messages) {
        CarryLogForm form = new CarryLogForm(messages, settings.settings());
        return form.fileName(CarryLogForm.highestConfidentiality(list(CarryFilter.fiscalYear(year)), overdue()), year);
    }

    /**
     * The highest 機密性 of a fiscal year's 持出・持込記録簿 (its records and every record overdue now; 1 when none):
     * 2 or more pre-selects its encryption (policy 2.3(2)⑦⑨).
     */
    public int carryLogConfidentiality(FiscalYear year) {
        return CarryLogForm.highestConfidentiality(list(CarryFilter.fiscalYear(year)), overdue());
    }

    /**
     * Writes the 持出・持込記録簿 of a fiscal year (records by planned out day, in that order) with its 返却遅延
     * sheet: every record overdue now, whatever year it went out in.
     *
     * @param out a .xlsx file, or an existing folder in which the file is named as {@link #carryLogFileName} says
     * @param protection plain, or encrypted with a password (cleared by the caller afterwards)
     * @return the file written
     * @throws CancellationException when {@code progress} was cancelled (nothing is left behind)
     * @throws ExportException       when the folder is missing or the file cannot be written
     */
    public Path exportCarryLog(FiscalYear year, Path out, ExportProtection protection, Messages messages,
            Progress progress) {
        LocalDateTime printTime = now();
        List<CarryEntry> entries = new ArrayList<>(list(CarryFilter.fiscalYear(year)));
        entries.sort(Comparator.comparing((CarryEntry e) -> e.record().plannedOut()).thenComparing(CarryEntry::id));
        List<CarryEntry> late = overdue();
        CarryLogForm form = new CarryLogForm(messages, settings.settings());
        Path target = ExportService.target(out, form.fileName(CarryLogForm.highestConfidentiality(entries, late), year));
        ExportService.writeAtomically(target, protection,
                stream -> form.write(year, entries, late, printTime, stream, ExportService.asFormProgress(progress)));
        return target;
    }

    /** The file name of one record's 申請書. */
    public String applicationFileName(long id, Messages messages) {
        return new CarryApplicationForm(messages, settings.settings()).fileName(entry(id));
    }

    /** The highest 機密性 of one record's assets, which its 申請書 shows: 2 or more pre-selects its encryption. */
    public int applicationConfidentiality(long id) {
        return entry(id).highestConfidentiality();
    }

    /** Writes the printable 持出・持込申請書 of one record (one A4 page, with approval boxes). Same contract as the log. */
    public Path exportApplication(long id, Path out, ExportProtection protection, Messages messages,
            Progress progress) {
        CarryEntry entry = entry(id);
        CarryApplicationForm form = new CarryApplicationForm(messages, settings.settings());
        Path target = ExportService.target(out, form.fileName(entry));
        LocalDate today = LocalDate.now(clock);
        ExportService.writeAtomically(target, protection,
                stream -> form.write(entry, today, stream, ExportService.asFormProgress(progress)));
        return target;
    }

}
