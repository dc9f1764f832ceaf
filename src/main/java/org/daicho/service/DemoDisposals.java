package org.daicho.service;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daicho.domain.Account;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.DisposalAssessment;
import org.daicho.domain.DisposalDecision;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalRules;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.EvidenceKind;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.Staff;
import org.daicho.store.AssetRepository;
import org.daicho.store.DisposalRepository;

/**
 * The demo's synthetic 廃棄記録 (issue 5): a completed record for every asset the demo ledger shows as 廃棄済 or
 * リース返却済 (USB sticks and other media in batches), a 修理出し and a 再利用, and open ones in every state
 * (申請中, 許可, 却下, 取消), some with synthetic evidence files. Each completed record is checked against
 * {@link DisposalRules} as it is made, so the demo never shows a disposal the app itself would refuse.
 */
final class DemoDisposals {

    private static final String CONTRACTOR = "架空リサイクル株式会社（デモ）";

    private final DisposalRepository disposals = new DisposalRepository();
    private final AssetRepository assets = new AssetRepository();
    private final List<HistoryService.Change> changes;
    private final Account clerk;
    private final Account manager;
    private final List<Staff> workers;
    private final LocalDateTime now;
    private final Map<Integer, Integer> numbers = new HashMap<>();

    DemoDisposals(List<HistoryService.Change> changes, Account clerk, Account manager, List<Staff> workers,
            LocalDateTime now) {
        this.changes = changes;
        this.clerk = clerk;
        this.manager = manager;
        this.workers = List.copyOf(workers);
        this.now = now;
    }

    void fill(Connection c) throws SQLException {
        List<Asset> finished = new ArrayList<>();
        List<Asset> usable = new ArrayList<>();
        assets.forEachAsset(c, a -> {
            if (a.status().isFinal()) {
                finished.add(a);
            } else if (a.status() == AssetStatus.IN_USE || a.status() == AssetStatus.IN_STORAGE) {
                usable.add(a);
            }
            return true;
        });
        // the ledger's 廃棄済 / リース返却済 assets: storage media five at a time (a batch), the rest one by one
        List<Asset> mediaBatch = new ArrayList<>();
        int n = 0;
        for (Asset a : finished) {
            boolean lease = a.status() == AssetStatus.RETURNED_TO_LESSOR && a.ownership() == Ownership.LEASED;
            if (a.kind() == AssetKind.STORAGE_MEDIUM && !lease) {
                mediaBatch.add(a);
                if (mediaBatch.size() == 5) {
                    completed(c, List.copyOf(mediaBatch), DisposalEnd.DISPOSE, n++);
                    mediaBatch.clear();
                }
            } else {
                completed(c, List.of(a), lease ? DisposalEnd.LEASE_RETURN : DisposalEnd.DISPOSE, n++);
            }
        }
        if (!mediaBatch.isEmpty()) {
            completed(c, List.copyOf(mediaBatch), DisposalEnd.DISPOSE, n++);
        }
        // open records and the two ends that keep the asset: taken from assets in use, none of them 特定個人情報
        List<Asset> plain = usable.stream().filter(a -> a.personalInfo() != PersonalInfoKind.MY_NUMBER
                && a.networkZone() != NetworkZone.MY_NUMBER).toList();
        List<Asset> media = plain.stream().filter(a -> a.kind() == AssetKind.STORAGE_MEDIUM).toList();
        List<Asset> others = plain.stream().filter(a -> a.kind() == AssetKind.TERMINAL).toList();
        if (media.size() < 8 || others.size() < 4) {
            return; // not the demo organisation
        }
        completed(c, List.of(others.get(0)), DisposalEnd.REPAIR, n++);
        completed(c, List.of(others.get(1)), DisposalEnd.REUSE, n++);
        open(c, media.subList(0, 3), DisposalStatus.REQUESTED, "保存期間を満了したUSBメモリの一括廃棄（デモ）");
        open(c, List.of(others.get(2)), DisposalStatus.REQUESTED, "故障した事務用パソコンの廃棄（デモ）");
        open(c, media.subList(3, 5), DisposalStatus.APPROVED, "記録媒体の更新に伴う廃棄（デモ）");
        open(c, List.of(media.get(5)), DisposalStatus.REJECTED, "まだ使用できるため（デモ）");
        open(c, List.of(others.get(3)), DisposalStatus.CANCELLED, "別の課で再利用することになったため（デモ）");
    }

