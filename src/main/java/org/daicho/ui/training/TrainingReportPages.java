package org.daicho.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.Section;
import org.daicho.domain.StaffTrainingStatus;
import org.daicho.domain.TrainingReport;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.DateTimeText;

/**
 * 研修実施状況報告 as JavaFX nodes, one node per A4 page: the title and 報告日, then the tables (全体, 所属別, 任用区分別,
 * 新規採用者, 研修の実施状況, 未受講者一覧). Every line has a fixed height, so the pages are cut without measuring: a table
 * that runs over a page goes on with its header repeated, and a heading is never left alone at the foot of a page.
 * Pure node building (no window, no printer), so it is checked headless; the preview and the printer use it alike.
 */
public final class TrainingReportPages {

    /** A4 in points (1/72 inch), which is also what a JavaFX print page layout counts in. */
    public static final double PAPER_WIDTH = 595;
    public static final double PAPER_HEIGHT = 842;
    public static final double MARGIN = 40;
    /** One page's content: what is printed, scaled to the printable area. */
    public static final double PAGE_WIDTH = PAPER_WIDTH - 2 * MARGIN;
    public static final double PAGE_HEIGHT = PAPER_HEIGHT - 2 * MARGIN;

    static final double ROW = 17;
    static final double HEAD = 19;
    static final double HEADING = 28;
    static final double FOOTER = 20;
    static final double BODY_HEIGHT = PAGE_HEIGHT - FOOTER;
    private static final String STYLESHEET = TrainingDialogs.STYLESHEET;

    private final Messages messages;
    private final DateStyle style;
    private final Map<Long, Section> sections;
    private final List<Line> lines = new ArrayList<>();

    /** One line of the report, {@code height} tall; {@code header} repeats a table's header on a new page. */
    private record Line(Region node, double height, boolean keepWithNext, Supplier<Region> header) {
    }

    /** A column: its title, its share of the width, and whether its figures are right-aligned. */
    private record Column(String title, double share, boolean figure) {
    }

    private TrainingReportPages(Messages messages, DateStyle style, Map<Long, Section> sections) {
        this.messages = messages;
        this.style = style;
        this.sections = sections;
    }

    /** The report's pages, each {@link #PAGE_WIDTH} × {@link #PAGE_HEIGHT}, numbered 「1 / 2」 at the foot. */
    public static List<Region> pages(TrainingReport report, Map<Long, Section> sections, Messages messages,
            DateStyle style, String organisation) {
        TrainingReportPages builder = new TrainingReportPages(messages, style, sections);
        builder.build(report, organisation == null ? "" : organisation);
        return builder.paginate(messages.get("training.ui.report.title"));
    }

    /** A page on white A4 paper with its margins, as the preview shows it. */
    public static Region paper(Region page) {
        StackPane paper = new StackPane(page);
        paper.getStyleClass().add("report-paper");
        paper.setPadding(new Insets(MARGIN));
        paper.setMinSize(PAPER_WIDTH, PAPER_HEIGHT);
        paper.setPrefSize(PAPER_WIDTH, PAPER_HEIGHT);
        paper.setMaxSize(PAPER_WIDTH, PAPER_HEIGHT);
        StackPane.setAlignment(page, Pos.TOP_LEFT);
        return paper;
    }

    // ---- the content ------------------------------------------------------------------------------------

