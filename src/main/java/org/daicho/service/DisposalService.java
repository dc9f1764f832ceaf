package org.daicho.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.daicho.domain.Account;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.DisposalAction;
import org.daicho.domain.DisposalAssessment;
import org.daicho.domain.DisposalDecision;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalField;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalRules;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.FieldError;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.ValidationException;
import org.daicho.forms.DisposalLogForm;
import org.daicho.i18n.Messages;
import org.daicho.store.AccountRepository;
import org.daicho.store.AssetRepository;
import org.daicho.store.Database;
import org.daicho.store.DisposalRepository;
import org.daicho.store.StaffRepository;

/**
 * 廃棄記録 (issue 5; policy 2.3(2)⑩, 2.4.1(5)②(7), 2.5.4(1)③, 2.6.1(11)③; forms.md C): applications for one or
 * many assets, the 情報セキュリティ管理者's permission, the execution record, and evidence files kept in the store
 * with their SHA-256. Every write is one transaction with its change-history entries (the record's, and each
 * asset's when it becomes 廃棄済 / リース返却済 / 修理中 / 保管中). Roles, 兼務の禁止 and the sanitisation rules
 * are enforced here, not only in the window.
 *
 * <p>Refusals: a missing role throws {@link PermissionException}; a broken rule throws {@link ValidationException}
 * with one message per problem; an evidence file whose bytes changed throws {@link EvidenceChangedException}.
 */
public final class DisposalService {

    /** The largest evidence file kept in the store (a scanned certificate or a few photos fit easily). */
    public static final long MAX_EVIDENCE_BYTES = 50L * 1024 * 1024;
    /** The manifest written beside the exported evidence, in the format {@code sha256sum -c} reads. */
    public static final String MANIFEST = "SHA256SUMS.txt";

    private final Database db;
    private final Clock clock;
    private final HistoryService history;
    private final Supplier<Actor> actor;
    private final SettingsService settings;
    private final DisposalRepository disposals = new DisposalRepository();
    private final AssetRepository assets = new AssetRepository();
    private final StaffRepository staff = new StaffRepository();
    private final AccountRepository accounts = new AccountRepository();

