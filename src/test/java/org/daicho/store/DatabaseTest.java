package org.daicho.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The H2 store in a data folder: made, reopened, and refused when damaged, missing or in use. */
class DatabaseTest {

    /** Every store in these tests is encrypted with this key (policy 2.4.4⑤). */
    private static final StoreKey KEY = StoreKey.random();

    @Test
    void aWrongKeyDoesNotOpenTheStoreAndLeavesItIntact(@TempDir Path dir) throws Exception {
        Database.create(dir, "test", KEY).close();
        String before = fingerprint(dir.resolve(Database.STORE_FILE));

        assertThat(reasonOf(() -> Database.open(dir, StoreKey.random()))).isEqualTo(StoreException.Reason.ENCRYPTION);
        assertThat(fingerprint(dir.resolve(Database.STORE_FILE))).isEqualTo(before);
        try (Database db = Database.open(dir, KEY)) {
            assertThat((boolean) db.read(c -> c.isValid(1))).isTrue();
        }
    }

    @Test
    void aCopiedStoreFileCannotBeOpenedWithH2Alone(@TempDir Path dir) throws Exception {
        try (Database db = Database.create(dir, "test", KEY)) {
            db.inTransaction(c -> c.createStatement().executeUpdate(
                    "INSERT INTO setting (setting_name, setting_value) VALUES ('organisation.name', '架空組合の秘密')"));
        }
        Path copy = Files.createDirectories(dir.resolve("copy"));
        Files.copy(dir.resolve(Database.STORE_FILE), copy.resolve(Database.STORE_FILE));
        String url = "jdbc:h2:file:" + copy.resolve(Database.STORE_NAME) + ";IFEXISTS=TRUE";

        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "daicho", "").close())
                .isInstanceOf(java.sql.SQLException.class);
        assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url + ";CIPHER=AES", "daicho", "guess guess").close())
                .isInstanceOf(java.sql.SQLException.class);
        assertThat(new String(Files.readAllBytes(copy.resolve(Database.STORE_FILE)), StandardCharsets.UTF_8))
                .as("no readable text in the file").doesNotContain("架空組合の秘密").doesNotContain("organisation");
    }

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve(Database.STORE_FILE);
    }

    /** A store with one section and one staff member in it, closed again. */
    private void makeStoreWithData() {
        try (Database db = Database.create(dir, "test", KEY)) {
            db.inTransaction(c -> {
                Section section = new SectionRepository().insert(c, new Section(null, "試験課", 0));
                new StaffRepository().insert(c, new Staff(null, "S01001", "試験 太郎", "しけん たろう", section.id(),
                        EmploymentType.REGULAR, LocalDate.of(2020, 4, 1), null, true, false));
                return null;
            });
        }
    }

    /** Size and SHA-256 of a file: equal fingerprints mean the same bytes, and a failure stays readable. */
    private static String fingerprint(Path file) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return Files.size(file) + " bytes, sha256 " + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoreException.Reason reasonOf(Runnable action) {
        try {
            action.run();
        } catch (StoreException e) {
            return e.reason();
        }
        throw new AssertionError("no StoreException");
    }

    @Test
    void creatingMigratesAnEmptyFolderToTheWholeSchema() {
        Path folder = dir.resolve("新しいフォルダ").resolve("daicho");
        try (Database db = Database.create(folder, "0.1.0-test", KEY)) {
            List<String> tables = db.read(c -> {
                List<String> names = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
                    while (rs.next()) {
                        names.add(rs.getString(1).toLowerCase());
                    }
                }
                return names;
            });
            assertThat(tables).contains("store_info", "setting", "section", "staff", "asset", "flyway_schema_history");
            String version = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT created_by_version FROM store_info WHERE id = 1")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            assertThat(version).isEqualTo("0.1.0-test");
            assertThat(db.dataDir()).isEqualTo(folder);
        }
        assertThat(Database.exists(folder)).isTrue();
    }

    @Test
    void aStoreIsRewrittenAtCloseOnlyOnceItHasDoubledAndGrownBy64MiB() {
        assertThat(Database.rewriteDue(10 << 20, -1)).as("unknown: the first close only notes the size").isFalse();
        assertThat(Database.rewriteDue(30 << 20, 10 << 20)).as("tripled, but only 20 MiB more").isFalse();
        assertThat(Database.rewriteDue(75 << 20, 10 << 20)).isTrue();
        assertThat(Database.rewriteDue(900L << 20, 500L << 20)).as("a big store: not yet doubled").isFalse();
        assertThat(Database.rewriteDue(1001L << 20, 500L << 20)).isTrue();
    }

    @Test
    void commitsAreAppendedAndARewriteAtCloseShrinksTheFileAndKeepsEveryRow() throws Exception {
        makeStoreWithData();
        Path file = dir.resolve(Database.STORE_FILE);
        assertThat(Files.readString(dir.resolve(Database.COMPACTED_SIZE_FILE)))
                .as("the first close notes the size").isEqualTo(Long.toString(Files.size(file)));
        Database db = Database.open(dir, KEY);
        long section = db.read(new SectionRepository()::findAll).get(0).id();
        for (int i = 0; i < 200; i++) {
            int n = i;
            db.inTransaction(c -> new StaffRepository().insert(c, new Staff(null, String.format("G%04d", n),
                    "追加 職員" + n, "ついか しょくいん", section, EmploymentType.REGULAR, LocalDate.of(2021, 4, 1), null,
                    false, false)));
        }
        long grown = Files.size(file);
        db.close(true);

        assertThat(Files.size(file)).as("rewritten compactly").isLessThan(grown / 2);
        assertThat(Files.readString(dir.resolve(Database.COMPACTED_SIZE_FILE))).isEqualTo(Long.toString(Files.size(file)));
        try (Database reopened = Database.open(dir, KEY)) {
            assertThat(reopened.read(new StaffRepository()::findAll)).hasSize(201);
        }
    }

    @Test
    void theTablesTheOpenExpectsAreThoseTheMigrationsMake() throws Exception {
        java.util.Map<Integer, List<String>> made = new java.util.TreeMap<>();
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path file : files.toList()) {
                var name = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                var create = java.util.regex.Pattern.compile("(?i)CREATE TABLE (\\w+)").matcher(Files.readString(file));
                List<String> tables = new ArrayList<>();
                while (create.find()) {
                    tables.add(create.group(1).toUpperCase(java.util.Locale.ROOT));
                }
                if (!tables.isEmpty()) {
                    made.put(Integer.parseInt(name.group(1)), tables);
                }
            }
        }
        assertThat(Database.TABLES_BY_MIGRATION).isEqualTo(made);
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        makeStoreWithData();
        try (Database db = Database.open(dir, KEY)) {
            List<Staff> staff = db.read(new StaffRepository()::findAll);
            assertThat(staff).extracting(Staff::name).containsExactly("試験 太郎");
            assertThat(db.read(new SectionRepository()::findAll)).extracting(Section::name).containsExactly("試験課");
        }
    }

    @Test
    void aFailedTransactionWritesNothing() {
        makeStoreWithData();
        try (Database db = Database.open(dir, KEY)) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                new SectionRepository().insert(c, new Section(null, "見本課", 1));
                throw new IllegalStateException("試験の失敗");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(db.read(new SectionRepository()::findAll)).extracting(Section::name).containsExactly("試験課");
        }
    }

    /**
     * A store file cut short (a failed copy, a full disk) must be refused as damaged, with the file left
     * exactly as it was for a restore. 4 KiB: H2 answers 90028 (read failure); 8 KiB: H2 opens it as a new
     * empty database and writes into it.
     */
    @ParameterizedTest(name = "truncated to {0} bytes")
    @ValueSource(ints = {4096, 8192})
    void aTruncatedStoreFileIsRefusedAsDamagedAndLeftAsItWas(int length) throws IOException {
        makeStoreWithData();
        try (RandomAccessFile file = new RandomAccessFile(store().toFile(), "rw")) {
            file.setLength(length);
        }
        String before = fingerprint(store());

        StoreException.Reason reason = reasonOf(() -> Database.open(dir, KEY));

        assertThat(fingerprint(store())).as("the damaged file is left exactly as it was").isEqualTo(before);
        assertThat(reason).isEqualTo(StoreException.Reason.DAMAGED);
        assertThat(reasonOf(() -> Database.open(dir, KEY))).as("and is refused again on the next start")
                .isEqualTo(StoreException.Reason.DAMAGED);
    }

    @Test
    void anEmptiedStoreFileIsRefusedAsDamagedAndLeftEmpty() throws IOException {
        makeStoreWithData();
        Files.write(store(), new byte[0]);

        assertThat(reasonOf(() -> Database.open(dir, KEY))).isEqualTo(StoreException.Reason.DAMAGED);

        assertThat(store()).exists();
        assertThat(Files.size(store())).as("the emptied file is left as it was, not made into a new store").isZero();
        assertThat(reasonOf(() -> Database.open(dir, KEY))).as("and is refused again on the next start")
                .isEqualTo(StoreException.Reason.DAMAGED);
    }

    @Test
    void aFolderWithoutAStoreIsNotFoundAndNothingIsMadeThere() throws IOException {
        assertThat(Database.exists(dir)).isFalse();
        assertThat(reasonOf(() -> Database.open(dir, KEY))).isEqualTo(StoreException.Reason.NOT_FOUND);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        assertThat(reasonOf(() -> Database.open(dir.resolve("無い"), KEY))).isEqualTo(StoreException.Reason.NOT_FOUND);
        assertThat(dir.resolve("無い")).doesNotExist();
    }

    @Test
    void creatingWhereAStoreExistsIsRefusedAndTheStoreKeepsItsData() {
        makeStoreWithData();
        assertThat(reasonOf(() -> Database.create(dir, "test", KEY))).isEqualTo(StoreException.Reason.ALREADY_EXISTS);
        try (Database db = Database.open(dir, KEY)) {
            assertThat(db.read(new StaffRepository()::findAll)).hasSize(1);
        }
    }

    @Test
    void discardingANewStoreRemovesItsFiles() {
        Database db = Database.create(dir, "test", KEY);
        db.discardNew();
        assertThat(Database.exists(dir)).isFalse();
        assertThat(store()).doesNotExist();
    }

    /**
     * Within one JVM, H2 shares an open embedded database between connections to the same file, so a
     * second {@link Database#open} in the same process succeeds (one app process opens a folder once).
     */
    @Test
    void withinOneProcessASecondOpenSharesTheStore() {
        makeStoreWithData();
        try (Database first = Database.open(dir, KEY); Database second = Database.open(dir, KEY)) {
            second.inTransaction(c -> new SectionRepository().insert(c, new Section(null, "見本課", 1)));
            assertThat(first.read(new SectionRepository()::findAll)).extracting(Section::name)
                    .containsExactly("試験課", "見本課");
        }
    }

    @Test
    void aStoreOpenInAnotherProcessIsInUse() throws Exception {
        makeStoreWithData();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), dir.toString(), Secrets.hex(KEY.bytes()))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(holder.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            List<String> seen = new ArrayList<>();
            while ((line = out.readLine()) != null && !line.equals("OPEN")) {
                seen.add(line);
            }
            assertThat(line).as("child output: %s", seen).isEqualTo("OPEN");

            assertThat(reasonOf(() -> Database.open(dir, KEY))).isEqualTo(StoreException.Reason.IN_USE);
            assertThat(reasonOf(() -> Database.create(dir, "test", KEY))).isEqualTo(StoreException.Reason.ALREADY_EXISTS);

            in.write("close\n");
            in.flush();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        assertThat(holder.exitValue()).isZero();
        // once the other process has closed it, the store opens with its data
        try (Database db = Database.open(dir, KEY)) {
            assertThat(db.read(new StaffRepository()::findAll)).hasSize(1);
        }
    }
}
