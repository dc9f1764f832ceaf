package org.daicho.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Section;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;

/**
 * 研修実施状況報告 (forms.md D; policy 2.5.2(2)⑤): the yearly report to the 情報セキュリティ委員会, one A4 portrait
 * document with the approval boxes of the settings:
 *
 * <ol>
 * <li>受講状況 — 対象者数, 受講者数, 未受講者数 and 受講率 in all, by 所属 and by 任用区分;</li>
 * <li>新規採用者の受講状況 — 対象, 受講済, 未受講 and who has not attended a 新規採用者研修;</li>
 * <li>実施した研修 — each session with its 出席 / 欠席 / 後日受講 counts;</li>
 * <li>未受講者一覧 — 所属, 氏名, 任用区分 and the reasons given.</li>
 * </ol>
 *
 * The figures are {@link TrainingReport}'s, so the window and the printed report always agree.
 */
public final class TrainingReportForm {

    /**
     * The grid every table of the report is laid on, in half-width characters: 実施日 | 研修名 | 種類 | 形式 | 出席 |
     * 欠席 | 後日受講 for the sessions; the other tables merge neighbouring columns. The four narrow columns on the
     * right give approval boxes of one size.
     */
    private static final List<FormColumn> GRID = IntStream.of(17, 24, 16, 10, 11, 11, 11)
            .mapToObj(width -> new FormColumn("", width)).toList();
    private static final int ALL = GRID.size();

    private final Messages messages;
    private final OrganisationSettings settings;