    DisposalService(Database db, Clock clock, HistoryService history, Supplier<Actor> actor,
            SettingsService settings) {
        this.db = db;
        this.clock = clock;
        this.history = history;
        this.actor = actor;
        this.settings = settings;
        // verify compares every disposal record with the replay of its history (docs/decisions/0006)
        history.track(RecordType.DISPOSAL, HistoryService.CurrentRecords.of(disposals::findAll, disposals::findById,
                DisposalRecord::id, RecordFields::of));
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** The records that match, newest first (by 処理日, else 申請日). Call off the UI thread. */
    public List<DisposalEntry> list(DisposalFilter filter) {
        List<DisposalEntry> entries = db.read(c -> entries(c, disposals.findAll(c)));
        List<DisposalEntry> matching = new ArrayList<>(filter.apply(entries));
        matching.sort(Comparator.comparing((DisposalEntry e) -> DisposalFilter.dayOf(e.record())).reversed()
                .thenComparing(Comparator.comparing(DisposalEntry::id).reversed()));
        return matching;
    }

    /** One record with its assets and names. @throws IllegalArgumentException when there is no such record */
    public DisposalEntry entry(long id) {
        return db.read(c -> entries(c, List.of(load(c, id))).get(0));
    }

    /** 申請中 records that need a decision, oldest application first. */
    public List<DisposalEntry> waitingForPermission() {
        return db.read(c -> entries(c, disposals.findByStatus(c, DisposalStatus.REQUESTED)));
    }

    /** The home screen's items: applications waiting for permission, and permitted ones not yet done. */
    public DisposalAttention attention() {
        return db.read(c -> new DisposalAttention(disposals.findByStatus(c, DisposalStatus.REQUESTED).size(),
                disposals.findByStatus(c, DisposalStatus.APPROVED).size()));
    }

    /**
     * Assets that may be put into an application: not already disposed or returned, not 持出中, and not in another
     * open application.
     */
    public List<LedgerEntry> disposableAssets() {
        return db.read(c -> {
            Map<Long, String> open = disposals.openRecordNoByAsset(c);
            return assets.findAllEntries(c).stream().filter(e -> DisposalRules.assetState(e.asset()).isEmpty()
                    && !open.containsKey(e.asset().id())).toList();
        });
    }

    /** Staff who may be named as the 紙決裁 approver: active staff holding the 情報セキュリティ管理者 flag. */
    public List<Staff> paperApproverCandidates() {
        LocalDate today = LocalDate.now(clock);
        return db.read(staff::findAll).stream().filter(m -> m.securityManager() && m.isActiveOn(today)).toList();
    }

    /** Staff who may do or witness the work: everyone active today. */
    public List<Staff> activeStaff() {
        LocalDate today = LocalDate.now(clock);
        return db.read(staff::findAll).stream().filter(m -> m.isActiveOn(today)).toList();
    }

    /** The body's disposal rules on top of the baseline. */
    public DisposalPolicy policy() {
        return settings.disposalPolicy();
    }

    /** What the rules say about an application draft, without saving it (for the form, as the clerk types). */
    public DisposalAssessment assess(DisposalDraft draft) {
        return db.read(c -> assess(c, draft));
    }

    private DisposalAssessment assess(Connection c, DisposalDraft draft) throws SQLException {
        Map<Long, Asset> found = new HashMap<>();
        for (Long id : draft.assetIds()) {
            if (id != null) {
                assets.findEntry(c, id).ifPresent(e -> found.put(id, e.asset()));
            }
        }
        return DisposalRules.assess(draft, found, disposals.openRecordNoByAsset(c),
                SettingsService.readDisposalPolicy(c));
    }

    /** What an execution of record {@code id} must show, and every error in {@code execution} (null: none yet). */
    public DisposalAssessment checkExecution(long id, DisposalExecution execution) {
        LocalDateTime now = now();
        return db.read(c -> {
            DisposalRecord record = load(c, id);
            List<Asset> current = currentAssets(c, record);
            DisposalPolicy policy = SettingsService.readDisposalPolicy(c);
            if (execution == null) {
                return DisposalRules.requirements(current, policy);
            }
            return checkExecution(c, record, execution, current, policy, now);
        });
    }

    private DisposalAssessment checkExecution(Connection c, DisposalRecord record, DisposalExecution e,
            List<Asset> current, DisposalPolicy policy, LocalDateTime now) throws SQLException {
        DisposalAssessment assessment = DisposalRules.checkExecution(record, e, current, policy, now);
        List<FieldError> errors = new ArrayList<>(assessment.errors());
        LocalDate day = e.executedAt() == null ? now.toLocalDate() : e.executedAt().toLocalDate();
        if (e.performerStaffId() != null && staff.findById(c, e.performerStaffId()).isEmpty()) {
            errors.add(FieldError.of(DisposalField.PERFORMER, "disposal.error.staffMissing"));
        }
        if (e.witnessStaffId() != null) {
            Optional<Staff> witness = staff.findById(c, e.witnessStaffId());
            if (witness.isEmpty() || !witness.get().isActiveOn(day)) {
                errors.add(FieldError.of(DisposalField.WITNESS, "disposal.error.staffMissing"));
            }
        }
        if (errors.size() == assessment.errors().size()) {
            return assessment;
        }
        return new DisposalAssessment(assessment.highestConfidentiality(), assessment.destroyOnly(),
                assessment.proofRequired(), assessment.witnessRequired(), errors);
    }

    /** Now, in office local time. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ---- writing ---------------------------------------------------------------------------------------

    /**
     * Records an application (申請中) in the name of the logged-in account (事務担当 or システム管理者), with the
     * next 記録番号 of the fiscal year.
     *
     * @throws ValidationException  when a rule is broken (see {@link DisposalRules#assess})
     * @throws PermissionException when the account holds neither role
     */
    public DisposalEntry apply(DisposalDraft draft) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        LocalDateTime now = seconds(now());
        return db.inTransaction(c -> {
            DisposalAssessment assessment = assess(c, draft);
            if (!assessment.isValid()) {
                throw new ValidationException(assessment.errors());
            }
            String prefix = DisposalRules.recordNo(FiscalYear.of(now.toLocalDate()), 0);
            prefix = prefix.substring(0, prefix.lastIndexOf('-') + 1);
            String recordNo = DisposalRules.recordNo(FiscalYear.of(now.toLocalDate()),
                    disposals.lastNumber(c, prefix) + 1);
            DisposalDraft application = new DisposalDraft(List.copyOf(new LinkedHashSet<>(draft.assetIds())),
                    draft.end(), draft.plannedMethod(), draft.plannedTechnique(), draft.plannedPlace(),
                    draft.plannedOn(), draft.reason(), draft.plannedContractor());
            DisposalRecord record = new DisposalRecord(null, recordNo, DisposalStatus.REQUESTED,
                    application.assetIds(), application, who.accountId(), staffOf(c, who.accountId()), now, null,
                    null, null, "", List.of());
            DisposalRecord stored = disposals.insert(c, record);
            history.record(c, who, RecordType.DISPOSAL, stored.id(), Map.of(), RecordFields.of(stored), "");
            return entries(c, List.of(stored)).get(0);
        });
    }

