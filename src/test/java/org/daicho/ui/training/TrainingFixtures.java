package org.daicho.ui.training;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingSessionDraft;
import org.daicho.domain.TrainingTarget;
import org.daicho.service.DaichoServices;
import org.daicho.testing.TestStores;
import org.daicho.ui.UiTestSupport;

/**
 * A synthetic organisation for the training screens: 総務課 with 試験 太郎, 試験 花子 and the administrator's own
 * 試験 管理者 (if the store has one), 業務課 with 架空 次郎 (a part-time worker without a 同意書) and 見本 三郎, hired
 * this 年度. The clock is {@link UiTestSupport#CLOCK} (2026-11-24). Also the TestFX setup the training tests share.
 */
final class TrainingFixtures {

    static final String GENERAL = "総務課";
    static final String WORKS = "業務課";

    private TrainingFixtures() {
    }

    static DaichoServices store(Path dir) {
        DaichoServices services = TestStores.create(dir, new OrganisationSetup("試験市環境衛生組合",
                List.of(GENERAL, WORKS), List.of("担当", "係長", "課長")), UiTestSupport.CLOCK);
        long general = sectionId(services, GENERAL);
        long works = sectionId(services, WORKS);
        services.staff().save(null, new StaffDraft("T0001", "試験 太郎", "しけん たろう", general,
                EmploymentType.REGULAR, "2020/04/01", "", true, false));
        services.staff().save(null, new StaffDraft("T0002", "試験 花子", "しけん はなこ", general,
                EmploymentType.REGULAR, "2021/04/01", "", false, false));
        services.staff().save(null, new StaffDraft("T0101", "架空 次郎", "かくう じろう", works,
                EmploymentType.PART_TIME, "2022/04/01", "", false, false));
        services.staff().save(null, new StaffDraft("T0102", "見本 三郎", "みほん さぶろう", works,
                EmploymentType.REGULAR, "2026/04/01", "", false, false));
        return services;
    }

    /** A test's start: the app's look, then the organisation in {@code dir}/data. */
    static DaichoServices start(Path dir) {
        UiTestSupport.useAppLook();
        return store(dir.resolve("data"));
    }

    /** A plain window in {@code stage}, to own the dialog under test. */
    static void showOwner(Stage stage) {
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    static long sectionId(DaichoServices services, String name) {
        return services.settings().sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                .id();
    }

    static List<Staff> staffOf(DaichoServices services, String section) {
        long id = sectionId(services, section);
        return services.staff().all().stream().filter(s -> s.sectionId() == id).toList();
    }

    /** A 年次研修 held on 2026-11-20 (before the clock's today). */
    static TrainingSession annualSession(DaichoServices services) {
        return services.training().saveSession(null, new TrainingSessionDraft("情報セキュリティ研修（全職員）",
                TrainingKind.ANNUAL, "2026/11/20", TrainingFormat.CLASSROOM, "総務課 情報担当", TrainingTarget.ALL_STAFF,
                ""));
    }
}