    private void build(TrainingReport report, String organisation) {
        Label title = text(messages.get("training.ui.report.title"), "report-title", PAGE_WIDTH, 32);
        title.setAlignment(Pos.CENTER);
        title.setId("reportTitle");
        add(title, 32, false);
        Label year = text(messages.get("training.ui.report.yearLine", report.year().label(style),
                style.format(report.year().firstDay()), style.format(report.year().lastDay())), "report-subtitle",
                PAGE_WIDTH, 22);
        year.setAlignment(Pos.CENTER);
        add(year, 22, false);
        Label date = text(messages.get("training.ui.report.date", style.format(report.reportDate())), "report-text",
                PAGE_WIDTH, ROW);
        date.setAlignment(Pos.CENTER_RIGHT);
        date.setId("reportDate");
        add(date, ROW, false);
        Label org = text(organisation, "report-text", PAGE_WIDTH, ROW);
        org.setAlignment(Pos.CENTER_RIGHT);
        add(org, ROW, false);
        add(text(messages.get("training.ui.report.counted", style.format(report.referenceDay())), "report-note",
                PAGE_WIDTH, ROW), ROW, false);

        // 1. 全体
        heading("training.ui.report.section.total");
        List<Column> totals = List.of(new Column(messages.get("training.ui.report.counted.column"), 0.25, true),
                new Column(messages.get("training.ui.report.trained"), 0.25, true),
                new Column(messages.get("training.ui.report.untrained"), 0.25, true),
                new Column(messages.get("training.ui.report.rate"), 0.25, true));
        table(totals, List.of(new Row("reportTotalRow", figures(report.total()))));

        // 2. 所属別
        heading("training.ui.report.section.bySection");
        List<Column> bySection = countColumns(messages.get("training.ui.report.column.section"));
        List<Row> sectionRows = new ArrayList<>();
        report.bySection().forEach((section, count) -> sectionRows.add(new Row("reportSectionRow-" + section.id(),
                withName(section.name(), count))));
        table(bySection, sectionRows);

        // 3. 任用区分別
        heading("training.ui.report.section.byType");
        List<Row> typeRows = new ArrayList<>();
        for (Map.Entry<EmploymentType, TrainingReport.Count> e : report.byEmploymentType().entrySet()) {
            typeRows.add(new Row("reportTypeRow-" + e.getKey().name(), withName(messages.label(e.getKey()), e.getValue())));
        }
        table(countColumns(messages.get("training.ui.report.column.type")), typeRows);

        // 4. 新規採用者
        heading("training.ui.report.section.newHires");
        List<Column> newHires = List.of(new Column(messages.get("training.ui.report.newHires"), 0.25, true),
                new Column(messages.get("training.ui.report.newHiresTrained"), 0.25, true),
                new Column(messages.get("training.ui.report.untrained"), 0.25, true),
                new Column(messages.get("training.ui.report.rate"), 0.25, true));
        table(newHires, List.of(new Row("reportNewHireRow", figures(report.newHires()))));
        if (!report.newHiresUntrained().isEmpty()) {
            subheading("training.ui.report.newHiresUntrained");
            List<Column> people = List.of(new Column(messages.get("training.ui.report.column.section"), 0.3, false),
                    new Column(messages.get("training.ui.report.column.staffNo"), 0.2, false),
                    new Column(messages.get("training.ui.report.column.name"), 0.3, false),
                    new Column(messages.get("training.ui.report.column.hiredOn"), 0.2, false));
            List<Row> rows = new ArrayList<>();
            for (StaffTrainingStatus p : report.newHiresUntrained()) {
                rows.add(new Row(null, List.of(sectionName(p), p.staff().staffNo(), p.staff().name(),
                        style.format(p.staff().hiredOn()))));
            }
            table(people, rows);
        }

        // 5. 研修の実施状況
        heading("training.ui.report.section.sessions");
        if (report.sessions().isEmpty()) {
            add(text(messages.get("training.ui.report.noSessions"), "report-text", PAGE_WIDTH, ROW), ROW, false);
        } else {
            List<Column> sessionColumns = List.of(new Column(messages.get("training.field.HELD_ON"), 0.10, false),
                    new Column(messages.get("training.field.TITLE"), 0.375, false),
                    new Column(messages.get("training.field.KIND"), 0.155, false),
                    new Column(messages.get("training.ui.report.column.format"), 0.13, false),
                    new Column(messages.get("enum.AttendanceResult.ATTENDED"), 0.07, true),
                    new Column(messages.get("enum.AttendanceResult.ABSENT"), 0.07, true),
                    new Column(messages.get("training.ui.report.column.madeUp"), 0.10, true));
            List<Row> rows = new ArrayList<>();
            for (TrainingReport.SessionCount s : report.sessions()) {
                rows.add(new Row("reportSessionRow-" + s.session().id(), List.of(
                        DateTimeText.shortDate(s.session().heldOn(), style), s.session().title(),
                        messages.label(s.session().kind()), messages.label(s.session().format()),
                        String.valueOf(s.attended()), String.valueOf(s.absent()), String.valueOf(s.madeUp()))));
            }
            table(sessionColumns, rows);
        }

        // 6. 未受講者一覧
        heading("training.ui.report.section.untrained");
        if (report.untrained().isEmpty()) {
            add(text(messages.get("training.ui.report.noUntrained"), "report-text", PAGE_WIDTH, ROW), ROW, false);
        } else {
            List<Column> people = List.of(new Column(messages.get("training.ui.report.column.section"), 0.2, false),
                    new Column(messages.get("training.ui.report.column.staffNo"), 0.13, false),
                    new Column(messages.get("training.ui.report.column.name"), 0.2, false),
                    new Column(messages.get("training.ui.report.column.type"), 0.12, false),
                    new Column(messages.get("training.ui.report.column.reason"), 0.35, false));
            List<Row> rows = new ArrayList<>();
            for (StaffTrainingStatus p : report.untrained()) {
                rows.add(new Row(null, List.of(sectionName(p), p.staff().staffNo(), p.staff().name(),
                        messages.label(p.staff().employmentType()), String.join("、", p.absenceReasons()))));
            }
            table(people, rows);
        }
    }

