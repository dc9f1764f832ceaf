package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingCompliance;
import org.daicho.i18n.Messages;

/**
 * 年度受講状況 (forms.md D): one line per person counted in a 年度 — 所属, 氏名, 任用区分, 採用日, 受講回数, 最終受講日,
 * 新規採用者研修, 同意書 (非常勤・臨時), 未受講理由 — by 所属 then 職員番号. The lines of people with no training this
 * year are coloured. A4 landscape, one page wide.
 */
public final class TrainingStatusForm {

    /** The 機密性 every training form carries (名簿, 年度受講状況, 実施状況報告): they list staff, personal data. */
    public static final int CONFIDENTIALITY = TrainingTexts.CONFIDENTIALITY;

    /** The columns of the table, left to right. */
    public enum Column {
        SECTION, NAME, EMPLOYMENT, HIRED_ON, COUNT, LAST_TRAINED_ON, NEW_HIRE, CONSENT, REASONS
    }

    private final Messages messages;
    private final OrganisationSettings settings;

    public TrainingStatusForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String title() {
        return messages.get("form.training.status.title");
    }

    /** e.g. 機密性2_年度受講状況_令和8年度.xlsx */
    public String fileName(FiscalYear year) {
        return FormWorkbook.fileName(messages, TrainingTexts.CONFIDENTIALITY, title(), year.label(settings.dateStyle()));
    }

    /** Writes the 年度's status as {@code compliance} has it (its reference day is the 「現在」 of the sheet). */
    public void write(TrainingCompliance compliance, List<Section> sections, LocalDate printDate, OutputStream out,
            FormProgress progress) throws IOException {
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(), TrainingTexts.CONFIDENTIALITY,
                printDate)) {
            writeSheet(book, compliance, sections, new RowCounter(progress, compliance.people().size()));
            book.write(out);
        }
    }

    /** Writes the 年度's status as one sheet of {@code book} (this form's file, or the audit book). */
    FormSheet writeSheet(FormWorkbook book, TrainingCompliance compliance, List<Section> sections,
            RowCounter counter) {
        TrainingTexts texts = new TrainingTexts(messages, settings.dateStyle(), sections);
        DateStyle style = settings.dateStyle();
        FiscalYear year = compliance.year();
        List<StaffTrainingStatus> people = new ArrayList<>(compliance.people());
        people.sort(texts.bySectionThenNo());
        FormSheet sheet = book.createSheet(title(), columns(), FormLayout.FULL_SIZE);
        sheet.writeTitleRows(messages.get("form.training.status.subtitle", year.label(style),
                style.format(year.firstDay()), style.format(year.lastDay()),
                style.format(compliance.referenceDay()), people.size(), compliance.untrained().size()),
                TrainingTexts.sentencePerLine(messages.get("form.training.status.explanation",
                        style.format(compliance.referenceDay()))));
        sheet.writeHeaderRow();
        for (StaffTrainingStatus p : people) {
            Staff s = p.staff();
            sheet.addRow().highlight(p.untrained())
                    .text(texts.sectionName(s.sectionId()))
                    .text(s.name())
                    .centred(messages.label(s.employmentType()))
                    .date(s.hiredOn())
                    .number(p.trainedCount())
                    .date(p.lastTrainedOn())
                    .centred(texts.newHire(p))
                    .centred(texts.consent(s))
                    .text(texts.reasons(p));
            counter.row();
        }
        sheet.finish();
        return sheet;
    }

    private List<FormColumn> columns() {
        int dateWidth = settings.dateStyle() == DateStyle.WAREKI ? 17 : 12;
        List<FormColumn> columns = new ArrayList<>();
        for (Column c : Column.values()) {
            int width = switch (c) {
                case SECTION, NAME -> 16;
                case EMPLOYMENT, COUNT -> 10;
                case HIRED_ON, LAST_TRAINED_ON, CONSENT -> dateWidth;
                case NEW_HIRE -> 12;
                case REASONS -> 34;
            };
            columns.add(new FormColumn(messages.get("form.training.status.column." + c.name()), width));
        }
        return columns;
    }
}
