package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.daicho.store.StoreException;
import org.daicho.testing.MutableClock;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real encrypted store, and restoring them: real files, no mocks. */
class BackupServiceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private Path data;
    private DaichoServices services;

    @BeforeEach
    void makeStore() {
        data = dir.resolve("data");
        services = TestStores.create(data, ServiceFixtures.SETUP, clock);
        Staff manager = ServiceFixtures.manager(services);
        long section = services.settings().sections().get(0).id();
        for (int i = 1; i <= 3; i++) {
            services.ledger().save(null, ServiceFixtures.assetDraft("PC-00" + i, section, manager.id()));
        }
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void backupThenRestoreGivesBackTheRecordsAsTheyWereAndTheHistoryVerifies() throws Exception {
        List<LedgerEntry> before = services.ledger().entries();
        long historyBefore = services.history().entries(org.daicho.domain.HistoryFilter.ALL).size();
        BackupResult backup = services.backups().backUpNow(Progress.NONE);

        // changes after the backup: one asset renamed, one added, and the administrator's password changed
        clock.advance(Duration.ofHours(2));
        LedgerEntry first = before.get(0);
        long section = services.settings().sections().get(0).id();
        long manager = first.asset().managerStaffId();
        services.ledger().save(first.asset().id(), ServiceFixtures.assetDraft(first.asset().assetNo(), section, manager)
                .name("名前を変えた端末"));
        services.ledger().save(null, ServiceFixtures.assetDraft("PC-009", section, manager));
        services.accounts().changeOwnPassword(TestStores.PASSWORD.toCharArray(), "a-later-password-02".toCharArray(),
                "a-later-password-02".toCharArray());
        assertThat(services.ledger().entries()).hasSize(4);
        services.close();
        services = null;

        RestoreResult restored = new Backups(data, clock).restore(backup.file());

        assertThat(restored.restoredFrom()).isEqualTo(backup.file().toAbsolutePath());
        assertThat(restored.setAsideFolder()).isDirectory();
        assertThat(restored.setAsideFolder().getParent()).isEqualTo(data.resolve("set-aside"));
        assertThat(restored.setAsideFolder().resolve("daicho.mv.db")).isRegularFile();
        assertThat(restored.setAsideFolder().resolve("keyslots.properties")).isRegularFile();
        // the password of the time of the backup opens the restored store; the later one does not
        assertThatThrownBy(() -> DaichoServices.login(data, TestStores.ADMIN, "a-later-password-02".toCharArray(),
                clock, KeyDerivation.forTests())).isInstanceOf(LoginException.class);
        services = TestStores.open(data, clock);
        assertThat(services.ledger().entries()).extracting(LedgerEntry::asset)
                .containsExactlyElementsOf(before.stream().map(LedgerEntry::asset).toList());
        assertThat(services.ledger().entries()).extracting(LedgerEntry::asset).extracting(a -> a.name())
                .doesNotContain("名前を変えた端末");
        assertThat(services.history().entries(org.daicho.domain.HistoryFilter.ALL)).hasSize((int) historyBefore);
        assertThat(services.history().verify().intact()).isTrue();
        // the store set aside is whole: it opens (with the later password) and holds the later records
        services.close();
        services = null;
        Path asideCopy = dir.resolve("aside-copy");
        Files.createDirectories(asideCopy);
        for (String name : List.of("daicho.mv.db", "keyslots.properties")) {
            Files.copy(restored.setAsideFolder().resolve(name), asideCopy.resolve(name));
        }
        try (DaichoServices aside = DaichoServices.login(asideCopy, TestStores.ADMIN,
                "a-later-password-02".toCharArray(), clock, KeyDerivation.forTests()).services()) {
            assertThat(aside.ledger().entries()).hasSize(4);
        }
    }

    @Test
    void theBackupHoldsTheStoreTheKeySlotsAndAManifestWhoseHashesMatch() throws Exception {
        BackupResult backup = services.backups().backUpNow(Progress.NONE);

        assertThat(backup.file().getParent()).isEqualTo(data.resolve("backups"));
        assertThat(backup.file().getFileName().toString()).isEqualTo("daicho-backup-20261124-100000.zip");
        assertThat(backup.sizeBytes()).isEqualTo(Files.size(backup.file()));
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).containsExactly("manifest.properties", "keyslots.properties",
                    "daicho.mv.db");
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(zip.getEntry("manifest.properties"))) {
                manifest = BackupManifest.read(in);
            }
            assertThat(manifest.appVersion()).isEqualTo(DaichoServices.VERSION);
            assertThat(manifest.createdAt()).isEqualTo(clock.instant());
            assertThat(manifest.organisation()).isEqualTo(ServiceFixtures.SETUP.organisationName());
            assertThat(manifest.counts()).containsEntry("assets", 3L).containsEntry("accounts", 1L)
                    .containsEntry("staff", 2L);
            for (String name : List.of("daicho.mv.db", "keyslots.properties")) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    bytes = in.readAllBytes();
                }
                assertThat(manifest.entries().get(name).size()).isEqualTo(bytes.length);
                assertThat(manifest.entries().get(name).sha256())
                        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
            }
            // the key slots are the data folder's; the store stays encrypted (no readable organisation name in it)
            try (InputStream in = zip.getInputStream(zip.getEntry("keyslots.properties"))) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(data.resolve("keyslots.properties")));
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("daicho.mv.db"))) {
                assertThat(new String(in.readNBytes(16), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .startsWith("H2encrypt");
            }
        }
        assertThat(new Backups(data, clock).verify(backup.file()).good()).isTrue();
        assertThat(services.backups().list()).singleElement().satisfies(info -> {
            assertThat(info.good()).isTrue();
            assertThat(info.createdAt()).isEqualTo(clock.instant());
            assertThat(info.appVersion()).isEqualTo(DaichoServices.VERSION);
        });
    }

    @Test
    void aBackupWithOneByteChangedIsRefusedAndTheCurrentStoreIsUntouched() throws Exception {
        BackupResult backup = services.backups().backUpNow(Progress.NONE);
        services.close();
        services = null;
        byte[] bytes = Files.readAllBytes(backup.file());
        bytes[bytes.length / 2] ^= 0x01; // inside the store's bytes
        Files.write(backup.file(), bytes);
        byte[] storeBefore = Files.readAllBytes(data.resolve("daicho.mv.db"));

        Backups backups = new Backups(data, clock);
        BackupCheck check = backups.verify(backup.file());
        assertThat(check.good()).isFalse();
        assertThat(check.problem()).isEqualTo("backup.problem.changed");
        assertThatThrownBy(() -> backups.restore(backup.file()))
                .isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(ErrorMessages.describe(e, Messages.japanese()))
                        .startsWith("このバックアップは使えないため、復元しませんでした: " + backup.file().toAbsolutePath())
                        .contains("中身が作成時と一致しません").endsWith("今の台帳はそのままです。"));

        assertThat(Files.readAllBytes(data.resolve("daicho.mv.db"))).isEqualTo(storeBefore);
        assertThat(data.resolve("set-aside")).doesNotExist();
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
        assertThat(backups.newestGood()).isEmpty();
        assertThat(backups.list()).singleElement().satisfies(info -> assertThat(info.good()).isFalse());
        services = TestStores.open(data, clock);
        assertThat(services.ledger().entries()).hasSize(3);
    }

    @Test
    void aCutShortOrForeignFileIsNotAGoodBackup() throws Exception {
        BackupResult backup = services.backups().backUpNow(Progress.NONE);
        Path cut = dir.resolve("daicho-backup-20261124-090000.zip");
        byte[] bytes = Files.readAllBytes(backup.file());
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Path text = Files.writeString(dir.resolve("daicho-backup-20261124-080000.zip"), "not a zip");
        Backups backups = new Backups(data, clock);

        assertThat(backups.verify(cut).problem()).isEqualTo("backup.problem.unreadable");
        assertThat(backups.verify(text).problem()).isEqualTo("backup.problem.unreadable");
        assertThat(backups.verify(dir.resolve("nothing.zip")).problem()).isEqualTo("backup.problem.missing");
    }

    @Test
    void aChosenFolderGetsACheckedCopy() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        services.backups().saveSettings(new BackupSettings(usb, 30));

        BackupResult backup = services.backups().backUpNow(Progress.NONE);

        assertThat(backup.copyFailed()).isFalse();
        assertThat(backup.copy()).isEqualTo(usb.resolve(backup.file().getFileName()));
        assertThat(Files.readAllBytes(backup.copy())).isEqualTo(Files.readAllBytes(backup.file()));
        assertThat(services.backups().list()).hasSize(2).allMatch(BackupInfo::good)
                .extracting(BackupInfo::folder).containsExactlyInAnyOrder(usb.toAbsolutePath(),
                        data.resolve("backups").toAbsolutePath());
        // the settings are readable without the store, and their change is in the change history
        assertThat(BackupSettings.load(data).folder()).isEqualTo(usb.toAbsolutePath());
        assertThat(services.history().verify().intact()).isTrue();
        assertThat(services.history().entriesOf(org.daicho.domain.RecordType.SETTING,
                org.daicho.domain.RecordFields.SETTINGS_ID).get(0).changes())
                .anySatisfy(change -> assertThat(change.field()).isEqualTo("backup.folder"));
    }

    @Test
    void aMissingChosenFolderIsReportedByNameAndTheLocalBackupIsStillMade() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        services.backups().saveSettings(new BackupSettings(usb, 30));
        Files.delete(usb); // the USB drive was pulled out

        BackupResult backup = services.backups().backUpNow(Progress.NONE);

        assertThat(backup.file()).isRegularFile();
        assertThat(new Backups(data, clock).verify(backup.file()).good()).isTrue();
        assertThat(backup.copyFailed()).isTrue();
        assertThat(ErrorMessages.describe(backup.copyFailure(), Messages.japanese()))
                .isEqualTo("バックアップの保存先フォルダが見つかりません: " + usb.toAbsolutePath()
                        + "。USBメモリが差し込まれているか、ネットワークにつながっているかを確認してください。台帳のデータはそのままです。");
        assertThat(services.ledger().entries()).hasSize(3);
    }

    @Test
    void aFolderThatCannotBeWrittenIsReportedByNameAndLeavesNoPartialFile() throws Exception {
        Path target = unwritableFolder();

        assertThatThrownBy(() -> services.backups().backUpTo(target, Progress.NONE))
                .isInstanceOf(BackupException.class)
                .satisfies(e -> assertThat(ErrorMessages.describe(e, Messages.forLanguage("en"))).contains(target.toAbsolutePath()
                        .toString()).endsWith("The records are unharmed."));

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".part") || name.startsWith(".work-"));
        }
        assertThat(services.ledger().entries()).hasSize(3);
        assertThat(services.history().verify().intact()).isTrue();
    }

    /**
     * A folder no backup can be written to: read-only for a normal user; as root (permissions do not bite) a
     * path under a regular file, which fails for everyone.
     */
    private Path unwritableFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("readonly"));
        folder.toFile().setWritable(false, false);
        if (Files.isWritable(folder)) {
            Path file = Files.writeString(dir.resolve("file.txt"), "a file, not a folder");
            return file.resolve("sub");
        }
        return folder;
    }

    @Test
    void restoreIsRefusedWhileTheStoreIsOpen() {
        BackupResult backup = services.backups().backUpNow(Progress.NONE);

        assertThatThrownBy(() -> new Backups(data, clock).restore(backup.file()))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.IN_USE));

        assertThat(data.resolve("set-aside")).doesNotExist();
        assertThat(services.ledger().entries()).hasSize(3);
    }

    @Test
    void restoreIntoAnEmptyFolderSetsNothingAside() {
        BackupResult backup = services.backups().backUpNow(Progress.NONE);
        Path elsewhere = dir.resolve("new-pc");

        RestoreResult restored = new Backups(elsewhere, clock).restore(backup.file());

        assertThat(restored.setAsideFolder()).isNull();
        try (DaichoServices opened = TestStores.open(elsewhere, clock)) {
            assertThat(opened.ledger().entries()).hasSize(3);
        }
    }

    @Test
    void aBackupIsDueWhenTheNewestLocalOneIsADayOld() {
        assertThat(services.backups().due()).isTrue();
        services.backups().backUpNow(Progress.NONE);
        assertThat(services.backups().due()).isFalse();

        clock.advance(Duration.ofHours(23));
        assertThat(services.backups().due()).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(services.backups().due()).isTrue();
    }

    @Test
    void onlyTheAdministratorChangesTheBackupSettings() throws Exception {
        assertThatThrownBy(() -> services.backups().saveSettings(new BackupSettings(null, 0)))
                .isInstanceOf(org.daicho.domain.ValidationException.class);
        assertThatThrownBy(() -> services.backups().saveSettings(new BackupSettings(dir.resolve("nowhere"), 30)))
                .isInstanceOf(org.daicho.domain.ValidationException.class)
                .satisfies(e -> assertThat(ErrorMessages.describe(e, Messages.japanese()))
                        .startsWith("保存先フォルダ「" + dir.resolve("nowhere").toAbsolutePath() + "」が見つかりません。"));
        assertThat(data.resolve(BackupSettings.FILE)).doesNotExist();

        services.backups().saveSettings(new BackupSettings(null, 12));
        assertThat(BackupSettings.load(data)).isEqualTo(new BackupSettings(null, 12));
    }
}
