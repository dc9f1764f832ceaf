package org.daicho.forms;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.DateStyle;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.i18n.Messages;

/** The texts and orders the training forms share: sections, people, marks, the 新規採用者研修 and 同意書 columns. */
final class TrainingTexts {

    /**
     * The 機密性 of every training form. Training records are not classified information, but the forms name staff
     * (personal data): 機密性2, shown in the file name, the properties and the print header (policy 2.3(2)②).
     */
    static final int CONFIDENTIALITY = 2;

    private final Messages messages;
    private final DateStyle dateStyle;
    private final Map<Long, Section> sections = new HashMap<>();

    TrainingTexts(Messages messages, DateStyle dateStyle, List<Section> sections) {
        this.messages = messages;
        this.dateStyle = dateStyle;
        sections.forEach(s -> this.sections.put(s.id(), s));
    }

    /**
     * A note with each Japanese sentence on a line of its own: LibreOffice wraps Japanese without 禁則, so a long
     * sentence may otherwise put 「。」 at the start of the next line.
     */
    static String sentencePerLine(String text) {
        return text.replace("。", "。\n").strip();
    }

    /** 「、」 between items in Japanese, 「; 」 in English. */
    String separator() {
        return FormText.listSeparator(messages.locale());
    }

    String sectionName(long sectionId) {
        Section s = sections.get(sectionId);
        return s == null ? "" : s.name();
    }

    /** By 所属 in the sections' order (unknown ones last), then by ふりがな, then by 職員番号. */
    Comparator<Staff> bySectionThenKana() {
        Collator kana = Collator.getInstance(Locale.JAPANESE);
        return Comparator.comparingInt((Staff s) -> sectionOrder(s.sectionId()))
                .thenComparing(Staff::kana, kana)
                .thenComparing(Staff::staffNo);
    }

    /** By 所属 in the sections' order, then by 職員番号 (the order of the report's lists). */
    Comparator<StaffTrainingStatus> bySectionThenNo() {
        return Comparator.comparingInt((StaffTrainingStatus p) -> sectionOrder(p.staff().sectionId()))
                .thenComparing(p -> p.staff().staffNo());
    }

    private int sectionOrder(long sectionId) {
        Section s = sections.get(sectionId);
        return s == null ? Integer.MAX_VALUE : s.sortOrder();
    }

    /** 「出席」「欠席」「後日受講」, empty before the session is marked. */
    String result(Attendance mark) {
        return mark == null ? "" : messages.label(mark.result());
    }

    /** 理解度確認: empty unless it was checked (the column is also filled in by hand). */
    String comprehension(Attendance mark) {
        if (mark == null || mark.result() == AttendanceResult.ABSENT
                || mark.comprehension() == Comprehension.NOT_CHECKED) {
            return "";
        }
        return messages.label(mark.comprehension());
    }

    /** 備考 of a roster line: the reason for 欠席, or the day of the 後日受講. */
    String markNote(Attendance mark) {
        if (mark == null) {
            return "";
        }
        return switch (mark.result()) {
            case ABSENT -> mark.absenceReason();
            case MAKE_UP -> mark.makeUpOn() == null ? ""
                    : messages.get("form.training.roster.madeUpOn", dateStyle.format(mark.makeUpOn()));
            case ATTENDED -> "";
        };
    }

    /** 新規採用者研修: 対象外 (not hired this year), 受講済, 未受講. */
    String newHire(StaffTrainingStatus p) {
        if (!p.newHire()) {
            return messages.get("form.training.newHire.notApplicable");
        }
        return messages.get(p.newHireTrained() ? "form.training.newHire.trained" : "form.training.newHire.untrained");
    }

    /** 同意書 of 非常勤・臨時: its date, or 未提出; 対象外 for the others. */
    String consent(Staff staff) {
        if (!staff.needsConsent()) {
            return messages.get("form.training.consent.notApplicable");
        }
        return staff.consentOn() == null ? messages.get("form.training.consent.missing")
                : dateStyle.format(staff.consentOn());
    }

    /** The reasons given for the year's absences, joined. */
    String reasons(StaffTrainingStatus p) {
        return String.join(separator(), p.absenceReasons());
    }
}
