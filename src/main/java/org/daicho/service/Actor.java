package org.daicho.service;

/**
 * Who is making a change: the logged-in account (policy 2.6.1(6): who changed what and when is never lost).
 * {@link #SYSTEM} stands for the app itself (making a new store, filling the demo).
 */
public record Actor(Long accountId, String userName) {

    public static final Actor SYSTEM = new Actor(null, "system");
}
