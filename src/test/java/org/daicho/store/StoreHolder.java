package org.daicho.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Test helper run in a child JVM by {@link DatabaseTest}: opens the store in the folder given as the first
 * argument with the store key in hex as the second, prints {@code OPEN} (or {@code FAILED reason}), and keeps it open until a line arrives on stdin.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    /** The test store's key in hex, the second argument of {@link #main}: for tests outside this package. */
    public static String keyHex(Path dataDir) {
        return Secrets.hex(org.daicho.testing.RawStore.key(dataDir).bytes());
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]), StoreKey.of(Secrets.unhex(args[1])))) {
            System.out.println("OPEN");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (StoreException e) {
            System.out.println("FAILED " + e.reason());
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