    /** A record done {@code i} weeks ago (from 10 days back), with every field the rules ask for. */
    private void completed(Connection c, List<Asset> chosen, DisposalEnd end, int i) throws SQLException {
        LocalDateTime done = now.minusDays(10 + 9L * i).withHour(14).withMinute(0);
        SanitisationTechnique technique = technique(chosen, end, i);
        SanitisationMethod method = technique == SanitisationTechnique.OVERWRITE
                ? (DisposalRules.highestConfidentiality(chosen) >= 2 ? SanitisationMethod.PURGE : SanitisationMethod.CLEAR)
                : technique.methods().iterator().next();
        boolean outside = i % 3 == 2;
        DisposalDraft application = new DisposalDraft(ids(chosen), end, method, technique,
                outside ? DisposalPlace.OUTSIDE : DisposalPlace.INSIDE, done.toLocalDate(), reason(end),
                outside ? CONTRACTOR : "");
        DisposalRecord r = applied(chosen, application, done.minusDays(6));
        r = r.decided(DisposalStatus.APPROVED, decision(done.minusDays(3), i));
        Staff performer = workers.get(i % workers.size());
        Staff witness = workers.get((i + 1) % workers.size());
        DisposalExecution execution = new DisposalExecution(done, outside ? null : performer.id(),
                outside ? "架空 作業員（委託先・デモ）" : "", witness.id(), method, technique,
                technique.needsTool() ? "全領域を1回上書き" : "",
                technique == SanitisationTechnique.DEGAUSS ? "見本磁気消去装置 DM-100（デモ）"
                        : technique.needsTool() ? "見本データ消去ツール（デモ）" : "",
                technique.needsTool() ? "3.2" : "",
                technique.needsTool() ? "全領域の読取検証" : "目視確認（破壊状況を写真撮影）",
                technique.needsTool() ? "全セクタ消去済み・エラーなし" : "読取不能を確認",
                outside ? DisposalPlace.OUTSIDE : DisposalPlace.INSIDE, outside ? CONTRACTOR : "",
                outside ? String.format("DEMO-CERT-%04d", 100 + i) : "", outside ? done.toLocalDate().plusDays(2) : null,
                end == DisposalEnd.REUSE, end == DisposalEnd.REUSE ? "ファイルサーバ 共有フォルダ（デモ）" : "",
                destination(end), "");
        DisposalAssessment check = DisposalRules.checkExecution(r, execution, chosen, DisposalPolicy.BASELINE,
                now.plusDays(1));
        if (!check.isValid() && !onlyStateErrors(check)) {
            throw new IllegalStateException("demo disposal breaks a rule: " + check.errors());
        }
        DisposalRecord stored = disposals.insert(c, r.executed(execution));
        if (i % 4 == 0) {
            stored = withEvidence(c, stored, done, i);
        }
        changes.add(new HistoryService.Change(RecordType.DISPOSAL, stored.id(), Map.of(), RecordFields.of(stored), ""));
        for (Asset a : chosen) {
            Asset after = withStatus(a, end.statusAfter(), stored.recordNo());
            assets.update(c, after);
            changes.add(new HistoryService.Change(RecordType.ASSET, a.id(), RecordFields.of(a), RecordFields.of(after),
                    ""));
        }
    }

    /** The demo's already-final assets break the state check (they are final); every other rule must hold. */
    private static boolean onlyStateErrors(DisposalAssessment check) {
        return check.errors().stream().allMatch(e -> e.messageKey().equals("disposal.error.assetFinal"));
    }

    private void open(Connection c, List<Asset> chosen, DisposalStatus status, String reason) throws SQLException {
        LocalDateTime applied = now.minusDays(2).withHour(10).withMinute(30);
        SanitisationTechnique technique = DisposalRules.myNumberAsset(chosen).isPresent()
                ? SanitisationTechnique.PHYSICAL_DESTRUCTION : SanitisationTechnique.OVERWRITE;
        DisposalDraft application = new DisposalDraft(ids(chosen), DisposalEnd.DISPOSE,
                technique == SanitisationTechnique.OVERWRITE ? SanitisationMethod.PURGE : SanitisationMethod.DESTROY,
                technique, DisposalPlace.INSIDE, now.toLocalDate().plusDays(7), reason, "");
        DisposalRecord r = applied(chosen, application, applied);
        switch (status) {
            case APPROVED -> r = r.decided(DisposalStatus.APPROVED, decision(applied.plusHours(4), 1));
            case REJECTED -> r = r.decided(DisposalStatus.REJECTED, new DisposalDecision(manager.id(),
                    manager.staffId(), applied.plusHours(4), false, null, "使用可能な媒体のため廃棄しないこと（デモ）"));
            case CANCELLED -> r = r.cancelled(applied.plusHours(5), "申請の誤りのため取消（デモ）");
            default -> {
                // 申請中: waiting for the 情報セキュリティ管理者
            }
        }
        DisposalRecord stored = disposals.insert(c, r);
        changes.add(new HistoryService.Change(RecordType.DISPOSAL, stored.id(), Map.of(), RecordFields.of(stored), ""));
    }

