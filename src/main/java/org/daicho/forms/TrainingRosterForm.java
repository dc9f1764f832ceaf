package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daicho.domain.Attendance;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;

/**
 * 研修受講者名簿 (forms.md D): the sign-in sheet of one session, printable before it. A block with the session
 * (年度, 研修名, 実施日, 実施形式, 講師, 対象区分) above one line per person employed on the day, by 所属 then ふりがな,
 * with an empty 署名欄 to sign; 受講, 理解度確認 and 備考 show the marks once they are made. A4 portrait, one page
 * wide, title block and header repeated on every page.
 */
public final class TrainingRosterForm {

    /** The columns of the table, left to right. */
    public enum Column {
        SECTION, NAME, EMPLOYMENT, RESULT, COMPREHENSION, SIGNATURE, NOTE
    }

    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** A line tall enough to sign by hand. */
    private static final float SIGNING_HEIGHT = 27;
    /** The session's title in the file name is cut to this many characters. */
    private static final int FILE_TITLE_LENGTH = 30;

    private final Messages messages;
    private final OrganisationSettings settings;

    public TrainingRosterForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String title() {
        return messages.get("form.training.roster.title");
    }

    /** e.g. 機密性2_研修受講者名簿_20260610_情報セキュリティ研修.xlsx */
    public String fileName(TrainingSession session) {
        String name = session.title().strip();
        if (name.length() > FILE_TITLE_LENGTH) {
            name = name.substring(0, FILE_TITLE_LENGTH);
        }
        return FormWorkbook.fileName(messages, TrainingTexts.CONFIDENTIALITY, title(),
                FILE_DATE.format(session.heldOn()) + "_" + name);
    }

    /**
     * Writes the roster.
     *
     * @param people the staff who can attend (employed on the session's day), in any order
     * @param marks  the session's attendance marks (none before the session)
     */
    public void write(TrainingSession session, List<Section> sections, List<Staff> people, List<Attendance> marks,
            LocalDate printDate, OutputStream out, FormProgress progress) throws IOException {
        TrainingTexts texts = new TrainingTexts(messages, settings.dateStyle(), sections);
        Map<Long, Attendance> markOf = new HashMap<>();
        marks.forEach(m -> markOf.put(m.staffId(), m));
        List<Staff> ordered = new ArrayList<>(people);
        ordered.sort(texts.bySectionThenKana());
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(), TrainingTexts.CONFIDENTIALITY,
                printDate)) {
            FormSheet sheet = book.createSheet(title(), columns(), FormLayout.FULL_SIZE.portrait());
            String day = settings.dateStyle().format(session.heldOn());
            sheet.writeTitleRows(messages.get("form.training.roster.subtitle", day, ordered.size()), null);
            writeSession(sheet, session, day);
            sheet.addParagraph(TrainingTexts.sentencePerLine(messages.get("form.training.roster.instructions")));
            sheet.writeHeaderRow();
            long done = 0;
            for (Staff person : ordered) {
                Attendance mark = markOf.get(person.id());
                sheet.addRow(SIGNING_HEIGHT)
                        .text(texts.sectionName(person.sectionId()))
                        .text(person.name())
                        .centred(messages.label(person.employmentType()))
                        .centred(texts.result(mark))
                        .centred(texts.comprehension(mark))
                        .skip()
                        .text(texts.markNote(mark));
                FormSheet.report(progress, ++done, ordered.size());
            }
            sheet.finish();
            book.write(out);
        }
    }

    /** 年度 / 実施日, 研修名 / 実施形式, 講師 / 対象区分: label and value, two pairs a line. */
    private void writeSession(FormSheet sheet, TrainingSession session, String day) {
        String[][] pairs = {
            {"form.training.roster.fiscalYear", session.fiscalYear().label(settings.dateStyle()),
                "form.training.roster.heldOn", day},
            {"form.training.roster.sessionTitle", session.title(),
                "form.training.roster.format", messages.label(session.format())},
            {"form.training.roster.instructor", session.instructor(),
                "form.training.roster.target", messages.label(session.target())},
        };
        for (String[] pair : pairs) {
            // label | value over 氏名・任用区分 | label | value over 理解度確認 … 備考
            sheet.addRow(FormSheet.LINE_HEIGHT + 4)
                    .label(messages.get(pair[0])).span(2).text(pair[1])
                    .label(messages.get(pair[2])).span(3).text(pair[3]);
        }
    }

    private List<FormColumn> columns() {
        List<FormColumn> columns = new ArrayList<>();
        for (Column c : Column.values()) {
            int width = switch (c) {
                case SECTION, NAME -> 16;
                case EMPLOYMENT -> 10;
                case RESULT -> 11;
                case COMPREHENSION -> 12;
                case SIGNATURE, NOTE -> 18;
            };
            columns.add(new FormColumn(messages.get("form.training.roster.column." + c.name()), width));
        }
        return columns;
    }
}
