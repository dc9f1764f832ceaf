package org.daicho.ui;

import java.nio.file.Path;
import java.util.Set;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.service.DaichoServices;
import org.daicho.service.KeyDerivation;
import org.daicho.service.Unlocked;

/** Accounts for the login and accounts screens' tests: a synthetic clerk with a temporary password. */
public final class AccountFixtures {

    public static final String CLERK = "shiken.h";
    public static final String TEMPORARY = "temporary-pass-01";

    private AccountFixtures() {
    }

    /** Adds the staff member 試験 花子 and her 事務担当 account with {@link #TEMPORARY}, as the administrator. */
    public static void addClerk(DaichoServices admin) {
        long section = admin.settings().sections().get(0).id();
        Staff staff = admin.staff().save(null, new StaffDraft("T0102", "試験 花子", "しけん はなこ", section,
                EmploymentType.REGULAR, "2021/04/01", "", false, false));
        admin.accounts().create(CLERK, staff.id(), Set.of(Role.CLERK), TEMPORARY.toCharArray());
    }

    /** Logs in as the clerk of {@link #addClerk} (the store must not be open elsewhere). */
    public static Unlocked logInAsClerk(Path dataDir, String password) {
        return DaichoServices.login(dataDir, CLERK, password.toCharArray(), UiTestSupport.CLOCK, KeyDerivation.forTests());
    }
}
