package org.daicho.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.daicho.domain.OrganisationSetup;
import org.daicho.service.DaichoServices;
import org.daicho.service.FirstAdministrator;
import org.daicho.service.KeyDerivation;

/**
 * Real encrypted stores for tests, with fast key derivation (the app uses 600,000 iterations; tests 1,000).
 * Every store made here, and the demo, has the administrator {@link #ADMIN} with {@link #PASSWORD}.
 */
public final class TestStores {

    public static final String ADMIN = "admin";
    public static final String PASSWORD = "test-password-0001";

    private TestStores() {
    }

    /** The first administrator every test store gets: a synthetic staff member (policy 2.6.3). */
    public static FirstAdministrator admin() {
        return new FirstAdministrator("Z9001", "試験 管理者", "しけん かんりしゃ", ADMIN, PASSWORD.toCharArray());
    }

    public static DaichoServices create(Path dataDir, OrganisationSetup setup, Clock clock) {
        return DaichoServices.create(dataDir, setup, admin(), clock, KeyDerivation.forTests()).services();
    }

    public static DaichoServices createDemo(Path dataDir, Clock clock) {
        return DaichoServices.createDemo(dataDir, PASSWORD.toCharArray(), clock, KeyDerivation.forTests()).services();
    }

    /** Logs in as the administrator again (after a close: "the record is there after a restart"). */
    public static DaichoServices open(Path dataDir, Clock clock) {
        return DaichoServices.login(dataDir, ADMIN, PASSWORD.toCharArray(), clock, KeyDerivation.forTests()).services();
    }
}
