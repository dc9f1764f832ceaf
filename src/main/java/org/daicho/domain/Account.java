package org.daicho.domain;

import java.time.Instant;
import java.util.Set;

/**
 * A local login account, tied to a staff member. Never deleted: a removed account keeps its row (with the
 * time and reason) so that the change history can still name who did what.
 */
public record Account(
        Long id,
        String userName,
        long staffId,
        Set<Role> roles,
        boolean mustChangePassword,
        Instant createdAt,
        Instant removedAt,
        String removedReason) {

    public Account {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return removedAt == null;
    }
}
