package org.daicho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.daicho.domain.LoginPolicy;

/**
 * {@code keyslots.properties} beside the store: the store's key wrapped once per account ("key slots") and
 * once under the recovery key, plus what must be known before the store is open — the login policy and
 * each account's login state (failed attempts, lock, last login).
 *
 * <p>A slot is the store key sealed with AES-GCM under a key derived from the account's password with
 * PBKDF2-HMAC-SHA256; opening a slot is also the password check. Nothing here is secret in itself: without a
 * valid password the slots yield nothing. What an attacker with the folder can do — reset the lock counters,
 * try passwords offline at PBKDF2's pace — is written down in docs/decisions/0005.
 */
public final class KeySlots {

    public static final String FILE = "keyslots.properties";
    /** The slot opened by the recovery key; user names cannot start with "@". */
    public static final String RECOVERY = "@recovery";

    private final Path file;
    private final Properties values;

    private KeySlots(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /** A login-relevant record of one account (or of the recovery slot). */
    public record LoginState(int failedInARow, int failedSinceLogin, Instant lockedUntil, Instant lastFailure,
            Instant lastLogin) {
        public static final LoginState NONE = new LoginState(0, 0, null, null, null);
    }

    public static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE));
    }

    public static KeySlots createNew(Path dataDir) {
        Properties values = new Properties();
        values.setProperty("format", "1");
        KeySlots slots = new KeySlots(dataDir.resolve(FILE), values);
        slots.setPolicy(LoginPolicy.DEFAULT);
        return slots;
    }

    public static KeySlots load(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            values.load(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new StoreException(StoreException.Reason.DAMAGED, "no " + FILE + " in " + dataDir, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(StoreException.Reason.DAMAGED, file.toString(), e);
        }
        if (!"1".equals(values.getProperty("format"))) {
            throw new StoreException(StoreException.Reason.DAMAGED, file + " has no known format");
        }
        return new KeySlots(file, values);
    }

    /** Writes the file whole or not at all (a temporary file moved into place). */
    public synchronized void save() {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".keyslots-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                values.store(out, "Daicho key slots: the store key wrapped per account. Do not edit.");
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, file.toString(), e);
        }
    }

    /** Wraps {@code key} for {@code slot} under {@code secret}; replaces an older slot of that name. */
    public synchronized void put(String slot, char[] secret, StoreKey key, int iterations) {
        byte[] salt = Secrets.randomBytes(16);
        byte[] wrappingKey = Secrets.derive(secret, salt, iterations);
        try {
            byte[] sealed = Secrets.seal(wrappingKey, key.bytes(), context(slot));
            values.setProperty("slot." + slot + ".salt", Secrets.hex(salt));
            values.setProperty("slot." + slot + ".iterations", Integer.toString(iterations));
            values.setProperty("slot." + slot + ".sealed", Secrets.hex(sealed));
        } finally {
            java.util.Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /**
     * The store key from {@code slot}, if {@code secret} opens it.
     *
     * @throws Secrets.WrongSecretException for a wrong secret or a slot that does not exist (same cost)
     */
    public StoreKey open(String slot, char[] secret) throws Secrets.WrongSecretException {
        String salt = values.getProperty("slot." + slot + ".salt");
        String iterations = values.getProperty("slot." + slot + ".iterations");
        String sealed = values.getProperty("slot." + slot + ".sealed");
        if (salt == null || iterations == null || sealed == null) {
            // spend the same time as a real check, so that timing does not tell which user names exist
            Secrets.derive(secret, new byte[16], defaultIterations());
            throw new Secrets.WrongSecretException();
        }
        byte[] wrappingKey = Secrets.derive(secret, Secrets.unhex(salt), Integer.parseInt(iterations));
        try {
            return StoreKey.of(Secrets.open(wrappingKey, Secrets.unhex(sealed), context(slot)));
        } finally {
            java.util.Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    private int defaultIterations() {
        return values.stringPropertyNames().stream().filter(n -> n.endsWith(".iterations"))
                .map(values::getProperty).mapToInt(Integer::parseInt).max().orElse(600_000);
    }

    private static String context(String slot) {
        return "daicho-key-slot:" + slot;
    }

    public boolean has(String slot) {
        return values.containsKey("slot." + slot + ".sealed");
    }

    /** The names of the slots (accounts and the recovery slot). */
    public Set<String> slots() {
        Set<String> names = new TreeSet<>();
        for (String name : values.stringPropertyNames()) {
            if (name.startsWith("slot.") && name.endsWith(".sealed")) {
                names.add(name.substring(5, name.length() - ".sealed".length()));
            }
        }
        return names;
    }

    public synchronized void remove(String slot) {
        values.stringPropertyNames().stream().filter(n -> n.startsWith("slot." + slot + ".")
                || n.startsWith("login." + slot + ".")).forEach(values::remove);
    }

    public LoginPolicy policy() {
        return new LoginPolicy(intValue("policy.maxAttempts", LoginPolicy.DEFAULT.maxAttempts()),
                intValue("policy.lockMinutes", LoginPolicy.DEFAULT.lockMinutes()),
                intValue("policy.idleMinutes", LoginPolicy.DEFAULT.idleMinutes()));
    }

    public synchronized void setPolicy(LoginPolicy policy) {
        values.setProperty("policy.maxAttempts", Integer.toString(policy.maxAttempts()));
        values.setProperty("policy.lockMinutes", Integer.toString(policy.lockMinutes()));
        values.setProperty("policy.idleMinutes", Integer.toString(policy.idleMinutes()));
    }

    public LoginState loginState(String slot) {
        String p = "login." + slot + ".";
        return new LoginState(intValue(p + "failedInARow", 0), intValue(p + "failedSinceLogin", 0),
                instant(p + "lockedUntil"), instant(p + "lastFailure"), instant(p + "lastLogin"));
    }

    public synchronized void setLoginState(String slot, LoginState state) {
        String p = "login." + slot + ".";
        values.setProperty(p + "failedInARow", Integer.toString(state.failedInARow()));
        values.setProperty(p + "failedSinceLogin", Integer.toString(state.failedSinceLogin()));
        setInstant(p + "lockedUntil", state.lockedUntil());
        setInstant(p + "lastFailure", state.lastFailure());
        setInstant(p + "lastLogin", state.lastLogin());
    }

    private int intValue(String name, int fallback) {
        String value = values.getProperty(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Instant instant(String name) {
        String value = values.getProperty(name);
        try {
            return value == null || value.isBlank() ? null : Instant.ofEpochMilli(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void setInstant(String name, Instant value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.setProperty(name, Long.toString(value.toEpochMilli()));
        }
    }
}
