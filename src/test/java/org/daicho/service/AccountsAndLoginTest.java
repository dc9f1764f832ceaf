package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.daicho.domain.Account;
import org.daicho.domain.FieldError;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Role;
import org.daicho.domain.ValidationException;
import org.daicho.store.KeySlots;
import org.daicho.testing.MutableClock;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts, login, lockout, temporary passwords and the recovery key, on a real encrypted store. */
class AccountsAndLoginTest {

    private static final KeyDerivation FAST = KeyDerivation.forTests();

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private String recoveryKey;
    private DaichoServices open;

    @BeforeEach
    void makeStore() {
        NewStore store = DaichoServices.create(dir, new OrganisationSetup("試験組合", List.of("総務課"), List.of("担当", "課長")),
                TestStores.admin(), clock, FAST);
        recoveryKey = store.recoveryKey();
        store.services().close();
    }

    @AfterEach
    void close() {
        if (open != null) {
            open.close();
        }
    }

    private Unlocked login(String user, String password) {
        Unlocked unlocked = DaichoServices.login(dir, user, password.toCharArray(), clock, FAST);
        if (open != null) {
            open.close();
        }
        open = unlocked.services();
        return unlocked;
    }

    private LoginException failedLogin(String user, String password) {
        try {
            login(user, password).services();
        } catch (LoginException e) {
            return e;
        }
        throw new AssertionError("the login should have failed");
    }

    @Test
    void theFirstAdministratorLogsInAndSeesTheFirstLoginThenThePreviousOne() {
        Unlocked first = login(TestStores.ADMIN, TestStores.PASSWORD);
        assertThat(first.record().previousLogin()).as("the first start counts as a login").isEqualTo(clock.instant());
        assertThat(first.account().roles()).contains(Role.ADMIN);
        assertThat(first.mustChangePassword()).isFalse();
        assertThat(first.services().actor().userName()).isEqualTo(TestStores.ADMIN);

        clock.advance(Duration.ofHours(3));
        failedLogin(TestStores.ADMIN, "wrong-password-1");
        failedLogin(TestStores.ADMIN, "wrong-password-2");
        Unlocked second = login(TestStores.ADMIN, TestStores.PASSWORD);

        assertThat(second.record().previousLogin()).isNotNull();
        assertThat(second.record().failedAttemptsSince()).isEqualTo(2);
        assertThat(login(TestStores.ADMIN, TestStores.PASSWORD).record().failedAttemptsSince()).isZero();
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(failedLogin(TestStores.ADMIN, "wrong-password-" + i).reason())
                    .isEqualTo(LoginException.Reason.WRONG_CREDENTIALS);
        }
        LoginException fifth = failedLogin(TestStores.ADMIN, "wrong-password-5");
        assertThat(fifth.reason()).isEqualTo(LoginException.Reason.LOCKED);
        assertThat(fifth.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(14));
        assertThat(failedLogin(TestStores.ADMIN, TestStores.PASSWORD).reason())
                .as("even the right password waits for the lock").isEqualTo(LoginException.Reason.LOCKED);

