package org.daicho.service;

import org.daicho.domain.Account;

/**
 * A successful login: the open store, the account, what to tell the user about earlier logins, and whether
 * the password is temporary and must be changed before anything else (policy 2.5.4(3)⑦, 2.6.2(5)②).
 */
public record Unlocked(DaichoServices services, Account account, LoginRecord record) {

    public boolean mustChangePassword() {
        return account.mustChangePassword();
    }
}