    /** 許可 by the logged-in 情報セキュリティ管理者, never the applicant (兼務の禁止, 2.2(8)). */
    public DisposalEntry approve(long id, String comment) {
        return decide(id, DisposalAction.APPROVE, comment);
    }

    /** 却下 by the logged-in 情報セキュリティ管理者; the comment (why) is required. */
    public DisposalEntry reject(long id, String comment) {
        return decide(id, DisposalAction.REJECT, comment);
    }

    private DisposalEntry decide(long id, DisposalAction action, String comment) {
        Actor who = actor.get();
        who.require("disposal.error.notSecurityManager", Role.SECURITY_MANAGER);
        String text = checkedText(DisposalField.DECISION_COMMENT, comment, action == DisposalAction.REJECT);
        LocalDateTime now = seconds(now());
        return db.inTransaction(c -> {
            DisposalRecord record = load(c, id);
            DisposalStatus next = DisposalRules.next(record, action);
            Long approverStaff = staffOf(c, who.accountId());
            if (approverStaff == null) {
                // an account without a staff member cannot stand for the person who decides
                throw new PermissionException("disposal.error.notSecurityManager");
            }
            DisposalRules.approverConflict(record, who.accountId(), approverStaff).ifPresent(DisposalService::refuse);
            DisposalRecord decided = record.decided(next,
                    new DisposalDecision(who.accountId(), approverStaff, now, false, null, text));
            return save(c, who, record, decided, text, List.of());
        });
    }

    /**
     * Records permission given on paper (紙決裁): the approver must hold the 情報セキュリティ管理者 flag and not be
     * the applicant; {@code approvedOn} is the date on the paper (not in the future). Recorded by 事務担当,
     * システム管理者 or 情報セキュリティ管理者.
     */
    public DisposalEntry recordPaperApproval(long id, long approverStaffId, LocalDate approvedOn, String comment) {
        Actor who = actor.get();
        who.require("disposal.error.notPermitted.paper", Role.CLERK, Role.ADMIN, Role.SECURITY_MANAGER);
        String text = checkedText(DisposalField.DECISION_COMMENT, comment, false);
        LocalDateTime now = seconds(now());
        if (approvedOn == null) {
            throw DisposalRules.refusal(DisposalField.PAPER_DECIDED_ON, "validation.required");
        }
        if (approvedOn.isAfter(now.toLocalDate())) {
            throw DisposalRules.refusal(DisposalField.PAPER_DECIDED_ON, "disposal.error.paperDateFuture");
        }
        return db.inTransaction(c -> {
            DisposalRecord record = load(c, id);
            DisposalStatus next = DisposalRules.next(record, DisposalAction.APPROVE);
            Staff approver = staff.findById(c, approverStaffId)
                    .orElseThrow(() -> DisposalRules.refusal(DisposalField.APPROVER, "disposal.error.staffMissing"));
            if (!approver.securityManager() || !approver.isActiveOn(approvedOn)) {
                refuse(FieldError.of(DisposalField.APPROVER, "disposal.error.approverNotManager"));
            }
            DisposalRules.approverConflict(record, null, approverStaffId).ifPresent(DisposalService::refuse);
            DisposalRecord decided = record.decided(next,
                    new DisposalDecision(null, approverStaffId, now, true, approvedOn, text));
            return save(c, who, record, decided, text, List.of());
        });
    }