        clock.advance(Duration.ofMinutes(1));
        assertThat(login(TestStores.ADMIN, TestStores.PASSWORD).record().failedAttemptsSince()).isEqualTo(5);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        assertThat(failedLogin("nobody", TestStores.PASSWORD).reason()).isEqualTo(LoginException.Reason.WRONG_CREDENTIALS);
        assertThat(ErrorMessages.describe(failedLogin("nobody", "x"), org.daicho.i18n.Messages.japanese()))
                .isEqualTo(ErrorMessages.describe(failedLogin(TestStores.ADMIN, "wrong-password-9"),
                        org.daicho.i18n.Messages.japanese()));
    }

    @Test
    void anAccountMadeByTheAdministratorMustChangeItsTemporaryPasswordFirst() {
        DaichoServices services = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        long staffId = services.staff().all().get(0).id();
        services.accounts().create("tanto1", staffId, EnumSet.of(Role.CLERK), "temporary-pass-1".toCharArray());

        Unlocked clerk = login("tanto1", "temporary-pass-1");
        assertThat(clerk.mustChangePassword()).isTrue();
        AccountService mine = clerk.services().accounts();

        assertThat(fields(() -> mine.changeOwnPassword("wrong-current-1".toCharArray(), "a-new-password-1".toCharArray(),
                "a-new-password-1".toCharArray()))).containsExactly("PASSWORD");
        assertThat(fields(() -> mine.changeOwnPassword("temporary-pass-1".toCharArray(), "short".toCharArray(),
                "short".toCharArray()))).containsExactly("NEW_PASSWORD");
        assertThat(fields(() -> mine.changeOwnPassword("temporary-pass-1".toCharArray(), "my-tanto1-password".toCharArray(),
                "my-tanto1-password".toCharArray()))).as("not the user name").containsExactly("NEW_PASSWORD");
        assertThat(fields(() -> mine.changeOwnPassword("temporary-pass-1".toCharArray(), "a-new-password-1".toCharArray(),
                "a-new-password-2".toCharArray()))).containsExactly("CONFIRM_PASSWORD");
        assertThat(fields(() -> mine.changeOwnPassword("temporary-pass-1".toCharArray(), "temporary-pass-1".toCharArray(),
                "temporary-pass-1".toCharArray()))).as("not one of the last five").containsExactly("NEW_PASSWORD");

        mine.changeOwnPassword("temporary-pass-1".toCharArray(), "a-new-password-1".toCharArray(),
                "a-new-password-1".toCharArray());

        assertThat(mine.current().mustChangePassword()).isFalse();
        assertThat(failedLogin("tanto1", "temporary-pass-1").reason()).isEqualTo(LoginException.Reason.WRONG_CREDENTIALS);
        assertThat(login("tanto1", "a-new-password-1").mustChangePassword()).isFalse();
    }

    @Test
    void aSecurityManagerOnlyAccountCannotChangeRecordsOrSettings() {
        DaichoServices admin = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        long staffId = admin.staff().all().get(0).id();
        admin.accounts().create("kanri1", staffId, EnumSet.of(Role.SECURITY_MANAGER), "temporary-pass-1".toCharArray());
        DaichoServices manager = login("kanri1", "temporary-pass-1").services();

        assertThatThrownBy(() -> manager.staff().save(null, new org.daicho.domain.StaffDraft("S0009", "試験 次郎",
                "しけん じろう", staffId, org.daicho.domain.EmploymentType.REGULAR, "2020/04/01", "", false, false)))
                .isInstanceOfSatisfying(PermissionException.class, e -> assertThat(ErrorMessages.describe(e,
                        org.daicho.i18n.Messages.japanese())).contains("事務担当かシステム管理者"));
        assertThatThrownBy(() -> manager.settings().addSection("試験課")).isInstanceOf(PermissionException.class);
        assertThat(manager.settings().sections()).extracting(org.daicho.domain.Section::name).containsExactly("総務課");
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        DaichoServices admin = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        long staffId = admin.staff().all().get(0).id();
        admin.accounts().create("tanto1", staffId, EnumSet.of(Role.CLERK), "temporary-pass-1".toCharArray());
        Unlocked clerk = login("tanto1", "temporary-pass-1");

        assertThatThrownBy(() -> clerk.services().accounts().create("tanto2", staffId, EnumSet.of(Role.CLERK),
                "temporary-pass-2".toCharArray())).isInstanceOf(SecurityException.class);
        assertThatThrownBy(() -> clerk.services().accounts().resetPassword(1L, "temporary-pass-3".toCharArray()))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void anAdministratorsResetGivesATemporaryPasswordAndLiftsTheLock() {
        DaichoServices admin = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        long staffId = admin.staff().all().get(0).id();
        Account clerk = admin.accounts().create("tanto1", staffId, EnumSet.of(Role.CLERK), "temporary-pass-1".toCharArray());
        for (int i = 0; i < 5; i++) {
            failedLogin("tanto1", "forgotten-" + i);
        }
        admin = login(TestStores.ADMIN, TestStores.PASSWORD).services();

        admin.accounts().resetPassword(clerk.id(), "temporary-pass-9".toCharArray());

        assertThat(login("tanto1", "temporary-pass-9").mustChangePassword()).isTrue();
    }

    @Test
    void aRemovedAccountKeepsItsRowButLosesItsKeySlot() {
        DaichoServices admin = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        long staffId = admin.staff().all().get(0).id();
        Account clerk = admin.accounts().create("tanto1", staffId, EnumSet.of(Role.CLERK), "temporary-pass-1".toCharArray());

        assertThat(fields(() -> admin.accounts().remove(clerk.id(), " "))).containsExactly("REASON");
        admin.accounts().remove(clerk.id(), "退職のため");

        assertThat(KeySlots.load(dir).has("tanto1")).isFalse();
        assertThat(failedLogin("tanto1", "temporary-pass-1").reason()).isEqualTo(LoginException.Reason.WRONG_CREDENTIALS);
        Account removed = login(TestStores.ADMIN, TestStores.PASSWORD).services().accounts().all().stream()
                .filter(a -> a.userName().equals("tanto1")).findFirst().orElseThrow();
        assertThat(removed.isActive()).isFalse();
        assertThat(removed.removedReason()).isEqualTo("退職のため");
    }

    @Test
    void theLastAdministratorCannotBeRemovedOrLoseTheRole() {
        DaichoServices admin = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        Account me = admin.accounts().current();

        assertThat(fields(() -> admin.accounts().changeRoles(me.id(), EnumSet.of(Role.CLERK)))).containsExactly("ROLES");
        assertThat(fields(() -> admin.accounts().remove(me.id(), "試験"))).containsExactly("USER_NAME");
    }

    @Test
    void theRecoveryKeyOpensTheStoreAndSetsANewAdministratorPassword() {
        assertThat(recoveryKey).matches("([A-Z2-7]{5}-){7}[A-Z2-7]{5}");
        assertThatThrownBy(() -> DaichoServices.recover(dir, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH",
                TestStores.ADMIN, "fresh-password-0001".toCharArray(), clock, FAST))
                .isInstanceOfSatisfying(LoginException.class,
                        e -> assertThat(e.reason()).isEqualTo(LoginException.Reason.WRONG_RECOVERY_KEY));

        Unlocked recovered = DaichoServices.recover(dir, recoveryKey.toLowerCase().replace("-", " "), TestStores.ADMIN,
                "fresh-password-0001".toCharArray(), clock, FAST);
        recovered.services().close();

        assertThat(failedLogin(TestStores.ADMIN, TestStores.PASSWORD).reason())
                .isEqualTo(LoginException.Reason.WRONG_CREDENTIALS);
        assertThat(login(TestStores.ADMIN, "fresh-password-0001").services().ledger().entries()).isEmpty();
    }

    @Test
    void theKeySlotFileHoldsNoPasswordAndNoKeyInClear() throws Exception {
        String slots = Files.readString(dir.resolve(KeySlots.FILE));
        assertThat(slots).doesNotContain(TestStores.PASSWORD).contains("slot.admin.sealed").contains("slot.@recovery.sealed");
    }

    @Test
    void theProductionDerivationIsAtLeast600000Iterations() {
        assertThat(KeyDerivation.PRODUCTION.iterations()).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void accountChangesAreInTheHistoryWithoutPasswordsAndATamperedAccountIsFound() {
        DaichoServices admin = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        long staffId = admin.staff().all().get(0).id();
        Account clerk = admin.accounts().create("tanto1", staffId, EnumSet.of(Role.CLERK), "temporary-pass-1".toCharArray());
        admin.accounts().resetPassword(clerk.id(), "temporary-pass-2".toCharArray());

        List<org.daicho.domain.HistoryEntry> entries = admin.history().entriesOf(org.daicho.domain.RecordType.ACCOUNT, clerk.id());
        assertThat(entries).extracting(org.daicho.domain.HistoryEntry::userName).containsOnly(TestStores.ADMIN);
        assertThat(entries).extracting(org.daicho.domain.HistoryEntry::action)
                .containsExactly(org.daicho.domain.HistoryAction.UPDATE, org.daicho.domain.HistoryAction.CREATE);
        assertThat(entries.get(0).changes()).extracting(org.daicho.domain.FieldChange::field)
                .contains("PASSWORD_VERSION").doesNotContain("PASSWORD");
        assertThat(entries.toString()).doesNotContain("temporary-pass");
        assertThat(admin.history().verify().intact()).isTrue();
        admin.close();
        open = null;

        // an administrator role given behind the app's back is found
        org.daicho.testing.RawStore.execute(dir, "UPDATE account SET role_admin = TRUE WHERE user_name = 'tanto1'");
        DaichoServices again = login(TestStores.ADMIN, TestStores.PASSWORD).services();
        var result = again.history().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak().orElseThrow().recordType()).isEqualTo(org.daicho.domain.RecordType.ACCOUNT);
    }

    private static List<String> fields(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("expected a validation error");
    }
}