    private DisposalRecord applied(List<Asset> chosen, DisposalDraft application, LocalDateTime at) {
        int year = FiscalYear.of(at.toLocalDate()).startYear();
        int number = numbers.merge(year, 1, Integer::sum);
        return new DisposalRecord(null, DisposalRules.recordNo(new FiscalYear(year), number), DisposalStatus.REQUESTED,
                ids(chosen), application, clerk.id(), clerk.staffId(), at, null, null, null, "", List.of());
    }

    private DisposalDecision decision(LocalDateTime at, int i) {
        return new DisposalDecision(manager.id(), manager.staffId(), at, false, null,
                i % 5 == 0 ? "立会いのうえ実施すること（デモ）" : "");
    }

    private static SanitisationTechnique technique(List<Asset> chosen, DisposalEnd end, int i) {
        if (DisposalRules.myNumberAsset(chosen).isPresent()) {
            return SanitisationTechnique.PHYSICAL_DESTRUCTION; // 特定個人情報: Destroy only
        }
        if (end.keepsMediaUsable() || end == DisposalEnd.LEASE_RETURN) {
            return i % 2 == 0 ? SanitisationTechnique.OVERWRITE : SanitisationTechnique.CRYPTO_ERASE;
        }
        if (chosen.get(0).kind() == AssetKind.DOCUMENT_DATA) {
            return SanitisationTechnique.SHREDDING;
        }
        SanitisationTechnique[] cycle = {SanitisationTechnique.PHYSICAL_DESTRUCTION, SanitisationTechnique.OVERWRITE,
            SanitisationTechnique.DEGAUSS, SanitisationTechnique.BLOCK_ERASE, SanitisationTechnique.MELTING};
        return cycle[i % cycle.length];
    }

    private static String reason(DisposalEnd end) {
        return switch (end) {
            case DISPOSE -> "耐用年数の経過による廃棄（デモ）";
            case LEASE_RETURN -> "リース期間満了による返却（デモ）";
            case REPAIR -> "故障のため修理に出す前の消去（デモ）";
            case REUSE -> "他の職員へ再配布するための消去（デモ）";
        };
    }

    private static String destination(DisposalEnd end) {
        return switch (end) {
            case DISPOSE -> CONTRACTOR + "へ引渡し";
            case LEASE_RETURN -> "見本リース株式会社（デモ）へ返却";
            case REPAIR -> "サンプル電機 修理センター（デモ）";
            case REUSE -> "総務課で保管（再配布待ち）";
        };
    }

    /** A synthetic erasure report (text) and a certificate (a one-page PDF), both marked as demo data. */
    private DisposalRecord withEvidence(Connection c, DisposalRecord r, LocalDateTime done, int i) throws SQLException {
        String report = "消去レポート（デモ用の架空データ）\n記録番号: " + r.recordNo() + "\n実施日時: " + done
                + "\n結果: 全領域消去済み・検証エラーなし\n";
        attach(c, r, "消去レポート_" + r.recordNo() + ".txt", EvidenceKind.ERASURE_REPORT,
                report.getBytes(StandardCharsets.UTF_8), done.plusHours(1));
        attach(c, r, "certificate_" + r.recordNo() + ".pdf", EvidenceKind.CERTIFICATE,
                demoPdf("Demo certificate " + r.recordNo() + " (synthetic)"), done.plusDays(2));
        return disposals.findById(c, r.id()).orElseThrow();
    }

    private void attach(Connection c, DisposalRecord r, String name, EvidenceKind kind, byte[] bytes,
            LocalDateTime at) throws SQLException {
        disposals.insertEvidence(c, new EvidenceFile(null, r.id(), name, kind, bytes.length, Hashing.sha256Hex(bytes), at),
                new ByteArrayInputStream(bytes));
    }

    /** The smallest PDF readers accept: one page with one line of text. */
    static byte[] demoPdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text.replaceAll("[()\\\\]", "") + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int k = 0; k < objects.size(); k++) {
            offsets.add(pdf.length());
            pdf.append(k + 1).append(" 0 obj\n").append(objects.get(k)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static List<Long> ids(List<Asset> chosen) {
        return chosen.stream().map(Asset::id).toList();
    }

    private static Asset withStatus(Asset a, AssetStatus status, String recordNo) {
        return new Asset(a.id(), a.assetNo(), a.businessCategory(), a.name(), a.kind(), a.medium(), a.networkZone(),
                a.maker(), a.model(), a.serialNo(), a.sectionId(), a.managerStaffId(), a.users(), a.classes(),
                a.personalInfo(), a.storagePlace(), a.lockedStorage(), a.encrypted(), a.acquiredOn(), a.ownership(),
                a.leaseEndsOn(), status, a.retentionUntil(), a.registeredOn(), a.lastReviewedOn(), recordNo,
                a.note());
    }
}
