package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daicho.service.ServiceFixtures.assetDraft;
import static org.daicho.service.ServiceFixtures.staffDraft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.HistoryFilter;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.ValidationException;
import org.daicho.store.Database;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change history: written with every change in its transaction, and verified against the records. */
class HistoryServiceTest {

    /** A clock the test can move on, so that entries fall on different days. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Tokyo");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }

    @TempDir
    Path dir;

    private final MovableClock clock = new MovableClock();
    private DaichoServices services;
    private Staff manager;

    @BeforeEach
    void makeStore() {
        services = TestStores.create(dir, ServiceFixtures.SETUP, clock);
        manager = ServiceFixtures.manager(services);
    }

    @AfterEach
    void closeStore() {
        if (services != null) {
            services.close();
        }
    }

    private LedgerEntry addAsset(String assetNo) {
        return services.ledger().save(null, assetDraft(assetNo, manager.sectionId(), manager.id()));
    }

    private List<HistoryEntry> historyOf(RecordType type, long id) {
        return services.history().entriesOf(type, id);
    }

    private static Map<String, FieldChange> byField(HistoryEntry entry) {
        Map<String, FieldChange> changes = new java.util.LinkedHashMap<>();
        entry.changes().forEach(change -> changes.put(change.field(), change));
        return changes;
    }

    /** Closes the app's store, changes it with plain JDBC, and opens it again as the app would. */
    private void outsideTheApp(String... sql) {
        services.close();
        services = null;
        RawStore.execute(dir, sql);
        services = TestStores.open(dir, clock);
    }

    private VerifyResult.Break brokenAt() {
        VerifyResult result = services.history().verify();
        assertThat(result.intact()).as("verify finds the change").isFalse();
        return result.firstBreak().orElseThrow();
    }

    @Test
    void savingAnAssetWritesOneCreateWithEveryFieldThenAnUpdateWithOnlyWhatChanged() {
        LedgerEntry created = addAsset("PC-0001");
        long id = created.asset().id();

        List<HistoryEntry> afterCreate = historyOf(RecordType.ASSET, id);
        assertThat(afterCreate).hasSize(1);
        HistoryEntry create = afterCreate.get(0);
        assertThat(create.action()).isEqualTo(HistoryAction.CREATE);
        assertThat(create.userName()).isEqualTo(TestStores.ADMIN);
        assertThat(create.accountId()).isEqualTo(services.actor().accountId()).isNotNull();
        assertThat(create.changedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 24, 10, 0));
        assertThat(create.changes()).extracting(FieldChange::field)
                .containsExactlyElementsOf(RecordFields.of(created.asset()).keySet())
                .doesNotContain("RESTRICTIONS").hasSize(28);
        assertThat(create.changes()).allMatch(change -> change.before() == null);
        assertThat(byField(create).get("CONFIDENTIALITY").after()).isEqualTo("2");
        assertThat(byField(create).get("ACQUIRED_ON").after()).isEqualTo("2026-04-01");
        assertThat(byField(create).get("KIND").after()).isEqualTo("TERMINAL");
        assertThat(byField(create).get("LEASE_ENDS_ON").after()).isEmpty();

        clock.advance(Duration.ofHours(1));
        AssetDraft edit = assetDraft("PC-0001", manager.sectionId(), manager.id()).confidentiality(3)
                .storagePlace("サーバ室 ラック1");
        services.ledger().save(id, edit);

        List<HistoryEntry> entries = historyOf(RecordType.ASSET, id);
        assertThat(entries).hasSize(2);
        HistoryEntry update = entries.get(0);
        assertThat(update.action()).as("newest first").isEqualTo(HistoryAction.UPDATE);
        assertThat(update.seq()).isEqualTo(create.seq() + 1);
        assertThat(update.userName()).isEqualTo(TestStores.ADMIN);
        assertThat(update.changedAt()).isEqualTo(java.time.LocalDateTime.of(2026, 11, 24, 11, 0));
        assertThat(update.changes()).containsExactly(
                new FieldChange("CONFIDENTIALITY", "2", "3"),
                new FieldChange("STORAGE_PLACE", "事務室 施錠書庫A", "サーバ室 ラック1"));

