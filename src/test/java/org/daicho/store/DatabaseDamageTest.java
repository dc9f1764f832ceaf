package org.daicho.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged store at start-up (issue 8): cut to half, or with bytes changed in the header or the data. It is refused
 * as DAMAGED — never opened as an empty store, never migrated, never an "unexpected error" — and left byte for byte
 * as it was. What H2 does with a changed byte depends on where it lands (docs/decisions/0013): in free space nothing;
 * in a live page an error when that page is read, which {@link Database#open} now provokes by reading every row.
 */
class DatabaseDamageTest {

    private static final StoreKey KEY = StoreKey.random();

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve(Database.STORE_FILE);
    }

    /** A store with 300 staff, closed again: a few hundred KiB of live pages. */
    private void makeStoreWithData() {
        try (Database db = Database.create(dir, "test", KEY)) {
            db.inTransaction(c -> {
                Section section = new SectionRepository().insert(c, new Section(null, "試験課", 0));
                for (int i = 0; i < 300; i++) {
                    new StaffRepository().insert(c, new Staff(null, String.format("S%05d", i), "試験 職員" + i,
                            "しけん しょくいん", section.id(), EmploymentType.REGULAR, LocalDate.of(2020, 4, 1), null,
                            false, false));
                }
                return null;
            });
        }
    }

    /**
     * Cut to half, H2 answers 90049 "Encryption error" (sometimes "unable to recover a valid set of chunks"), the code
     * of a wrong key too. A login has proved its key right with the key slot, so it says DAMAGED.
     */
    @Test
    void aStoreCutToHalfIsDamagedOnLoginAndLeftAsItWas() throws IOException {
        Path folder = dir.resolve("data");
        TestStores.create(folder, new OrganisationSetup("試験町環境衛生組合（試験）", List.of("試験課"), List.of("担当")),
                Clock.systemDefaultZone()).close();
        Path file = folder.resolve(Database.STORE_FILE);
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(cut.length() / 2);
        }
        String before = fingerprint(file);

        assertThatThrownBy(() -> TestStores.open(folder, Clock.systemDefaultZone()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED));
        assertThat(fingerprint(file)).isEqualTo(before);
    }

    /**
     * One changed bit at a time, at 16 places spread over the whole file. Each either opens with every row readable
     * (the bit was in free space or changed a value, see the ADR) or is refused as DAMAGED with the file untouched;
     * never an "unexpected error", never an empty store. At least one place must be refused, or this test flips
     * nothing. ENCRYPTION (90049) is allowed here, where the key could be wrong; a login, whose key the key slot has
     * proved right, reports it as DAMAGED.
     */
    @Test
    void aChangedBitAnywhereIsDamagedOrHarmlessNeverAnotherError() throws IOException {
        makeStoreWithData();
        // as a close leaves it once it has rewritten the store: live pages over the whole file (commits are appended,
        // Database.url, so before that most of the file is chunks no longer used and a flip there changes nothing)
        Database.open(dir, KEY).close(true);
        byte[] original = Files.readAllBytes(store());
        long size = original.length;
        List<Long> places = new ArrayList<>(List.of(100L, 4096L + 100));
        for (int i = 1; i <= 14; i++) {
            places.add(size * i / 15 + 33);
        }

        Map<String, List<Long>> outcomes = new TreeMap<>();
        for (long place : places) {
            byte[] flipped = original.clone();
            flipped[(int) place] ^= 0x08;
            Files.write(store(), flipped);
            String before = fingerprint(store());
            String outcome;
            try (Database db = Database.open(dir, KEY)) {
                outcome = "opened";
                assertThat(db.read(new StaffRepository()::findAll)).as("flip at %d", place).hasSize(300);
            } catch (StoreException e) {
                outcome = e.reason().name();
                assertThat(fingerprint(store())).as("a refused store is left as it was (flip at %d)", place)
                        .isEqualTo(before);
            }
            outcomes.computeIfAbsent(outcome, k -> new ArrayList<>()).add(place);
        }
        System.out.println("bit flips: " + outcomes);
        assertThat(outcomes.keySet()).as("flips by outcome: %s", outcomes).isSubsetOf("opened", "DAMAGED", "ENCRYPTION");
        assertThat(outcomes).as("flips by outcome").containsKey("DAMAGED");
    }

    private static String fingerprint(Path file) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return Files.size(file) + " bytes, sha256 " + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reason the store was refused, or null when it opened. */
    private StoreException.Reason reasonOf(java.util.function.Supplier<Database> open) {
        try (Database ignored = open.get()) {
            return null;
        } catch (StoreException e) {
            return e.reason();
        }
    }
}