    /**
     * Records the execution (実施) of a permitted application: checked against every rule with the assets' classes
     * as they are now. Each asset then takes the end's status (廃棄済, リース返却済, 修理中 or 保管中) and the
     * 記録番号 as its 廃棄記録番号, all in one transaction. 事務担当 or システム管理者.
     */
    public DisposalEntry execute(long id, DisposalExecution execution) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        LocalDateTime now = seconds(now());
        DisposalExecution done = withSeconds(execution);
        return db.inTransaction(c -> {
            DisposalRecord record = load(c, id);
            DisposalRules.next(record, DisposalAction.EXECUTE);
            List<Asset> current = currentAssets(c, record);
            DisposalAssessment assessment = checkExecution(c, record, done, current,
                    SettingsService.readDisposalPolicy(c), now);
            if (!assessment.isValid()) {
                throw new ValidationException(assessment.errors());
            }
            AssetStatus after = record.application().end().statusAfter();
            List<Asset[]> changes = new ArrayList<>();
            for (Asset a : current) {
                changes.add(new Asset[] {a, disposed(a, after, record.recordNo())});
            }
            return save(c, who, record, record.executed(done), "", changes);
        });
    }

    /** 取消 of an application not yet executed (申請中 or 許可), with a required reason. 事務担当 or システム管理者. */
    public DisposalEntry cancel(long id, String reason) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        String text = checkedText(DisposalField.CANCEL_REASON, reason, true);
        LocalDateTime now = seconds(now());
        return db.inTransaction(c -> {
            DisposalRecord record = load(c, id);
            DisposalRules.next(record, DisposalAction.CANCEL);
            return save(c, who, record, record.cancelled(now, text), text, List.of());
        });
    }

    // ---- evidence --------------------------------------------------------------------------------------

    /**
     * Attaches a file (photo, certificate PDF, erasure report) to a record: its bytes go into the store with their
     * size and SHA-256, and the change history records the file by name and hash. Allowed until the record is
     * closed without execution (却下, 取消); a completed record still takes evidence that arrives later (the
     * contractor's certificate). 事務担当 or システム管理者.
     */
    public EvidenceFile attachEvidence(long id, Path file, EvidenceKind kind) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw DisposalRules.refusal(DisposalField.EVIDENCE, "disposal.error.evidenceUnreadable", name);
        }
        if (size == 0) {
            throw DisposalRules.refusal(DisposalField.EVIDENCE, "disposal.error.evidenceEmpty", name);
        }
        if (size > MAX_EVIDENCE_BYTES) {
            throw DisposalRules.refusal(DisposalField.EVIDENCE, "disposal.error.evidenceTooLarge", name,
                    MAX_EVIDENCE_BYTES / (1024 * 1024));
        }
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String storedName = name;
        LocalDateTime now = seconds(now());
        return db.inTransaction(c -> {
            DisposalRecord record = load(c, id);
            if (record.status() == DisposalStatus.REJECTED || record.status() == DisposalStatus.CANCELLED) {
                refuse(FieldError.of(DisposalField.EVIDENCE, "disposal.error.evidenceClosed"));
            }
            MessageDigest digest = Hashing.sha256();
            EvidenceFile stored;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                stored = disposals.insertEvidence(c, new EvidenceFile(null, id, storedName,
                        kind == null ? EvidenceKind.OTHER : kind, size, "", now), in);
            } catch (IOException e) {
                throw DisposalRules.refusal(DisposalField.EVIDENCE, "disposal.error.evidenceUnreadable", storedName);
            }
            String hash = Hashing.hex(digest);
            disposals.setEvidenceHash(c, stored.id(), hash);
            DisposalRecord after = load(c, id);
            history.record(c, who, RecordType.DISPOSAL, id, RecordFields.of(record), RecordFields.of(after), "");
            return new EvidenceFile(stored.id(), id, storedName, stored.kind(), size, hash, now);
        });
    }

    /** Removes an evidence file attached by mistake, with a reason; refused once the record is 完了. */
    public void removeEvidence(long evidenceId, String reason) {
        Actor who = actor.get();
        who.require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        String text = checkedText(DisposalField.EVIDENCE, reason, true);
        db.inTransaction(c -> {
            EvidenceFile file = disposals.findEvidence(c, evidenceId)
                    .orElseThrow(() -> new IllegalArgumentException("no evidence " + evidenceId));
            DisposalRecord record = load(c, file.disposalId());
            if (record.status() == DisposalStatus.COMPLETED) {
                refuse(FieldError.of(DisposalField.EVIDENCE, "disposal.error.evidenceRemoveCompleted"));
            }
            disposals.deleteEvidence(c, evidenceId);
            DisposalRecord after = load(c, record.id());
            history.record(c, who, RecordType.DISPOSAL, record.id(), RecordFields.of(record), RecordFields.of(after),
                    text);
            return null;
        });
    }

    /** Reads an evidence file back and compares its SHA-256 with the one recorded. */
    public EvidenceCheck checkEvidence(long evidenceId) {
        return db.read(c -> copyChecked(c, evidenceId, OutputStream.nullOutputStream()));
    }

    /** Every evidence file of every record, checked (for {@code verify}); in record order. */
    public List<EvidenceCheck> checkAllEvidence() {
        return db.read(c -> {
            List<EvidenceCheck> checks = new ArrayList<>();
            for (DisposalRecord r : disposals.findAll(c)) {
                for (EvidenceFile f : r.evidence()) {
                    checks.add(copyChecked(c, f.id(), OutputStream.nullOutputStream()));
                }
            }
            return checks;
        });
    }

    /**
     * Writes an evidence file to {@code target} (to open it or save a copy), after checking its bytes against the
     * recorded SHA-256. Nothing is left at {@code target} when they differ.
     *
     * @throws EvidenceChangedException when the bytes no longer match
     */
    public EvidenceCheck saveEvidence(long evidenceId, Path target) {
        EvidenceCheck[] result = new EvidenceCheck[1];
        try {
            ExportService.writeAtomically(target, stream -> {
                EvidenceCheck check = db.read(c -> copyChecked(c, evidenceId, stream));
                if (!check.intact()) {
                    // leave nothing behind: writeAtomically removes the partial file when the writer throws
                    throw new EvidenceChangedIOException(check);
                }
                result[0] = check;
            });
        } catch (ExportException e) {
            if (e.getCause() instanceof EvidenceChangedIOException changed) {
                throw new EvidenceChangedException(changed.check);
            }
            throw e;
        }
        return result[0];
    }

    /** Carries an {@link EvidenceChangedException} out of an export writer (which may only throw IOException). */
    private static final class EvidenceChangedIOException extends IOException {
        private final transient EvidenceCheck check;

        EvidenceChangedIOException(EvidenceCheck check) {
            super("evidence changed");
            this.check = check;
        }
    }

    private EvidenceCheck copyChecked(Connection c, long evidenceId, OutputStream out) throws SQLException {
        EvidenceFile file = disposals.findEvidence(c, evidenceId)
                .orElseThrow(() -> new IllegalArgumentException("no evidence " + evidenceId));
        String recordNo = disposals.findById(c, file.disposalId()).map(DisposalRecord::recordNo).orElse("");
        MessageDigest digest = Hashing.sha256();
        long size;
        try (DigestOutputStream digesting = new DigestOutputStream(Hashing.nonClosing(out), digest)) {
            size = disposals.copyEvidence(c, evidenceId, digesting);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EvidenceCheck(recordNo, file, Hashing.hex(digest), size);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private DisposalRecord load(Connection c, long id) throws SQLException {
        return disposals.findForUpdate(c, id)
                .orElseThrow(() -> new IllegalArgumentException("no disposal record " + id));
    }

    /** Writes the record and the assets' changes, and every history entry, in the caller's transaction. */
    private DisposalEntry save(Connection c, Actor who, DisposalRecord before, DisposalRecord after, String reason,
            List<Asset[]> assetChanges) throws SQLException {
        disposals.update(c, after);
        List<HistoryService.Change> changes = new ArrayList<>();
        changes.add(new HistoryService.Change(RecordType.DISPOSAL, after.id(), RecordFields.of(before),
                RecordFields.of(after), reason));
        for (Asset[] change : assetChanges) {
            assets.update(c, change[1]);
            changes.add(new HistoryService.Change(RecordType.ASSET, change[1].id(), RecordFields.of(change[0]),
                    RecordFields.of(change[1]), ""));
        }
        history.recordAll(c, who, changes);
        return entries(c, List.of(after)).get(0);
    }

    private List<Asset> currentAssets(Connection c, DisposalRecord record) throws SQLException {
        List<Asset> list = new ArrayList<>();
        for (long assetId : record.assetIds()) {
            list.add(assets.findEntry(c, assetId).orElseThrow(() -> new IllegalStateException("no asset " + assetId))
                    .asset());
        }
        return list;
    }

    private static Asset disposed(Asset a, AssetStatus status, String recordNo) {
        return new Asset(a.id(), a.assetNo(), a.businessCategory(), a.name(), a.kind(), a.medium(), a.networkZone(),
                a.maker(), a.model(), a.serialNo(), a.sectionId(), a.managerStaffId(), a.users(), a.classes(),
                a.personalInfo(), a.storagePlace(), a.lockedStorage(), a.encrypted(), a.acquiredOn(), a.ownership(),
                a.leaseEndsOn(), status, a.retentionUntil(), a.registeredOn(), a.lastReviewedOn(), recordNo,
                a.note());
    }

    private Long staffOf(Connection c, Long accountId) throws SQLException {
        if (accountId == null) {
            return null;
        }
        return accounts.findById(c, accountId).map(Account::staffId).orElse(null);
    }

    private static String checkedText(DisposalField field, String value, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw DisposalRules.refusal(field, "validation.required");
        }
        if (text.length() > DisposalRules.MAX_REASON) {
            throw DisposalRules.refusal(field, "validation.tooLong", DisposalRules.MAX_REASON);
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

    private static DisposalExecution withSeconds(DisposalExecution e) {
        return new DisposalExecution(seconds(e.executedAt()), e.performerStaffId(), e.performerName(),
                e.witnessStaffId(), e.method(), e.technique(), e.methodDetails(), e.tool(), e.toolVersion(),
                e.verificationMethod(), e.verificationResult(), e.place(), e.contractor(), e.certificateNo(),
                e.certificateReceivedOn(), e.backedUp(), e.backupLocation(), e.destination(), e.note());
    }

    /** The records with their assets and the names of their people, looked up once per call. */
    private List<DisposalEntry> entries(Connection c, List<DisposalRecord> records) throws SQLException {
        return records.isEmpty() ? List.of() : new EntryNames(c).disposals(records);
    }

    // ---- forms -----------------------------------------------------------------------------------------

    /** The file name of the 廃棄記録簿 of [from, to], with its classification (policy 2.3(2)②). */
    public String logFileName(LocalDate from, LocalDate to, Messages messages) {
        DisposalLogForm form = new DisposalLogForm(messages, settings.settings());
        return form.fileName(DisposalLogForm.highestConfidentiality(list(DisposalFilter.completedBetween(from, to))),
                form.periodLabel(from, to));
    }

    /**
     * The highest 機密性 of the 廃棄記録簿 of [from, to] (1 when no record): 2 or more pre-selects its encryption
     * (policy 2.3(2)⑦⑨).
     */
    public int logConfidentiality(LocalDate from, LocalDate to) {
        return DisposalLogForm.highestConfidentiality(list(DisposalFilter.completedBetween(from, to)));
    }

    /** The highest 機密性 of a fiscal year's 廃棄記録簿. */
    public int logConfidentiality(FiscalYear year) {
        return logConfidentiality(year.firstDay(), year.lastDay());
    }

    /**
     * Writes the 廃棄記録簿 of the records done in [from, to] (in order of 処理日時) with one 消去・廃棄証明 sheet per
     * record, and beside it a folder {@code <workbook name>_証跡} ({@code _evidence} in English) holding every
     * evidence file of those records and a
     * {@code SHA256SUMS.txt} manifest. Each evidence file is checked as it is written: one whose bytes changed is
     * left out, marked in the workbook and reported in the result.
     *
     * @param out a .xlsx file, or an existing folder in which the file is named as {@link #logFileName} says
     * @param protection plain, or encrypted with a password (cleared by the caller afterwards). It covers the
     *                   workbook only: the evidence files beside it are copied as they were registered, so that their
     *                   SHA-256 still matches the one in the workbook and in SHA256SUMS.txt.
     * @throws CancellationException when {@code progress} was cancelled (nothing is left behind)
     * @throws ExportException       when the folder is missing or a file cannot be written
     */
    public DisposalExport exportLog(LocalDate from, LocalDate to, Path out, ExportProtection protection,
            Messages messages, Progress progress) {
        LocalDateTime printTime = now();
        List<DisposalEntry> entries = new ArrayList<>(list(DisposalFilter.completedBetween(from, to)));
        entries.sort(Comparator.comparing((DisposalEntry e) -> e.record().execution().executedAt())
                .thenComparing(DisposalEntry::id));
        DisposalLogForm form = new DisposalLogForm(messages, settings.settings());
        String label = form.periodLabel(from, to);
        Path target = ExportService.target(out, form.fileName(DisposalLogForm.highestConfidentiality(entries), label));
        int evidenceCount = entries.stream().mapToInt(e -> e.record().evidence().size()).sum();
        // the form reports its ledger rows (one per asset) and then its certificate sheets (one per record)
        long formTotal = entries.stream().mapToLong(e -> Math.max(1, e.assets().size()) + 1L).sum();
        long total = evidenceCount + formTotal;
        Path folder = null;
        Path staging = null;
        List<EvidenceCheck> changed = new ArrayList<>();
        try {
            if (evidenceCount > 0) {
                String base = target.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
                String suffix = messages.get("disposal.export.evidenceFolder");
                folder = target.toAbsolutePath().getParent().resolve(base + suffix);
                staging = Files.createTempDirectory(target.toAbsolutePath().getParent(), ".daicho-evidence-");
                changed.addAll(writeEvidence(entries, staging, progress, total));
            }
            Set<Long> changedIds = new HashSet<>();
            changed.forEach(ch -> changedIds.add(ch.file().id()));
            long done = evidenceCount;
            ExportService.writeAtomically(target, protection, stream -> form.write(label, entries, changedIds,
                    printTime, stream, (rows, rowsTotal) -> {
                        progress.update(done + rows, done + rowsTotal);
                        return !progress.isCancelled();
                    }));
            if (staging != null) {
                replaceFolder(staging, folder);
                staging = null;
            }
        } catch (IOException e) {
            throw new ExportException("export.error.write", e, String.valueOf(folder));
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
        return new DisposalExport(target, folder, entries.size(), evidenceCount - changed.size(), changed);
    }

    /** The 廃棄記録簿 of a fiscal year (April–March). */
    public DisposalExport exportLog(FiscalYear year, Path out, ExportProtection protection, Messages messages,
            Progress progress) {
        return exportLog(year.firstDay(), year.lastDay(), out, protection, messages, progress);
    }

    private List<EvidenceCheck> writeEvidence(List<DisposalEntry> entries, Path staging, Progress progress,
            long total) throws IOException {
        List<EvidenceCheck> changed = new ArrayList<>();
        StringBuilder manifest = new StringBuilder();
        long done = 0;
        for (DisposalEntry entry : entries) {
            Path recordFolder = staging.resolve(safeName(entry.record().recordNo()));
            Set<String> used = new HashSet<>();
            for (EvidenceFile file : entry.record().evidence()) {
                if (progress.isCancelled()) {
                    throw new CancellationException();
                }
                Files.createDirectories(recordFolder);
                String name = uniqueName(safeName(file.fileName()), used);
                Path written = recordFolder.resolve(name);
                EvidenceCheck check;
                try (OutputStream stream = Files.newOutputStream(written)) {
                    check = db.read(c -> copyChecked(c, file.id(), stream));
                }
                if (check.intact()) {
                    manifest.append(file.sha256()).append("  ").append(recordFolder.getFileName()).append('/')
                            .append(name).append('\n');
                } else {
                    Files.delete(written);
                    changed.add(check);
                }
                progress.update(++done, total);
            }
        }
        Files.writeString(staging.resolve(MANIFEST), manifest.toString(), StandardCharsets.UTF_8);
        return changed;
    }

    /** A file name that every OS accepts: no path separators or characters Windows refuses. */
    static String safeName(String name) {
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        // Windows drops trailing dots and spaces and refuses device names such as CON or NUL.1.txt
        safe = safe.replaceAll("[. ]+$", "");
        if (safe.isEmpty() || safe.matches("(?i)(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?")) {
            safe = "_" + safe;
        }
        // most file systems allow 255 bytes per name: keep the extension, shorten the stem
        int dot = safe.lastIndexOf('.');
        String ext = dot > 0 && safe.length() - dot <= 10 ? safe.substring(dot) : "";
        String stem = safe.substring(0, safe.length() - ext.length());
        while (stem.length() > 1 && (stem + ext).getBytes(StandardCharsets.UTF_8).length > 200) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem + ext;
    }

    private static String uniqueName(String name, Set<String> used) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + ext;
        }
        return candidate;
    }

    /** Puts the finished folder in place of any older export of the same name. */
    private static void replaceFolder(Path staging, Path folder) throws IOException {
        Path old = null;
        if (Files.exists(folder)) {
            old = folder.resolveSibling(".daicho-old-" + System.nanoTime());
            Files.move(folder, old);
        }
        try {
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, folder);
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a hidden .daicho-* folder may be left; it holds nothing but copies of evidence
        }
    }
}
