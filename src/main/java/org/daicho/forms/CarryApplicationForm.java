package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.OrganisationSettings;
import org.daicho.i18n.Messages;

/**
 * The printable 持出・持込申請書 of one record: one A4 page with the approval boxes of the settings above a
 * table of item / content pairs (two pairs a row), including the 情報セキュリティ管理者's permission, and a
 * 確認欄 column where whoever checks the application initials each line. The fifth column also keeps the
 * approval boxes over the table's own columns (they are laid from the right edge, column A holding the
 * title). Its classification is the highest 機密性 of the record's assets.
 */
public final class CarryApplicationForm {

    /** Rows of the table: each has two (label, value) pairs. */
    private static final int LABEL_WIDTH = 26;
    private static final int VALUE_WIDTH = 36;
    private static final int CHECK_WIDTH = 18;

    private final Messages messages;
    private final OrganisationSettings settings;
    private final CarryTexts texts;

    public CarryApplicationForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
        this.texts = new CarryTexts(messages, settings.dateStyle());
    }

    public String title() {
        return messages.get("form.carry.application.title");
    }

    /** e.g. 機密性2_持出・持込申請書_No12.xlsx */
    public String fileName(CarryEntry entry) {
        return FormWorkbook.fileName(messages, entry.highestConfidentiality(), title(),
                messages.get("form.carry.application.fileSuffix", String.valueOf(entry.id())));
    }

    public void write(CarryEntry entry, LocalDate printDate, OutputStream out, FormProgress progress)
            throws IOException {
        CarryRecord r = entry.record();
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(), entry.highestConfidentiality(),
                printDate)) {
            String item = messages.get("form.carry.application.item");
            String content = messages.get("form.carry.application.content");
            FormSheet sheet = book.createSheet(title(), List.of(new FormColumn(item, LABEL_WIDTH),
                    new FormColumn(content, VALUE_WIDTH), new FormColumn(item, LABEL_WIDTH),
                    new FormColumn(content, VALUE_WIDTH),
                    new FormColumn(messages.get("form.carry.application.check"), CHECK_WIDTH)));
            String subtitle = messages.get("form.carry.application.subtitle", String.valueOf(entry.id()),
                    messages.label(r.kind()));
            if (entry.isConfidential3()) {
                subtitle += "　" + messages.get("carry.flag.confidential3");
            }
            sheet.writeTitleBlock(subtitle);
            boolean bringIn = r.kind() == CarryKind.BRING_IN;
            String[][] rows = {
                {"carry.field.KIND", messages.label(r.kind()), "carry.field.STATUS", messages.label(r.status())},
                {"carry.field.APPLIED_AT", texts.dateTime(r.appliedAt()), "carry.field.APPLICANT", entry.applicantName()},
                {"form.carry.column.CARRIER", texts.carrier(entry), "carry.field.DESTINATION", r.destination()},
                {"carry.field.PLANNED_OUT", texts.dateTime(r.plannedOut()), "carry.field.PLANNED_RETURN",
                    texts.dateTime(r.plannedReturn())},
                {"form.carry.column.TARGET", texts.target(entry), "form.carry.column.CONTENT",
                    texts.contentAndClass(entry)},
                {"carry.field.PURPOSE", r.purpose(), "carry.field.MEASURES", texts.measures(r)},
                {"carry.field.CONFIDENTIAL3_REASON", r.confidential3Reason(), "carry.field.WARNING_REASON",
                    r.warningReason()},
                {"form.carry.column.DEVICE_OWNER", bringIn && r.device() != null ? r.device().owner() : "",
                    "form.carry.column.PERIOD", texts.period(r)},
                {"carry.field.VIRUS_SCANNED", bringIn ? texts.yesNo(r.virusScanned()) : "",
                    "carry.field.PATCHES_APPLIED", bringIn ? texts.yesNo(r.patchesApplied()) : ""},
                {"form.carry.column.APPROVER", texts.approver(entry), "form.carry.column.PERMITTED_AT",
                    texts.permittedAt(r)},
                {"carry.field.DECISION_COMMENT", r.decisionComment(), "carry.field.PERMISSION_REQUIRED",
                    texts.yesNo(r.permissionRequired())},
                {"carry.field.ACTUAL_OUT", texts.dateTime(r.actualOut()), "carry.field.ACTUAL_RETURN",
                    texts.dateTime(r.actualReturn())},
                {"carry.field.RETURN_CHECKER", entry.returnCheckerName(), "carry.field.CANCEL_REASON", r.cancelReason()},
            };
            long done = 0;
            for (String[] line : rows) {
                sheet.addRow().text(messages.get(line[0])).text(line[1]).text(messages.get(line[2])).text(line[3]);
                FormSheet.report(progress, ++done, rows.length);
            }
            sheet.finish();
            book.write(out);
        }
    }
}
