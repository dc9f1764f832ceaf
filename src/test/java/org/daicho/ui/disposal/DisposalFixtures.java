package org.daicho.ui.disposal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.Role;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.testing.TestStores;
import org.daicho.ui.UiTestSupport;
import org.daicho.ui.main.MainView;
import org.testfx.api.FxRobot;

/**
 * One synthetic organisation for the disposal screens' tests: a security manager (試験 太郎, account shiken.t), a
 * clerk (試験 花子, shiken.h) and another clerk to witness (試験 次郎), USB sticks and a notebook PC of 機密性2, and
 * the administrator of every test store. Logging in closes the store and opens it again as that account, as the
 * login screen would.
 */
final class DisposalFixtures {

    static final String CLERK = "shiken.h";
    static final String CLERK_PASSWORD = "clerk-password-0001";
    static final String MANAGER = "shiken.t";
    static final String MANAGER_PASSWORD = "manager-password-01";

    final Path data;
    final Clock clock;
    final Messages messages = Messages.japanese();
    DaichoServices services;
    Staff manager;
    Staff clerk;
    Staff colleague;

    DisposalFixtures(Path data, Clock clock, int usbSticks) {
        this.data = data;
        this.clock = clock;
        services = TestStores.create(data, new OrganisationSetup("試験市環境衛生組合", List.of("総務課", "業務課"),
                List.of("担当", "係長")), clock);
        long section = services.settings().sections().get(0).id();
        manager = services.staff().save(null, new StaffDraft("T0001", "試験 太郎", "しけん たろう", section,
                EmploymentType.REGULAR, "2020/04/01", "", true, false));
        clerk = services.staff().save(null, new StaffDraft("T0102", "試験 花子", "しけん はなこ", section,
                EmploymentType.REGULAR, "2021/04/01", "", false, false));
        colleague = services.staff().save(null, new StaffDraft("T0103", "試験 次郎", "しけん じろう", section,
                EmploymentType.REGULAR, "2022/04/01", "", false, false));
        services.accounts().create(CLERK, clerk.id(), Set.of(Role.CLERK), CLERK_PASSWORD.toCharArray());
        services.accounts().create(MANAGER, manager.id(), Set.of(Role.SECURITY_MANAGER), MANAGER_PASSWORD.toCharArray());
        for (int i = 1; i <= usbSticks; i++) {
            services.ledger().save(null, asset(String.format("USB-%04d", i), "業務用USBメモリ " + i,
                    AssetKind.STORAGE_MEDIUM, "USBメモリ", String.format("SN-U%04d", i), 2, PersonalInfoKind.PERSONAL,
                    section));
        }
        services.ledger().save(null, asset("PC-0001", "試験用ノートPC", AssetKind.MOBILE, "内蔵SSD", "SN-P0001", 2,
                PersonalInfoKind.NONE, section));
    }

    private AssetDraft asset(String no, String name, AssetKind kind, String medium, String serial, int confidentiality,
            PersonalInfoKind personal, long section) {
        return new AssetDraft().assetNo(no).businessCategory("総務事務").name(name).kind(kind).medium(medium)
                .networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-100").serialNo(serial).sectionId(section)
                .managerStaffId(manager.id()).users("試験 花子").confidentiality(confidentiality).integrity(1)
                .availability(1).personalInfo(personal).storagePlace("事務室 施錠書庫A").lockedStorage(true)
                .encrypted(true).acquiredOn("2020/4/1").ownership(Ownership.PURCHASED).status(AssetStatus.IN_STORAGE)
                .lastReviewedOn("2026/10/1");
    }

    long assetId(String assetNo) {
        return services.ledger().entries().stream().map(LedgerEntry::asset).filter(a -> a.assetNo().equals(assetNo))
                .findFirst().orElseThrow().id();
    }

    /** An application of {@code assetNos} by the logged-in account: Destroy by 物理破壊 on the premises. */
    DisposalEntry apply(String... assetNos) {
        List<Long> ids = java.util.Arrays.stream(assetNos).map(this::assetId).toList();
        return services.disposal().apply(new DisposalDraft(ids, DisposalEnd.DISPOSE, SanitisationMethod.DESTROY,
                SanitisationTechnique.PHYSICAL_DESTRUCTION, DisposalPlace.INSIDE, LocalDate.of(2026, 11, 30),
                "耐用年数を過ぎたため", ""));
    }

    /** Closes the store and logs in as another account; shows its main window on {@code stage}. */
    void logIn(FxRobot robot, Stage stage, String user, String password) {
        robot.interact(() -> stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800)));
        services.close();
        services = DaichoServices.login(data, user, password.toCharArray(), clock, KeyDerivation.forTests()).services();
        robot.interact(() -> {
            Scene scene = new Scene(new MainView(services, messages), 1280, 800);
            scene.getStylesheets().add(MainView.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
            stage.setScene(scene);
        });
    }

    void logInAsAdmin(FxRobot robot, Stage stage) {
        logIn(robot, stage, TestStores.ADMIN, TestStores.PASSWORD);
    }

    // ---- lookups ----------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    static TableView<DisposalEntry> table(FxRobot robot) {
        return robot.lookup("#disposalTable").queryAs(TableView.class);
    }

    /** Opens 廃棄記録 and waits until the list shows {@code rows} records. */
    static TableView<DisposalEntry> openList(FxRobot robot, int rows) {
        robot.clickOn("#navDisposal");
        TableView<DisposalEntry> table = table(robot);
        UiTestSupport.waitUntil(() -> table.getItems().size() == rows);
        return table;
    }

    static void selectFirstRow(FxRobot robot, TableView<DisposalEntry> table) {
        // the first row that shows a record (cells are reused, so the scene's first row cell may be an empty one)
        Node row = robot.lookup("#disposalTable .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() != null && r.getIndex() == 0).query();
        robot.clickOn(row, MouseButton.PRIMARY);
        UiTestSupport.waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static void set(FxRobot robot, String id, String value) {
        Node node = robot.lookup(id).query();
        robot.interact(() -> {
            if (node instanceof TextArea area) {
                area.setText(value);
            } else {
                ((TextField) node).setText(value);
            }
        });
    }

    @SuppressWarnings("unchecked")
    static <T> void choose(FxRobot robot, String id, T value) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(value));
    }

    static String cell(TableView<DisposalEntry> table, String columnId, DisposalEntry entry) {
        return String.valueOf(table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .orElseThrow().getCellData(entry));
    }
}
