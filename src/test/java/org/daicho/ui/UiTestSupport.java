package org.daicho.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.StaffDraft;
import org.daicho.service.DaichoServices;
import org.daicho.testing.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real store in a temp folder, helpers to wait for background work without sleeping, and the TestFX setup the
 * screens' tests share.
 */
public final class UiTestSupport {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    private UiTestSupport() {
    }

    /** A new store with two sections and one synthetic security manager in the first. */
    public static DaichoServices newStore(Path dir) {
        DaichoServices services = TestStores.create(dir, new OrganisationSetup("試験市環境衛生組合",
                List.of("総務課", "業務課"), List.of("担当", "係長", "課長")), CLOCK);
        long sectionId = services.settings().sections().get(0).id();
        services.staff().save(null, new StaffDraft("T0001", "試験 太郎", "しけん たろう", sectionId,
                EmploymentType.REGULAR, "2020/04/01", "", true, false));
        return services;
    }

    /** Waits (polling, at most 30 s: CI machines are slow) until {@code condition} holds, then lets the FX queue drain. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The application's look (AtlantaFX Primer Light), as {@code DaichoApp} sets it. */
    public static void useAppLook() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Shows {@code view} in {@code stage} as the main window does: the app's look and its stylesheet. */
    public static void show(Stage stage, Parent view, double width, double height) {
        useAppLook();
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(UiTestSupport.class.getResource("/org/daicho/ui/daicho.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** After a test: closes every window it opened, then the store. */
    public static void closeAll(DaichoServices services) throws Exception {
        FxToolkit.cleanupStages();
        services.close();
    }

    /** The text of the label {@code query} finds ("#id"). */
    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
