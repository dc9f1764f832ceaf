package org.daicho.forms;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.daicho.domain.Asset;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;

/** The texts the carry forms share: times, assets with their classes, measures, the approver. */
final class CarryTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateStyle dateStyle;

    CarryTexts(Messages messages, DateStyle dateStyle) {
        this.messages = messages;
        this.dateStyle = dateStyle;
    }

    private String separator() {
        return FormText.listSeparator(messages.locale());
    }

    /** 「令和8年4月1日 09:00」 or 「2026/04/01 09:00」; empty for none. */
    String dateTime(LocalDateTime time) {
        return time == null ? "" : dateStyle.format(time.toLocalDate()) + " " + TIME.format(time);
    }

    /** 管理番号 and name of each asset, one per line; the 持込 device as 「種類 型番」. */
    String target(CarryEntry e) {
        CarryRecord r = e.record();
        if (r.kind() == CarryKind.BRING_IN) {
            return r.device() == null ? "" : String.join(" ", r.device().kind(), r.device().model()).strip();
        }
        return e.assets().stream().map(a -> a.assetNo() + " " + a.name()).collect(Collectors.joining("\n"));
    }

    /** 「機密性3（要配慮個人情報）」 style: the highest class of the record, and each asset's business category. */
    String contentAndClass(CarryEntry e) {
        if (e.record().kind() == CarryKind.BRING_IN) {
            return messages.get("form.carry.noLedgerData");
        }
        String content = e.assets().stream().map(Asset::businessCategory).filter(s -> !s.isBlank()).distinct()
                .collect(Collectors.joining(separator()));
        String mark = messages.get("form.carry.class", e.highestConfidentiality());
        return content.isEmpty() ? mark : content + "\n" + mark;
    }

    String carrier(CarryEntry e) {
        return (e.carrierSectionName() + " " + e.carrierName()).strip();
    }

    String measures(CarryRecord r) {
        if (r.measures().isEmpty()) {
            return messages.get("form.carry.noMeasures");
        }
        return Arrays.stream(CarryMeasure.values()).filter(r.measures()::contains).map(messages::label)
                .collect(Collectors.joining(separator()));
    }

    /**
     * The approver's name, marked 紙決裁 when permission was given on paper, or 却下 for whoever rejected;
     * empty while undecided.
     */
    String approver(CarryEntry e) {
        if (e.approverName().isEmpty()) {
            return "";
        }
        if (e.record().status() == org.daicho.domain.CarryStatus.REJECTED) {
            return messages.get("form.carry.rejected", e.approverName());
        }
        return e.record().paperApproval() ? messages.get("form.carry.paper", e.approverName()) : e.approverName();
    }

    /** 許可日時 (or the 紙決裁 date); for a rejected record the decision time with 「却下」. */
    String permittedAt(CarryRecord r) {
        if (r.approverStaffId() == null || r.decidedAt() == null) {
            return "";
        }
        if (r.paperApproval() && r.paperDecidedOn() != null) {
            return dateStyle.format(r.paperDecidedOn());
        }
        return dateTime(r.decidedAt());
    }

    /** 使用期間 of a 持込: the planned days. */
    String period(CarryRecord r) {
        if (r.kind() != CarryKind.BRING_IN) {
            return "";
        }
        return dateStyle.format(r.plannedOut().toLocalDate()) + messages.get("form.carry.periodTo")
                + dateStyle.format(r.plannedReturn().toLocalDate());
    }

    /** Reasons and comments: 機密性3 reason, acknowledged warning, decision comment, cancellation. */
    String notes(CarryRecord r) {
        List<String> notes = new java.util.ArrayList<>();
        if (!r.confidential3Reason().isEmpty()) {
            notes.add(messages.get("form.carry.note.confidential3", r.confidential3Reason()));
        }
        if (!r.warningReason().isEmpty()) {
            notes.add(messages.get("form.carry.note.warning", r.warningReason()));
        }
        if (!r.decisionComment().isEmpty()) {
            notes.add(messages.get("form.carry.note.comment", r.decisionComment()));
        }
        if (!r.cancelReason().isEmpty()) {
            notes.add(messages.get("form.carry.note.cancel", r.cancelReason()));
        }
        return String.join("\n", notes);
    }

    String yesNo(boolean value) {
        return messages.get(value ? "form.yes" : "form.no");
    }
}