    private record Row(String id, List<String> cells) {
    }

    private String sectionName(StaffTrainingStatus p) {
        Section s = sections.get(p.staff().sectionId());
        return s == null ? "" : s.name();
    }

    private List<Column> countColumns(String first) {
        return List.of(new Column(first, 0.36, false),
                new Column(messages.get("training.ui.report.counted.column"), 0.16, true),
                new Column(messages.get("training.ui.report.trained"), 0.16, true),
                new Column(messages.get("training.ui.report.untrained"), 0.16, true),
                new Column(messages.get("training.ui.report.rate"), 0.16, true));
    }

    private List<String> figures(TrainingReport.Count count) {
        return List.of(messages.get("training.ui.report.people", count.counted()),
                messages.get("training.ui.report.people", count.trained()),
                messages.get("training.ui.report.people", count.counted() - count.trained()),
                TrainingTexts.percent(count.rate()));
    }

    private List<String> withName(String name, TrainingReport.Count count) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.addAll(figures(count));
        return cells;
    }

    private void heading(String key) {
        Label heading = text(messages.get(key), "report-heading", PAGE_WIDTH, HEADING);
        heading.setAlignment(Pos.BOTTOM_LEFT);
        add(heading, HEADING, true);
    }

    private void subheading(String key) {
        Label heading = text(messages.get(key), "report-subheading", PAGE_WIDTH, HEAD + 4);
        heading.setAlignment(Pos.BOTTOM_LEFT);
        add(heading, HEAD + 4, true);
    }

    private void table(List<Column> columns, List<Row> rows) {
        Supplier<Region> header = () -> line(columns, columns.stream().map(Column::title).toList(), true, null);
        add(header.get(), HEAD, true);
        for (Row row : rows) {
            lines.add(new Line(line(columns, row.cells(), false, row.id()), ROW, false, header));
        }
    }

    private HBox line(List<Column> columns, List<String> cells, boolean head, String id) {
        HBox line = new HBox();
        line.getStyleClass().add(head ? "report-head-row" : "report-row");
        if (id != null) {
            line.setId(id);
        }
        double height = head ? HEAD : ROW;
        double left = PAGE_WIDTH;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            // whole points, the last column taking the rest: every table ends on the same line
            double width = i == columns.size() - 1 ? left : Math.round(PAGE_WIDTH * column.share());
            left -= width;
            Label cell = text(cells.get(i), head ? "report-head" : "report-cell", width, height);
            cell.setAlignment(head ? Pos.CENTER : column.figure() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            if (i == 0) {
                cell.getStyleClass().add("first");
            }
            line.getChildren().add(cell);
        }
        fix(line, PAGE_WIDTH, height);
        return line;
    }

    private static Label text(String value, String styleClass, double width, double height) {
        Label label = new Label(value);
        label.getStyleClass().add(styleClass);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setWrapText(false);
        fix(label, width, height);
        return label;
    }

    private static void fix(Region region, double width, double height) {
        region.setMinSize(width, height);
        region.setPrefSize(width, height);
        region.setMaxSize(width, height);
    }

    private void add(Region node, double height, boolean keepWithNext) {
        lines.add(new Line(node, height, keepWithNext, null));
    }

    // ---- pages ------------------------------------------------------------------------------------------

    private List<Region> paginate(String title) {
        List<List<Region>> bodies = new ArrayList<>();
        List<Region> body = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            // a heading and a table's header go with the line after them
            double needed = line.height();
            for (int j = i; j + 1 < lines.size() && lines.get(j).keepWithNext(); j++) {
                needed += lines.get(j + 1).height();
            }
            if (used > 0 && used + needed > BODY_HEIGHT) {
                bodies.add(body);
                body = new ArrayList<>();
                used = 0;
                if (line.header() != null) {
                    body.add(line.header().get());
                    used += HEAD;
                }
            }
            body.add(line.node());
            used += line.height();
        }
        bodies.add(body);
        List<Region> pages = new ArrayList<>();
        for (int n = 0; n < bodies.size(); n++) {
            VBox content = new VBox();
            content.getChildren().addAll(bodies.get(n));
            Label footer = text(messages.get("training.ui.report.footer", title, n + 1, bodies.size()), "report-footer",
                    PAGE_WIDTH, FOOTER);
            footer.setAlignment(Pos.BOTTOM_CENTER);
            BorderPane page = new BorderPane(content);
            page.setBottom(footer);
            page.getStyleClass().add("report-page");
            page.getStylesheets().add(STYLESHEET);
            page.setId("reportPage-" + (n + 1));
            fix(page, PAGE_WIDTH, PAGE_HEIGHT);
            pages.add(page);
        }
        return pages;
    }
}
