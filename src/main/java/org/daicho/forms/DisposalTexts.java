package org.daicho.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.daicho.domain.Asset;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalDecision;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.EvidenceFile;
import org.daicho.domain.SanitisationMethod;
import org.daicho.i18n.Messages;

/**
 * The texts the 廃棄記録簿 and its 消去・廃棄証明 sheets share: times, media, method, people, permission and evidence.
 * Every method copes with a record that has no execution or decision yet (empty text).
 */
final class DisposalTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateStyle dateStyle;

    DisposalTexts(Messages messages, DateStyle dateStyle) {
        this.messages = messages;
        this.dateStyle = dateStyle;
    }

    /** 「令和8年4月1日」 or 「2026/04/01」; empty for none. */
    String date(LocalDate day) {
        return dateStyle.format(day);
    }

    /** 「令和8年4月1日 09:00」 or 「2026/04/01 09:00」; empty for none. */
    String dateTime(LocalDateTime time) {
        return time == null ? "" : dateStyle.format(time.toLocalDate()) + " " + TIME.format(time);
    }

    /** 「電磁的記録媒体（USBメモリ 32GB）」: the kind and the medium/capacity of the ledger. */
    String mediaType(Asset a) {
        String kind = messages.label(a.kind());
        return blank(a.medium()) ? kind : messages.get("form.disposal.mediaType", kind, a.medium().strip());
    }

    /** 種別・メーカー・型番・製造番号・媒体/容量, one line each for kind, maker and model, serial number. */
    String media(Asset a) {
        return lines(mediaType(a), join(" ", a.maker(), a.model()),
                blank(a.serialNo()) ? "" : messages.get("form.disposal.serial", a.serialNo().strip()));
    }

    /** 「上書き消去」 with the details on the next line (「3回上書き」). */
    String technique(DisposalExecution e) {
        return e == null ? "" : lines(messages.label(e.technique()), e.methodDetails());
    }

    /** 「試験消去ツール 3.2」: the tool and its version. */
    String tool(DisposalExecution e) {
        return e == null ? "" : join(" ", e.tool(), e.toolVersion());
    }

    /** The verification method, and its result on the next line. */
    String verification(DisposalExecution e) {
        if (e == null) {
            return "";
        }
        return lines(e.verificationMethod(),
                e.verificationResult().isEmpty() ? "" : messages.get("form.disposal.result", e.verificationResult()));
    }

    /** Whether the work was done by a contractor's worker rather than a staff member. */
    static boolean byContractorWorker(DisposalEntry entry) {
        DisposalExecution e = entry.record().execution();
        return e != null && e.performerStaffId() == null && !e.performerName().isEmpty();
    }

    /** 所属 of whoever did it: the staff member's section, or the contractor for a contractor's worker. */
    String performerAffiliation(DisposalEntry entry) {
        if (byContractorWorker(entry)) {
            return entry.record().execution().contractor();
        }
        return entry.performerSectionName();
    }

    /** The performer's name with the 所属 (or the contractor) on the next line. */
    String performer(DisposalEntry entry) {
        return lines(entry.performerName(), performerAffiliation(entry));
    }

    /** The witness's name with the 所属 on the next line. */
    String witness(DisposalEntry entry) {
        return lines(entry.witnessName(), entry.witnessSectionName());
    }

    /** The contractor, its certificate number and the date the certificate came, one a line. */
    String contractor(DisposalExecution e) {
        if (e == null) {
            return "";
        }
        return lines(e.contractor(),
                e.certificateNo().isEmpty() ? "" : messages.get("form.disposal.certificateNo", e.certificateNo()),
                e.certificateReceivedOn() == null ? ""
                        : messages.get("form.disposal.receivedOn", date(e.certificateReceivedOn())));
    }

    /** The approver, marked 紙決裁 when permission was given on paper; empty while there is no permission. */
    String approver(DisposalEntry entry) {
        DisposalRecord r = entry.record();
        if (entry.approverName().isEmpty() || r.permittedAt() == null) {
            return "";
        }
        return r.decision().paperApproval() ? messages.get("form.disposal.paper", entry.approverName())
                : entry.approverName();
    }

    /** 許可日: the date on the paper for 紙決裁, else the time it was given in the app. */
    String permittedOn(DisposalRecord r) {
        DisposalDecision d = r.decision();
        if (r.permittedAt() == null) {
            return "";
        }
        return d.paperApproval() && d.paperDecidedOn() != null ? date(d.paperDecidedOn()) : dateTime(d.decidedAt());
    }

    /** 許可者・許可日 of the ledger: the approver, and the date on the next line. */
    String approverAndDate(DisposalEntry entry) {
        return lines(approver(entry), permittedOn(entry.record()));
    }

    /** One evidence file as the forms show it: 「name (sha256)」, marked when its bytes no longer match. */
    String evidence(EvidenceFile file, Set<Long> changed) {
        String line = file.describe();
        return isChanged(file, changed) ? line + " " + messages.get("form.disposal.evidenceChanged") : line;
    }

    static boolean isChanged(EvidenceFile file, Set<Long> changed) {
        return file.id() != null && changed.contains(file.id());
    }

    /** Every evidence file of the record, one a line. */
    String evidence(DisposalRecord r, Set<Long> changed) {
        return r.evidence().stream().map(f -> evidence(f, changed)).collect(Collectors.joining("\n"));
    }

    /**
     * The 証跡 cell of the second and later rows of a record: the list is on the record's first row; a changed
     * file is still flagged, so that filtering on one asset does not hide it.
     */
    String evidenceSeeFirstRow(DisposalRecord r, Set<Long> changed) {
        if (r.evidence().isEmpty()) {
            return "";
        }
        String text = messages.get("form.disposal.evidenceSeeFirst", r.recordNo(), r.evidence().size());
        boolean anyChanged = r.evidence().stream().anyMatch(f -> isChanged(f, changed));
        return anyChanged ? lines(text, messages.get("form.disposal.evidenceChangedShort")) : text;
    }

    /** 消去後の機密性: what the media hold after the method type (NIST "post-sanitization classification"). */
    String postClassification(SanitisationMethod method) {
        return method == null ? "" : messages.get("form.disposal.postClass." + method.name());
    }

    /** 行き先・備考 of the ledger: where the media went, and the note. */
    String notes(DisposalExecution e) {
        if (e == null) {
            return "";
        }
        return lines(e.destination().isEmpty() ? "" : messages.get("form.disposal.destination", e.destination()),
                e.note().isEmpty() ? "" : messages.get("form.disposal.note", e.note()));
    }

    /** バックアップ: 「あり」 or 「なし」. */
    String backedUp(DisposalExecution e) {
        return e == null ? "" : messages.get(e.backedUp() ? "form.disposal.backup.yes" : "form.disposal.backup.no");
    }

    /** The non-empty texts, one a line. */
    static String lines(String... texts) {
        return Arrays.stream(texts).filter(t -> !blank(t)).map(String::strip).collect(Collectors.joining("\n"));
    }

    /** The non-empty texts joined with {@code separator}. */
    static String join(String separator, String... texts) {
        List<String> parts = new ArrayList<>();
        for (String t : texts) {
            if (!blank(t)) {
                parts.add(t.strip());
            }
        }
        return String.join(separator, parts);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
