package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.OrganisationSettings;
import org.daicho.i18n.Messages;

/**
 * The 持出・持込記録簿 of one 年度 as an .xlsx (forms.md B and "Common to every exported form"), with a second
 * sheet 返却遅延 listing what is overdue at the time of printing (whatever 年度 it went out in).
 */
public final class CarryLogForm {

    /** The columns of forms.md B, with 状態 and 備考 (reasons and comments) added. */
    public enum Column {
        KIND, STATUS, APPLIED_ON, TARGET, CONTENT, CARRIER, PURPOSE, DESTINATION, OUT_AT, PLANNED_RETURN,
        RETURNED_AT, RETURN_CHECKER, APPROVER, PERMITTED_AT, MEASURES, DEVICE_OWNER, VIRUS_SCAN, PATCHES,
        PERIOD, NOTES
    }

    /** The columns of the 返却遅延 sheet. */
    public enum OverdueColumn {
        TARGET, CONTENT, CARRIER, DESTINATION, OUT_AT, PLANNED_RETURN, DAYS, APPROVER
    }

    private final Messages messages;
    private final OrganisationSettings settings;
    private final CarryTexts texts;

    public CarryLogForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
        this.texts = new CarryTexts(messages, settings.dateStyle());
    }

    /** The highest 機密性 of every row of both sheets (1 when there are none), for the file's mark. */
    public static int highestConfidentiality(List<CarryEntry> entries, List<CarryEntry> overdue) {
        return Stream.concat(entries.stream(), overdue.stream()).mapToInt(CarryEntry::highestConfidentiality).max()
                .orElse(1);
    }

    /** e.g. 機密性2_持出・持込記録簿_令和8年度.xlsx */
    public String fileName(int highestConfidentiality, FiscalYear year) {
        return FormWorkbook.fileName(messages, highestConfidentiality, title(), year.label(settings.dateStyle()));
    }

    public String title() {
        return messages.get("form.carry.title");
    }

    /**
     * Writes the workbook.
     *
     * @param entries   the records of the 年度, in the order to print
     * @param overdue   the records overdue at {@code printTime}
     */
    public void write(FiscalYear year, List<CarryEntry> entries, List<CarryEntry> overdue, LocalDateTime printTime,
            OutputStream out, FormProgress progress) throws IOException {
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(),
                highestConfidentiality(entries, overdue), printTime.toLocalDate())) {
            RowCounter counter = new RowCounter(progress, entries.size() + (long) overdue.size());
            writeSheet(book, year, entries.size(), entries::forEach, counter);

            FormSheet late = book.createSheet(messages.get("form.carry.overdue.title"), overdueColumns());
            late.writeTitleBlock(messages.get("form.carry.overdue.subtitle", texts.dateTime(printTime), overdue.size()));
            for (CarryEntry entry : overdue) {
                writeOverdueRow(late.addRow(), entry, printTime);
                counter.row();
            }
            late.finish();
            book.write(out);
        }
    }

    /**
     * Writes the 年度's log as one sheet of {@code book} (this form's file, or the audit book).
     *
     * @param count the number of records {@code entries} gives, for the line under the title
     */
    FormSheet writeSheet(FormWorkbook book, FiscalYear year, long count, FormRows<CarryEntry> entries,
            RowCounter counter) {
        DateStyle style = settings.dateStyle();
        FormSheet log = book.createSheet(title(), columns());
        log.writeTitleBlock(messages.get("form.carry.subtitle", year.label(style), style.format(year.firstDay()),
                style.format(year.lastDay()), count));
        entries.forEach(entry -> {
            writeRow(log.addRow(), entry);
            counter.row();
        });
        log.finish();
        return log;
    }

    private List<FormColumn> columns() {
        int dateTimeWidth = settings.dateStyle() == DateStyle.WAREKI ? 18 : 16;
        List<FormColumn> columns = new ArrayList<>();
        for (Column c : Column.values()) {
            int width = switch (c) {
                case KIND, STATUS, VIRUS_SCAN, PATCHES -> 8;
                case APPLIED_ON -> settings.dateStyle() == DateStyle.WAREKI ? 18 : 11;
                case TARGET, CONTENT, PURPOSE, NOTES -> 24;
                case CARRIER, DESTINATION, APPROVER, RETURN_CHECKER, MEASURES, DEVICE_OWNER -> 14;
                case OUT_AT, PLANNED_RETURN, RETURNED_AT, PERMITTED_AT -> dateTimeWidth;
                case PERIOD -> 22;
            };
            columns.add(new FormColumn(messages.get("form.carry.column." + c.name()), width));
        }
        return columns;
    }

    private List<FormColumn> overdueColumns() {
        int dateTimeWidth = settings.dateStyle() == DateStyle.WAREKI ? 18 : 16;
        List<FormColumn> columns = new ArrayList<>();
        for (OverdueColumn c : OverdueColumn.values()) {
            int width = switch (c) {
                // the first column also holds the subtitle (「令和8年11月24日 09:00 現在　返却遅延 2 件」)
                case TARGET -> 38;
                case CONTENT -> 24;
                case CARRIER, DESTINATION, APPROVER -> 16;
                case OUT_AT, PLANNED_RETURN -> dateTimeWidth;
                case DAYS -> 8;
            };
            columns.add(new FormColumn(messages.get("form.carry.overdue.column." + c.name()), width));
        }
        return columns;
    }

    /** Writes the cells in {@link Column} order; the switch makes a new column a compile error here. */
    private void writeRow(FormRow row, CarryEntry e) {
        CarryRecord r = e.record();
        boolean bringIn = r.kind() == CarryKind.BRING_IN;
        for (Column c : Column.values()) {
            switch (c) {
                case KIND -> row.centred(messages.label(r.kind()));
                case STATUS -> row.centred(messages.label(r.status()));
                case APPLIED_ON -> row.date(r.appliedAt().toLocalDate());
                case TARGET -> row.text(texts.target(e));
                case CONTENT -> row.text(texts.contentAndClass(e));
                case CARRIER -> row.text(texts.carrier(e));
                case PURPOSE -> row.text(r.purpose());
                case DESTINATION -> row.text(r.destination());
                case OUT_AT -> row.text(texts.dateTime(r.actualOut()));
                case PLANNED_RETURN -> row.text(texts.dateTime(r.plannedReturn()));
                case RETURNED_AT -> row.text(texts.dateTime(r.actualReturn()));
                case RETURN_CHECKER -> row.text(e.returnCheckerName());
                case APPROVER -> row.text(texts.approver(e));
                case PERMITTED_AT -> row.text(texts.permittedAt(r));
                case MEASURES -> row.text(texts.measures(r));
                case DEVICE_OWNER -> row.text(bringIn && r.device() != null ? r.device().owner() : "");
                case VIRUS_SCAN -> row.centred(bringIn ? texts.yesNo(r.virusScanned()) : "");
                case PATCHES -> row.centred(bringIn ? texts.yesNo(r.patchesApplied()) : "");
                case PERIOD -> row.text(texts.period(r));
                case NOTES -> row.text(texts.notes(r));
            }
        }
    }

    private void writeOverdueRow(FormRow row, CarryEntry e, LocalDateTime printTime) {
        CarryRecord r = e.record();
        for (OverdueColumn c : OverdueColumn.values()) {
            switch (c) {
                case TARGET -> row.text(texts.target(e));
                case CONTENT -> row.text(texts.contentAndClass(e));
                case CARRIER -> row.text(texts.carrier(e));
                case DESTINATION -> row.text(r.destination());
                case OUT_AT -> row.text(texts.dateTime(r.actualOut()));
                case PLANNED_RETURN -> row.text(texts.dateTime(r.plannedReturn()));
                case DAYS -> row.number(r.daysOverdue(printTime.toLocalDate()));
                case APPROVER -> row.text(texts.approver(e));
            }
        }
    }
}
