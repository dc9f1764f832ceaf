package org.daicho.ui;

import org.daicho.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.StaffDraft;
import org.daicho.service.DaichoServices;
import org.testfx.util.WaitForAsyncUtils;

/** A real store in a temp folder and helpers to wait for background work without sleeping. */
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

    /** Waits (polling, at most 10 s) until {@code condition} holds, then lets the FX queue drain. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
