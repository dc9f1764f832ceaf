package org.daicho.service;

/**
 * A store just made: its services (logged in as the first administrator) and the recovery key, which is
 * shown once, to be printed and kept in the safe, and never stored anywhere in clear.
 */
public record NewStore(DaichoServices services, String recoveryKey) {
}