        services.ledger().save(id, edit);
        assertThat(historyOf(RecordType.ASSET, id)).as("a save that changes nothing writes nothing").hasSize(2);
        assertThat(services.history().verify().intact()).isTrue();
    }

    @Test
    void anInvalidSaveWritesNoHistory() {
        LedgerEntry created = addAsset("PC-0001");
        long before = services.history().verify().entriesChecked();

        assertThatThrownBy(() -> services.ledger().save(created.asset().id(),
                assetDraft("PC-0001", manager.sectionId(), manager.id()).name(""))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.ledger().save(null,
                assetDraft("PC-0001", manager.sectionId(), manager.id()))).as("number taken")
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.staff().save(null, staffDraft("S01001", "重複 太郎", "ちょうふく たろう",
                manager.sectionId()))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.settings().addSection(" ")).isInstanceOf(ValidationException.class);

        VerifyResult after = services.history().verify();
        assertThat(after.entriesChecked()).isEqualTo(before);
        assertThat(after.intact()).isTrue();
    }

    @Test
    void staffChangesAreRecordedFieldByField() {
        List<HistoryEntry> created = historyOf(RecordType.STAFF, manager.id());
        assertThat(created).hasSize(1);
        assertThat(created.get(0).action()).isEqualTo(HistoryAction.CREATE);
        assertThat(byField(created.get(0)).get("NAME").after()).isEqualTo("試験 太郎");
        assertThat(byField(created.get(0)).get("HIRED_ON").after()).isEqualTo("2020-04-01");

        services.staff().save(manager.id(), new StaffDraft("S01001", "試験 太郎", "しけん たろう", manager.sectionId(),
                manager.employmentType(), "2020/4/1", "2026/3/31", true, false));

        HistoryEntry update = historyOf(RecordType.STAFF, manager.id()).get(0);
        assertThat(update.action()).isEqualTo(HistoryAction.UPDATE);
        assertThat(update.userName()).isEqualTo(TestStores.ADMIN);
        assertThat(update.changes()).containsExactly(new FieldChange("LEFT_ON", "", "2026-03-31"),
                new FieldChange("SECURITY_MANAGER", "false", "true"));
    }

    @Test
    void settingsAndSectionsAreRecordsToo() {
        HistoryEntry firstSettings = historyOf(RecordType.SETTING, RecordFields.SETTINGS_ID).get(0);
        assertThat(firstSettings.action()).isEqualTo(HistoryAction.CREATE);
        assertThat(firstSettings.userName()).as("made before the first login").isEqualTo(Actor.SYSTEM.userName());
        assertThat(firstSettings.accountId()).isNull();
        assertThat(byField(firstSettings).get("organisation.name").after()).isEqualTo("試験町環境衛生組合（試験）");
        assertThat(byField(firstSettings)).containsKeys("approval.titles", "date.style", "assetNo.prefix.TERMINAL");

        OrganisationSettings now = services.settings().settings();
        services.settings().save(now.withOrganisationName("試験町衛生組合（試験）"));
        HistoryEntry update = historyOf(RecordType.SETTING, RecordFields.SETTINGS_ID).get(0);
        assertThat(update.action()).isEqualTo(HistoryAction.UPDATE);
        assertThat(update.userName()).isEqualTo(TestStores.ADMIN);
        assertThat(update.changes()).containsExactly(
                new FieldChange("organisation.name", "試験町環境衛生組合（試験）", "試験町衛生組合（試験）"));

        Section first = services.settings().sections().get(0);
        assertThat(historyOf(RecordType.SECTION, first.id())).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(new FieldChange("NAME", null, "試験課"),
                        new FieldChange("SORT_ORDER", null, "0")));
        Section added = services.settings().addSection("検証課");
        assertThat(historyOf(RecordType.SECTION, added.id())).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(HistoryAction.CREATE));
        services.settings().renameSection(added.id(), "検証室");
        assertThat(historyOf(RecordType.SECTION, added.id()).get(0).changes())
                .containsExactly(new FieldChange("NAME", "検証課", "検証室"));

        assertThat(services.history().verify().intact()).isTrue();
    }

    @Test
    void theFilterNarrowsByDayAccountRecordTypeAndRecord() {
        addAsset("PC-0001");
        clock.advance(Duration.ofDays(2));
        LedgerEntry later = addAsset("PC-0002");

        assertThat(services.history().entries(HistoryFilter.ALL)).extracting(HistoryEntry::seq)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<HistoryEntry> assets = services.history().entries(new HistoryFilter(null, null, null, RecordType.ASSET,
                null, 100));
        assertThat(assets).extracting(HistoryEntry::recordType).containsOnly(RecordType.ASSET).hasSize(2);
        List<HistoryEntry> onTheLaterDay = services.history().entries(new HistoryFilter(LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 26), null, null, null, 100));
        assertThat(onTheLaterDay).singleElement().satisfies(e -> assertThat(e.recordId()).isEqualTo(later.asset().id()));
        assertThat(services.history().entries(new HistoryFilter(null, LocalDate.of(2026, 11, 25), "system", null, null,
                100))).isNotEmpty().allMatch(e -> e.userName().equals("system"));
        assertThat(services.history().entries(HistoryFilter.ALL.withLimit(2))).hasSize(2);
        assertThat(services.history().userNames()).contains("system", TestStores.ADMIN);
    }

    @Test
    void eachEntryLinksToTheOneBefore() {
        addAsset("PC-0001");
        services.close();
        services = null;
        List<List<String>> rows = RawStore.query(dir, "SELECT seq, prev_hash, entry_hash FROM history_entry ORDER BY seq");
        services = TestStores.open(dir, clock);

        assertThat(rows).hasSizeGreaterThan(3);
        assertThat(rows.get(0).get(0)).isEqualTo("1");
        assertThat(rows.get(0).get(1)).isEqualTo("0".repeat(64));
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get(0)).isEqualTo(String.valueOf(i + 1));
            assertThat(rows.get(i).get(1)).as("prev_hash of entry %d", i + 1).isEqualTo(rows.get(i - 1).get(2));
            assertThat(rows.get(i).get(2)).matches("[0-9a-f]{64}");
        }
        VerifyResult result = services.history().verify();
        assertThat(result.headSeq()).isEqualTo(rows.size());
        assertThat(result.headHash()).isEqualTo(rows.get(rows.size() - 1).get(2));
    }

    @Test
    void anIntactStoreIsIntact() {
        addAsset("PC-0001");
        VerifyResult result = services.history().verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.firstBreak()).isEmpty();
        // settings, 2 sections, the administrator and the manager (staff), the administrator's account, the asset
        assertThat(result.recordsChecked()).isEqualTo(7);
        assertThat(result.entriesChecked()).isEqualTo(result.headSeq()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void anEntryEditedOutsideTheAppBreaksTheChainAtThatEntry() {
        long seq = historyOf(RecordType.STAFF, manager.id()).get(0).seq();

        outsideTheApp("UPDATE history_entry SET changes = REPLACE(changes, '試験 太郎', '改竄 太郎') WHERE seq = " + seq);

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.HASH);
        assertThat(broken.seq()).isEqualTo(seq);
    }

    @Test
    void aDeletedEntryIsFoundAndTheEntryAfterItNamed() {
        long seq = historyOf(RecordType.STAFF, manager.id()).get(0).seq();
        addAsset("PC-0001");

        outsideTheApp("DELETE FROM history_entry WHERE seq = " + seq);

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.GAP);
        assertThat(broken.seq()).isEqualTo(seq + 1);
    }

    @Test
    void theLastEntryDeletedIsFoundToo() {
        LedgerEntry asset = addAsset("PC-0001");
        long last = historyOf(RecordType.ASSET, asset.asset().id()).get(0).seq();

        outsideTheApp("DELETE FROM history_entry WHERE seq = " + last);

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.HEAD);
        assertThat(broken.seq()).isEqualTo(last);
    }

    @Test
    void anInsertedEntryIsFound() {
        VerifyResult before = services.history().verify();
        long next = before.headSeq() + 1;

        outsideTheApp("INSERT INTO history_entry (seq, changed_at, account_id, user_name, record_type, record_id, "
                + "change_action, reason, changes, prev_hash, entry_hash) VALUES (" + next + ", TIMESTAMP '2026-11-24 12:00:00', "
                + "NULL, 'system', 'STAFF', " + manager.id() + ", 'UPDATE', '', 'NAME\t試験 太郎\t別人 太郎', '"
                + before.headHash() + "', '" + "a".repeat(64) + "')");

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.HASH);
        assertThat(broken.seq()).isEqualTo(next);
    }

    @Test
    void anEntryInsertedWithAForgedHashStillDoesNotMatchTheRecord() {
        // someone who knows the algorithm appends a well-formed entry: the chain holds, the record does not match
        VerifyResult before = services.history().verify();
        long next = before.headSeq() + 1;
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 11, 24, 12, 0);
        String changes = "NAME\t試験 太郎\t別人 太郎";
        String hash = org.daicho.store.HistoryChain.hash(next, at, null, "system", "STAFF", manager.id(), "UPDATE", "",
                changes, before.headHash());

        outsideTheApp("INSERT INTO history_entry (seq, changed_at, account_id, user_name, record_type, record_id, "
                + "change_action, reason, changes, prev_hash, entry_hash) VALUES (" + next + ", TIMESTAMP '2026-11-24 12:00:00', "
                + "NULL, 'system', 'STAFF', " + manager.id() + ", 'UPDATE', '', '" + changes + "', '"
                + before.headHash() + "', '" + hash + "')",
                "UPDATE history_head SET last_seq = " + next + ", last_hash = '" + hash + "'");

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.RECORD_CHANGED);
        assertThat(broken.recordType()).isEqualTo(RecordType.STAFF);
        assertThat(broken.recordId()).isEqualTo(manager.id());
        assertThat(broken.field()).isEqualTo("NAME");
        assertThat(broken.seq()).isEqualTo(next);
    }

    @Test
    void anAssetChangedOutsideTheAppIsNamed() {
        LedgerEntry asset = addAsset("PC-0001");
        long id = asset.asset().id();
        long last = historyOf(RecordType.ASSET, id).get(0).seq();

        outsideTheApp("UPDATE asset SET confidentiality = 1 WHERE id = " + id);

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.RECORD_CHANGED);
        assertThat(broken.recordType()).isEqualTo(RecordType.ASSET);
        assertThat(broken.recordId()).isEqualTo(id);
        assertThat(broken.field()).isEqualTo("CONFIDENTIALITY");
        assertThat(broken.seq()).isEqualTo(last);
        assertThat(broken.describe(org.daicho.i18n.Messages.japanese())).contains("情報資産").contains(String.valueOf(id))
                .contains("#" + last);
    }

    @Test
    void aRecordWithoutHistoryIsNamed() {
        outsideTheApp("INSERT INTO section (name, sort_order) VALUES ('裏口課', 9)");

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.RECORD_UNTRACKED);
        assertThat(broken.recordType()).isEqualTo(RecordType.SECTION);
        assertThat(broken.seq()).isNull();
        long id = services.settings().sections().stream().filter(s -> s.name().equals("裏口課")).findFirst()
                .orElseThrow().id();
        assertThat(broken.recordId()).isEqualTo(id);
    }

    @Test
    void aSettingChangedOutsideTheAppIsNamed() {
        outsideTheApp("UPDATE setting SET setting_value = 'SEIREKI' WHERE setting_name = 'date.style'");

        VerifyResult.Break broken = brokenAt();
        assertThat(broken.reason()).isEqualTo(VerifyResult.Reason.RECORD_CHANGED);
        assertThat(broken.recordType()).isEqualTo(RecordType.SETTING);
        assertThat(broken.field()).isEqualTo("date.style");
    }

    @Test
    void aDeletionNeedsAReasonAndLeavesNoLiveRecordBehind() throws Exception {
        services.close();
        services = null;
        try (Database db = Database.open(dir, RawStore.key(dir))) {
            HistoryService history = new HistoryService(db, clock);
            Actor actor = new Actor(1L, TestStores.ADMIN, java.util.EnumSet.of(org.daicho.domain.Role.ADMIN));
            Map<String, String> fields = RecordFields.of(new Section(99L, "仮設課", 5));
            assertThatThrownBy(() -> db.inTransaction(c -> history.record(c, actor, RecordType.SECTION, 99, fields,
                    Map.of(), " "))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");

            // a record created and deleted in its history, with no live row: intact
            db.inTransaction(c -> {
                history.record(c, actor, RecordType.SECTION, 99, Map.of(), fields, "");
                history.record(c, actor, RecordType.SECTION, 99, fields, Map.of(), "誤って登録したため");
                return null;
            });
            assertThat(history.verify().intact()).isTrue();
            HistoryEntry deletion = history.entriesOf(RecordType.SECTION, 99).get(0);
            assertThat(deletion.action()).isEqualTo(HistoryAction.DELETE);
            assertThat(deletion.reason()).isEqualTo("誤って登録したため");
            assertThat(deletion.changes()).contains(new FieldChange("NAME", "仮設課", null));

            // a deleted record that is still live in the store is not intact
            long firstSection = db.read(c -> new org.daicho.store.SectionRepository().findAll(c)).get(0).id();
            Map<String, String> live = RecordFields.of(new Section(firstSection, "試験課", 0));
            db.inTransaction(c -> history.record(c, actor, RecordType.SECTION, firstSection, live, Map.of(), "廃止"));
            VerifyResult result = history.verify();
            assertThat(result.firstBreak()).get().satisfies(b -> {
                assertThat(b.reason()).isEqualTo(VerifyResult.Reason.RECORD_CHANGED);
                assertThat(b.recordId()).isEqualTo(firstSection);
            });
        }
        services = TestStores.open(dir, clock);
    }

    @Test
    void savesFromManyThreadsTakeDistinctSeqsWithoutGaps() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<LedgerEntry>> saves = new ArrayList<>();
            for (int i = 1; i <= 20; i++) {
                String no = String.format("PC-%04d", i);
                saves.add(() -> addAsset(no));
            }
            for (Future<LedgerEntry> saved : pool.invokeAll(saves)) {
                assertThat(saved.get().asset().id()).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
        VerifyResult result = services.history().verify();
        assertThat(result.intact()).as(String.valueOf(result.firstBreak())).isTrue();
        assertThat(services.history().entries(new HistoryFilter(null, null, null, RecordType.ASSET, null, 100)))
                .hasSize(20);
    }

    @Test
    void theDemoStoreIsIntactWithAHistoryForEveryRecord() {
        services.close();
        services = TestStores.createDemo(dir.resolve("demo"), clock);

        VerifyResult result = services.history().verify();
        assertThat(result.intact()).as(String.valueOf(result.firstBreak())).isTrue();
        // two 年度 of training sessions with their attendance, each made once by the app
        TrainingService training = services.training();
        List<TrainingSession> sessions = new ArrayList<>(training.sessions(new FiscalYear(2025)));
        sessions.addAll(training.sessions(new FiscalYear(2026)));
        long attendance = sessions.stream().mapToLong(s -> training.attendance(s.id()).size()).sum();
        assertThat(sessions).hasSize(2 * 7);
        assertThat(attendance).isPositive();
        assertThat(services.history().entries(new HistoryFilter(null, null, "system", RecordType.TRAINING_SESSION,
                null, 1000))).hasSize(sessions.size()).allMatch(e -> e.action() == HistoryAction.CREATE);
        assertThat(services.history().entries(new HistoryFilter(null, null, "system", RecordType.ATTENDANCE, null,
                10_000))).hasSize((int) attendance).allMatch(e -> e.action() == HistoryAction.CREATE);
        int disposals = services.disposal().list(org.daicho.domain.DisposalFilter.ALL).size();
        long assetsDisposed = services.disposal().list(org.daicho.domain.DisposalFilter.ALL).stream()
                .filter(e -> e.record().status() == org.daicho.domain.DisposalStatus.COMPLETED)
                .mapToLong(e -> e.record().assetIds().size()).sum();
        // settings + 3 sections + 60 staff + 300 assets + the accounts admin, kanri and tanto + 16 carry records
        // + the disposal records + the sessions and their attendance
        assertThat(disposals).isPositive();
        assertThat(result.recordsChecked())
                .isEqualTo(1 + 3 + 60 + 300 + 3 + 16 + disposals + sessions.size() + attendance);
        // every asset made once; the four carried out by the demo's 持出中 records changed status once more, and
        // each asset of a completed disposal once more
        assertThat(services.history().entries(new HistoryFilter(null, null, "system", RecordType.ASSET, null, 1000)))
                .hasSize(304 + (int) assetsDisposed).filteredOn(e -> e.action() == HistoryAction.CREATE).hasSize(300);
    }

    @Test
    void verifyReportsProgressAndCanBeCancelled() {
        List<long[]> reports = new ArrayList<>();
        services.close();
        services = TestStores.createDemo(dir.resolve("demo"), clock);
        services.history().verify(new Progress() {
            @Override
            public void update(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(reports).isNotEmpty().allMatch(r -> r[0] <= r[1]);

        assertThatThrownBy(() -> services.history().verify(new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(java.util.concurrent.CancellationException.class);
    }
}
