package org.daicho.service;

import java.util.EnumSet;
import java.util.Set;
import org.daicho.domain.Role;

/**
 * Who is making a change: the logged-in account with its roles (policy 2.6.1(6): who changed what and when
 * is never lost). {@link #SYSTEM} stands for the app itself (making a new store, filling the demo).
 */
public record Actor(Long accountId, String userName, Set<Role> roles) {

    public static final Actor SYSTEM = new Actor(null, "system", EnumSet.allOf(Role.class));

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** Whether this actor holds at least one of {@code anyOf}. */
    public boolean mayDo(Role... anyOf) {
        for (Role role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refuses the work unless the actor holds one of the roles: the rule lives here, in the service, not only
     * in the window (records: 事務担当 or システム管理者; settings and accounts: システム管理者).
     */
    void require(String messageKey, Role... anyOf) {
        if (!mayDo(anyOf)) {
            throw new PermissionException(messageKey);
        }
    }
}