    public TrainingReportForm(Messages messages, OrganisationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    public String title() {
        return messages.get("form.training.report.title");
    }

    /** e.g. 機密性2_研修実施状況報告_令和8年度.xlsx */
    public String fileName(FiscalYear year) {
        return FormWorkbook.fileName(messages, TrainingTexts.CONFIDENTIALITY, title(), year.label(settings.dateStyle()));
    }

    /** Writes the report, dated {@link TrainingReport#reportDate()}. */
    public void write(TrainingReport report, List<Section> sections, OutputStream out, FormProgress progress)
            throws IOException {
        TrainingTexts texts = new TrainingTexts(messages, settings.dateStyle(), sections);
        DateStyle style = settings.dateStyle();
        String year = report.year().label(style);
        // the lines reported: in all, per 所属 and 任用区分, new hires, each session (or "none"), each person untrained
        long total = 2L + report.bySection().size() + report.byEmploymentType().size()
                + Math.max(1, report.sessions().size()) + Math.max(1, report.untrained().size());
        Progress done = new Progress(progress, total);
        try (FormWorkbook book = new FormWorkbook(messages, settings, title(), TrainingTexts.CONFIDENTIALITY,
                report.reportDate())) {
            FormSheet sheet = book.createSheet(title(), GRID, FormLayout.FULL_SIZE.portrait().withoutGridlines());
            sheet.writeTitleRows(messages.get("form.training.report.subtitle", year, style.format(report.reportDate())),
                    messages.get("form.training.report.addressee") + "\n\n"
                            + messages.get("form.training.report.opening", year));
            attendance(sheet, report, done);
            newHires(sheet, report, texts, done);
            sessions(sheet, report, done);
            untrained(sheet, report, texts, done);
            book.write(out);
        }
    }

    /** 1 受講状況: in all, by 所属, by 任用区分. */
    private void attendance(FormSheet sheet, TrainingReport report, Progress done) {
        DateStyle style = settings.dateStyle();
        sheet.addHeading(messages.get("form.training.report.attendance.heading"));
        sheet.addRow()
                .label(messages.get("form.training.report.column.group"))
                .label(messages.get("form.training.report.column.category"))
                .label(messages.get("form.training.report.column.counted"))
                .label(messages.get("form.training.report.column.trained"))
                .label(messages.get("form.training.report.column.untrained"))
                .span(2).label(messages.get("form.training.report.column.rate"));
        countLine(sheet, messages.get("form.training.report.total"), "", report.total());
        done.line();
        String group = messages.get("form.training.report.bySection");
        for (Map.Entry<Section, TrainingReport.Count> e : report.bySection().entrySet()) {
            countLine(sheet, group, e.getKey().name(), e.getValue());
            group = "";
            done.line();
        }
        group = messages.get("form.training.report.byEmploymentType");
        for (Map.Entry<EmploymentType, TrainingReport.Count> e : report.byEmploymentType().entrySet()) {
            countLine(sheet, group, messages.label(e.getKey()), e.getValue());
            group = "";
            done.line();
        }
        sheet.addParagraph(messages.get("form.training.report.attendance.note", style.format(report.referenceDay())));
        sheet.addSpacer();
    }

    private void countLine(FormSheet sheet, String group, String category, TrainingReport.Count count) {
        FormRow line = sheet.addRow()
                .text(group).text(category)
                .number(count.counted()).number(count.trained()).number(count.counted() - count.trained());
        rate(line, count);
    }

    /** 受講率 as a percentage; a dash when nobody is counted (there is nothing to divide). */
    private void rate(FormRow line, TrainingReport.Count count) {
        if (count.counted() == 0) {
            line.span(2).centred(messages.get("form.training.report.noRate"));
        } else {
            line.span(2).percent(count.rate());
        }
    }

    /** 2 新規採用者の受講状況: how many were hired this year, how many attended a 新規採用者研修, and who did not. */
    private void newHires(FormSheet sheet, TrainingReport report, TrainingTexts texts, Progress done) {
        sheet.addHeading(messages.get("form.training.report.newHires.heading"));
        sheet.addRow()
                .span(2).label(messages.get("form.training.report.column.category"))
                .label(messages.get("form.training.report.column.newHires"))
                .label(messages.get("form.training.report.column.newHiresTrained"))
                .label(messages.get("form.training.report.column.newHiresUntrained"))
                .span(2).label(messages.get("form.training.report.column.rate"));
        TrainingReport.Count count = report.newHires();
        FormRow line = sheet.addRow()
                .span(2).text(messages.get("form.training.report.newHires.row"))
                .number(count.counted()).number(count.trained()).number(count.counted() - count.trained());
        rate(line, count);
        String names = report.newHiresUntrained().stream().map(p -> person(texts, p))
                .collect(Collectors.joining(texts.separator()));
        sheet.addRow()
                .label(messages.get("form.training.report.newHires.untrainedNames"))
                .span(ALL - 1).text(names.isEmpty() ? messages.get("form.training.report.none") : names);
        done.line();
        sheet.addSpacer();
    }

    /** 3 実施した研修: every session of the year by day, with a total line. */
    private void sessions(FormSheet sheet, TrainingReport report, Progress done) {
        sheet.addHeading(messages.get("form.training.report.sessions.heading"));
        if (report.sessions().isEmpty()) {
            sheet.addRow().span(ALL).text(messages.get("form.training.report.sessions.none"));
            done.line();
            sheet.addSpacer();
            return;
        }
        sheet.addRow()
                .label(messages.get("form.training.report.column.heldOn"))
                .label(messages.get("form.training.report.column.sessionTitle"))
                .label(messages.get("form.training.report.column.kind"))
                .label(messages.get("form.training.report.column.format"))
                .label(messages.label(AttendanceResult.ATTENDED))
                .label(messages.label(AttendanceResult.ABSENT))
                .label(messages.label(AttendanceResult.MAKE_UP));
        int attended = 0;
        int absent = 0;
        int madeUp = 0;
        for (TrainingReport.SessionCount c : report.sessions()) {
            TrainingSession s = c.session();
            sheet.addRow()
                    .date(s.heldOn()).text(s.title()).centred(messages.label(s.kind()))
                    .centred(messages.label(s.format()))
                    .number(c.attended()).number(c.absent()).number(c.madeUp());
            attended += c.attended();
            absent += c.absent();
            madeUp += c.madeUp();
            done.line();
        }
        sheet.addRow()
                .span(4).label(messages.get("form.training.report.sessions.total", report.sessions().size()))
                .number(attended).number(absent).number(madeUp);
        sheet.addSpacer();
    }

    /** 4 未受講者一覧: who has had no training this year, by 所属, with the reasons given. */
    private void untrained(FormSheet sheet, TrainingReport report, TrainingTexts texts, Progress done) {
        sheet.addHeading(messages.get("form.training.report.untrained.heading"));
        if (report.untrained().isEmpty()) {
            sheet.addRow().span(ALL).text(messages.get("form.training.report.untrained.none"));
            done.line();
            return;
        }
        sheet.addRow()
                .label(messages.get("form.training.report.column.section"))
                .label(messages.get("form.training.report.column.name"))
                .label(messages.get("form.training.report.column.employment"))
                .span(4).label(messages.get("form.training.report.column.reasons"));
        for (StaffTrainingStatus p : report.untrained()) {
            sheet.addRow()
                    .text(texts.sectionName(p.staff().sectionId())).text(p.staff().name())
                    .centred(messages.label(p.staff().employmentType()))
                    .span(4).text(texts.reasons(p));
            done.line();
        }
    }

    /** 「見本課 試験 花子」 */
    private static String person(TrainingTexts texts, StaffTrainingStatus p) {
        return (texts.sectionName(p.staff().sectionId()) + " " + p.staff().name()).strip();
    }

    /** Counts the report's lines for the progress, and stops the form when it is cancelled. */
    private static final class Progress {
        private final FormProgress progress;
        private final long total;
        private long done;

        Progress(FormProgress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void line() {
            FormSheet.report(progress, ++done, total);
        }
    }
}
