package org.daicho.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.TrainingReport;
import org.daicho.domain.TrainingSession;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.UiTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The printed 研修実施状況報告: its pages carry the report's figures, and a long list runs onto more pages. */
@ExtendWith(ApplicationExtension.class)
class TrainingReportPreviewViewTest {

    @TempDir
    Path dir;

    private Stage stage;
    private DaichoServices services;
    private final Messages messages = Messages.japanese();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        services = TrainingFixtures.start(dir);
        TrainingFixtures.showOwner(stage);
    }

    @AfterEach
    void close() throws Exception {
        UiTestSupport.closeAll(services);
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            out.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> out.addAll(texts(child)));
        }
        return out;
    }

    private Map<Long, Section> sections() {
        return services.settings().sections().stream().collect(Collectors.toMap(Section::id, s -> s));
    }

    @Test
    void thePreviewShowsTheFiguresOfEachSection(FxRobot robot) {
        TrainingSession session = TrainingFixtures.annualSession(services);
        Staff taro = TrainingFixtures.staffOf(services, TrainingFixtures.GENERAL).stream()
                .filter(s -> s.name().equals("試験 太郎")).findFirst().orElseThrow();
        services.training().mark(new AttendanceMark(session.id(), List.of(taro.id()), AttendanceResult.ATTENDED,
                Comprehension.GOOD, "", null));
        TrainingReport report = services.training().report(new FiscalYear(2026));
        Section general = sections().get(TrainingFixtures.sectionId(services, TrainingFixtures.GENERAL));
        TrainingReport.Count count = report.bySection().get(general);

        robot.interact(() -> TrainingReportPreviewView.open(stage, report, sections(), messages, DateStyle.WAREKI,
                "試験市環境衛生組合"));

        Node row = robot.lookup("#reportSectionRow-" + general.id()).query();
        assertThat(texts(row)).containsExactly("総務課", count.counted() + " 名", "1 名",
                (count.counted() - 1) + " 名", TrainingTexts.percent(1.0 / count.counted()));
        assertThat(texts(row)).contains(count.counted() == 2 ? "50.0%" : TrainingTexts.percent(1.0 / count.counted()));
        List<String> all = texts(robot.lookup("#reportPages").query());
        assertThat(all).contains("研修実施状況報告", "令和8年度（令和8年4月1日〜令和9年3月31日）", "報告日　令和8年11月24日",
                "試験市環境衛生組合", "情報セキュリティ研修（全職員）", "架空 次郎", "見本 三郎", "研修実施状況報告　1 / 1");
        assertThat(robot.lookup("#reportPreviewInfo").queryLabeled().getText()).contains("令和8年度", "1 ページ");
        Region page = robot.lookup("#reportPage-1").queryAs(Region.class);
        assertThat(page.getHeight()).isEqualTo(TrainingReportPages.PAGE_HEIGHT);
        assertThat(page.getWidth()).isEqualTo(TrainingReportPages.PAGE_WIDTH);
    }

    @Test
    void aLongUntrainedListRunsOntoMorePagesWithItsHeaderRepeated(FxRobot robot) {
        long works = TrainingFixtures.sectionId(services, TrainingFixtures.WORKS);
        for (int i = 0; i < 80; i++) {
            services.staff().save(null, new StaffDraft(String.format("S%04d", i), "見本 職員" + i, "みほん しょくいん",
                    works, EmploymentType.REGULAR, "2019/04/01", "", false, false));
        }
        TrainingReport report = services.training().report(new FiscalYear(2026));
        List<Region> pages = new ArrayList<>();
        robot.interact(() -> pages.addAll(TrainingReportPages.pages(report, sections(), messages, DateStyle.WAREKI,
                "試験市環境衛生組合")));

        assertThat(pages).hasSizeGreaterThan(1);
        for (Region page : pages) {
            // every page fits: its lines add up to no more than the body
            double lines = ((Pane) ((javafx.scene.layout.BorderPane) page).getCenter()).getChildren().stream()
                    .mapToDouble(n -> ((Region) n).getPrefHeight()).sum();
            assertThat(lines).isLessThanOrEqualTo(TrainingReportPages.BODY_HEIGHT);
        }
        List<String> second = texts(pages.get(1));
        assertThat(second).as("the table goes on with its header").contains("職員番号", "氏名");
        assertThat(second).contains("研修実施状況報告　2 / " + pages.size());
        long listed = pages.stream().flatMap(p -> texts(p).stream()).filter(t -> t.startsWith("見本 職員")).count();
        assertThat(listed).isEqualTo(80);
    }
}
