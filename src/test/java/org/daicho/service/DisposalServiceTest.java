package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.CarryDraft;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.DisposalAssessment;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalFilter;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalPolicy;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldChange;
import org.daicho.domain.FieldError;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.testing.MutableClock;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 廃棄記録 through the service on a real encrypted store, with several accounts logging in in turn. */
class DisposalServiceTest {

    /**
     * A synthetic body with the people and assets the disposal rules look at: a clerk (tanto1), a security manager
     * (kanri1), one person holding both roles (kenmu1), staff who do and witness the work, and assets of every
     * 機密性, with 特定個人情報, in the マイナンバー利用事務系, leased, and twenty USB sticks. Shared by the evidence
     * and export tests.
     */
    static final class Fixture implements AutoCloseable {

        static final String TEMP = "temporary-pass-1";
        static final OrganisationSetup SETUP = new OrganisationSetup("試験町環境衛生組合（試験）",
                List.of("試験課", "見本課"), List.of("担当", "係長", "課長"));

        final Path dir;
        /** 2026-11-24 10:00 in Tokyo. */
        final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        DaichoServices services;

        final Staff clerk;
        final Staff worker;
        final Staff manager;
        final Staff otherManager;
        final Staff plain;
        final long c1;
        final long c2;
        final long c3;
        final long myNumberInfo;
        final long myNumberZone;
        final long leased;
        final List<Long> usb = new ArrayList<>();

        Fixture(Path dir) {
            this.dir = dir;
            services = DaichoServices.create(dir, SETUP, TestStores.admin(), clock, KeyDerivation.forTests())
                    .services();
            long section = services.settings().sections().get(0).id();
            clerk = staff("S0001", "試験 一郎", "しけん いちろう", section, false);
            worker = staff("S0002", "見本 次郎", "みほん じろう", section, false);
            manager = staff("S0003", "架空 三郎", "かくう さぶろう", section, true);
            otherManager = staff("S0004", "例示 花子", "れいじ はなこ", section, true);
            plain = staff("S0005", "模擬 桜", "もぎ さくら", section, false);
            services.accounts().create("tanto1", clerk.id(), EnumSet.of(Role.CLERK), TEMP.toCharArray());
            services.accounts().create("kanri1", manager.id(), EnumSet.of(Role.SECURITY_MANAGER), TEMP.toCharArray());
            // one person holding both roles: may apply, but never decide on their own application
            services.accounts().create("kenmu1", otherManager.id(), EnumSet.of(Role.CLERK, Role.SECURITY_MANAGER),
                    TEMP.toCharArray());
            c1 = asset("PC-0001", AssetKind.TERMINAL, 1, PersonalInfoKind.NONE, NetworkZone.LGWAN, Ownership.PURCHASED);
            c2 = asset("PC-0002", AssetKind.TERMINAL, 2, PersonalInfoKind.PERSONAL, NetworkZone.LGWAN,
                    Ownership.PURCHASED);
            c3 = asset("PC-0003", AssetKind.TERMINAL, 3, PersonalInfoKind.SENSITIVE_PERSONAL, NetworkZone.LGWAN,
                    Ownership.PURCHASED);
            myNumberInfo = asset("PC-0004", AssetKind.TERMINAL, 3, PersonalInfoKind.MY_NUMBER, NetworkZone.LGWAN,
                    Ownership.PURCHASED);
            myNumberZone = asset("PC-0005", AssetKind.TERMINAL, 2, PersonalInfoKind.PERSONAL, NetworkZone.MY_NUMBER,
                    Ownership.PURCHASED);
            leased = asset("PC-0006", AssetKind.TERMINAL, 2, PersonalInfoKind.PERSONAL, NetworkZone.LGWAN,
                    Ownership.LEASED);
            for (int i = 1; i <= 20; i++) {
                usb.add(asset(String.format("MD-%04d", i), AssetKind.STORAGE_MEDIUM, 2, PersonalInfoKind.PERSONAL,
                        NetworkZone.LGWAN, Ownership.PURCHASED));
            }
        }

        @Override
        public void close() {
            services.close();
        }

        private Staff staff(String no, String name, String kana, long section, boolean securityManager) {
            return services.staff().save(null, new StaffDraft(no, name, kana, section, EmploymentType.REGULAR,
                    "2020/4/1", "", securityManager, false));
        }

        private long asset(String no, AssetKind kind, int c, PersonalInfoKind personalInfo, NetworkZone zone,
                Ownership ownership) {
            return services.ledger().save(null, ServiceFixtures.assetDraft(no, clerk.sectionId(), manager.id())
                    .kind(kind).medium(kind == AssetKind.STORAGE_MEDIUM ? "USBメモリ" : "内蔵SSD").confidentiality(c)
                    .personalInfo(personalInfo).networkZone(zone).ownership(ownership)
                    .leaseEndsOn(ownership == Ownership.LEASED ? "2031/3/31" : "")).asset().id();
        }

        /** Logs in as {@code user} (the one store is opened by one account at a time). */
        DaichoServices as(String user) {
            services.close();
            String password = user.equals(TestStores.ADMIN) ? TestStores.PASSWORD : TEMP;
            services = DaichoServices.login(dir, user, password.toCharArray(), clock, KeyDerivation.forTests())
                    .services();
            return services;
        }

        DisposalService disposal() {
            return services.disposal();
        }

        LocalDateTime now() {
            return LocalDateTime.now(clock).withNano(0);
        }

        long[] usb(int from, int to) {
            return usb.subList(from, to).stream().mapToLong(Long::longValue).toArray();
        }

        /** 廃棄 by Purge (ブロック消去) on the premises in a week. */
        DisposalDraft draft(long... assets) {
            return draft(DisposalEnd.DISPOSE, SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE, assets);
        }

        DisposalDraft draft(DisposalEnd end, SanitisationMethod method, SanitisationTechnique technique,
                long... assets) {
            return new DisposalDraft(Arrays.stream(assets).boxed().toList(), end, method, technique,
                    DisposalPlace.INSIDE, LocalDate.now(clock).plusDays(7), "耐用年数経過による更新のため", "");
        }

        /** Applied by tanto1, approved by kanri1; logged in as tanto1 afterwards. */
        long approved(DisposalDraft draft) {
            long id = as("tanto1").disposal().apply(draft).id();
            as("kanri1").disposal().approve(id, "");
            as("tanto1");
            return id;
        }

        /** Applied, approved and executed now with {@link #exec()}; logged in as tanto1 afterwards. */
        DisposalEntry completed(DisposalDraft draft) {
            return completed(draft, exec());
        }

        DisposalEntry completed(DisposalDraft draft, Exec execution) {
            long id = approved(draft);
            return disposal().execute(id, execution.build());
        }

        /** Done now by 見本 次郎 with 模擬 桜 watching: Purge by ブロック消去 with a named tool, checked. */
        Exec exec() {
            return new Exec(now(), worker.id(), plain.id());
        }
    }

    /** A 実施記録 being filled in, as the clerk would, one field at a time. */
    static final class Exec {
        LocalDateTime at;
        Long performer;
        String performerName = "";
        Long witness;
        SanitisationMethod method = SanitisationMethod.PURGE;
        SanitisationTechnique technique = SanitisationTechnique.BLOCK_ERASE;
        String tool = "試験消去ツール";
        String toolVersion = "2.1";
        String verificationMethod = "全領域読取検証";
        String verificationResult = "全領域が読み出せないことを確認";
        DisposalPlace place = DisposalPlace.INSIDE;
        String contractor = "";
        String certificateNo = "";
        LocalDate certificateOn;

        Exec(LocalDateTime at, Long performer, Long witness) {
            this.at = at;
            this.performer = performer;
            this.witness = witness;
        }

        Exec at(LocalDateTime time) {
            at = time;
            return this;
        }

        Exec by(Long staffId, String contractorWorker) {
            performer = staffId;
            performerName = contractorWorker;
            return this;
        }

        Exec witness(Long staffId) {
            witness = staffId;
            return this;
        }

        Exec method(SanitisationMethod m, SanitisationTechnique t) {
            method = m;
            technique = t;
            return this;
        }

        Exec tool(String name, String version) {
            tool = name;
            toolVersion = version;
            return this;
        }

        Exec verification(String how, String result) {
            verificationMethod = how;
            verificationResult = result;
            return this;
        }

        Exec place(DisposalPlace where, String contractorName) {
            place = where;
            contractor = contractorName;
            return this;
        }

        Exec certificate(String contractorName, String number, LocalDate receivedOn) {
            contractor = contractorName;
            certificateNo = number;
            certificateOn = receivedOn;
            return this;
        }

        DisposalExecution build() {
            return new DisposalExecution(at, performer, performerName, witness, method, technique, "全領域1回", tool,
                    toolVersion, verificationMethod, verificationResult, place, contractor, certificateNo,
                    certificateOn, false, "", "試験リサイクル（架空）", "");
        }
    }

    @TempDir
    Path dir;

    private Fixture f;

    @BeforeEach
    void makeStore() {
        f = new Fixture(dir);
    }

    @AfterEach
    void closeStore() {
        f.close();
    }

    /** The message keys of a refusal, in order. */
    static List<String> refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::messageKey).toList();
        }
        throw new AssertionError("not refused");
    }

    /** "FIELD messageKey" for each error: which field the window would mark, and why. */
    static List<String> problems(DisposalAssessment assessment) {
        return assessment.errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
    }

    static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(err -> err.field() + " " + err.messageKey()).toList();
        }
        throw new AssertionError("not refused");
    }

    private Asset asset(long id) {
        return f.services.ledger().entry(id).asset();
    }

    private List<Long> ids(List<DisposalEntry> entries) {
        return entries.stream().map(DisposalEntry::id).toList();
    }

    private void assertVerified() {
        VerifyResult verified = f.services.history().verify();
        assertThat(verified.intact()).as(String.valueOf(verified.firstBreak())).isTrue();
    }

    @Test
    void twentyUsbSticksGoFromOneApplicationThroughPermissionToDisposedUnderOneRecordNumber() {
        long[] sticks = f.usb(0, 20);
        DisposalEntry applied = f.as("tanto1").disposal().apply(f.draft(sticks));
        long id = applied.id();
        assertThat(applied.record().status()).isEqualTo(DisposalStatus.REQUESTED);
        assertThat(applied.record().recordNo()).isEqualTo("D-2026-0001");
        assertThat(applied.assets()).extracting(Asset::id).containsExactlyElementsOf(f.usb);
        assertThat(applied.assetNumbers()).startsWith("MD-0001、MD-0002、").endsWith("MD-0020");
        assertThat(applied.applicantName()).isEqualTo("試験 一郎");
        assertThat(applied.record().appliedAt()).isEqualTo(f.now());
        assertThat(f.disposal().waitingForPermission()).extracting(DisposalEntry::id).containsExactly(id);
        assertThat(f.disposal().attention()).isEqualTo(new DisposalAttention(1, 0));
        assertThat(f.disposal().disposableAssets()).extracting(e -> e.asset().id()).doesNotContainAnyElementsOf(f.usb)
                .contains(f.c1, f.c2);

        f.clock.advance(Duration.ofMinutes(10));
        DisposalEntry approved = f.as("kanri1").disposal().approve(id, "消去後に読取検証をすること");
        assertThat(approved.record().status()).isEqualTo(DisposalStatus.APPROVED);
        assertThat(approved.approverName()).isEqualTo("架空 三郎");
        assertThat(approved.approverSectionName()).isEqualTo("試験課");
        assertThat(approved.record().decision().paperApproval()).isFalse();
        assertThat(approved.record().decision().comment()).isEqualTo("消去後に読取検証をすること");
        assertThat(approved.record().permittedAt()).isEqualTo(f.now());
        assertThat(f.disposal().waitingForPermission()).isEmpty();
        assertThat(f.disposal().attention()).isEqualTo(new DisposalAttention(0, 1));

        f.clock.advance(Duration.ofHours(2));
        LocalDateTime doneAt = f.now().minusMinutes(30);
        DisposalEntry done = f.as("tanto1").disposal().execute(id, f.exec().at(doneAt).build());
        assertThat(done.record().status()).isEqualTo(DisposalStatus.COMPLETED);
        assertThat(done.record().execution().executedAt()).isEqualTo(doneAt);
        assertThat(done.performerName()).isEqualTo("見本 次郎");
        assertThat(done.witnessName()).isEqualTo("模擬 桜");
        assertThat(f.disposal().attention()).isEqualTo(new DisposalAttention(0, 0));
        for (long stick : sticks) {
            assertThat(asset(stick).status()).isEqualTo(AssetStatus.DISPOSED);
            assertThat(asset(stick).disposalRecordNo()).isEqualTo("D-2026-0001");
        }
        assertThat(f.disposal().disposableAssets()).extracting(e -> e.asset().id()).doesNotContainAnyElementsOf(f.usb);

        // read back after a restart: the record is what was written
        DisposalEntry reread = f.as("tanto1").disposal().entry(id);
        assertThat(reread.record()).isEqualTo(done.record());
        assertThat(f.disposal().list(DisposalFilter.ALL)).extracting(DisposalEntry::id).containsExactly(id);

        // the record's history: application, permission, execution; each stick's: its creation and its disposal
        List<HistoryEntry> recordHistory = f.services.history().entriesOf(RecordType.DISPOSAL, id);
        assertThat(recordHistory).extracting(HistoryEntry::action).containsExactly(HistoryAction.UPDATE,
                HistoryAction.UPDATE, HistoryAction.CREATE);
        assertThat(recordHistory).extracting(HistoryEntry::userName).containsExactly("tanto1", "kanri1", "tanto1");
        assertThat(recordHistory.get(0).changes()).contains(new FieldChange("STATUS", "APPROVED", "COMPLETED"));
        List<HistoryEntry> stickHistory = f.services.history().entriesOf(RecordType.ASSET, sticks[19]);
        assertThat(stickHistory).extracting(HistoryEntry::action).containsExactly(HistoryAction.UPDATE,
                HistoryAction.CREATE);
        assertThat(stickHistory.get(0).userName()).isEqualTo("tanto1");
        assertThat(stickHistory.get(0).changes()).contains(new FieldChange("STATUS", "IN_USE", "DISPOSED"),
                new FieldChange("DISPOSAL_RECORD_NO", "", "D-2026-0001"));
        assertVerified();
    }

    @Test
    void aDisposedAssetRefusesEditsAndTheLedgerFormCannotDisposeOfAnythingItself() {
        DisposalEntry done = f.completed(f.draft(f.c2));
        assertThat(asset(f.c2).status()).isEqualTo(AssetStatus.DISPOSED);
        AssetDraft edit = AssetDraft.of(asset(f.c2), f.services.settings().settings().dateStyle()).note("書き換え");
        assertThat(problems(() -> f.services.ledger().save(f.c2, edit))).containsExactly("STATUS validation.readOnly");
        assertThat(asset(f.c2).note()).isEmpty();

        // 廃棄済 / リース返却済 come only from a disposal record: not from the ledger form, new or edited
        AssetDraft typedIn = AssetDraft.of(asset(f.c1), f.services.settings().settings().dateStyle())
                .status(AssetStatus.DISPOSED).disposalRecordNo(done.record().recordNo());
        assertThat(problems(() -> f.services.ledger().save(f.c1, typedIn)))
                .containsExactly("STATUS validation.finalOnlyByDisposal");
        assertThat(problems(() -> f.services.ledger().save(null, ServiceFixtures.assetDraft("PC-0099",
                f.clerk.sectionId(), f.manager.id()).status(AssetStatus.RETURNED_TO_LESSOR)
                .disposalRecordNo("D-2026-0001")))).containsExactly("STATUS validation.finalOnlyByDisposal");
        assertThat(asset(f.c1).status()).isEqualTo(AssetStatus.IN_USE);
        assertVerified();
    }

    @Test
    void recordNumbersCountUpWithinEachFiscalYearAndAreNeverReused() {
        DisposalService tanto = f.as("tanto1").disposal();
        assertThat(tanto.apply(f.draft(f.usb(0, 1))).record().recordNo()).isEqualTo("D-2026-0001");
        long second = tanto.apply(f.draft(f.usb(1, 2))).id();
        assertThat(tanto.entry(second).record().recordNo()).isEqualTo("D-2026-0002");
        tanto.cancel(second, "申請誤り");
        assertThat(tanto.apply(f.draft(f.usb(1, 2))).record().recordNo()).as("a cancelled number stays used")
                .isEqualTo("D-2026-0003");

        // 31 March 2027 is still 年度 2026; 1 April starts 2027 at 0001
        f.clock.advance(Duration.between(f.now(), LocalDateTime.of(2027, 3, 31, 23, 59, 59)));
        assertThat(f.as("tanto1").disposal().apply(f.draft(f.usb(2, 3))).record().recordNo())
                .isEqualTo("D-2026-0004");
        f.clock.advance(Duration.ofSeconds(1));
        DisposalService april = f.as("tanto1").disposal();
        assertThat(april.apply(f.draft(f.usb(3, 4))).record().recordNo()).isEqualTo("D-2027-0001");
        assertThat(april.apply(f.draft(f.usb(4, 5))).record().recordNo()).isEqualTo("D-2027-0002");
    }

    @Test
    void assetsAlreadyGoneCarriedOutOrInAnotherOpenApplicationAreRefused() {
        long[] first = f.usb(0, 1);
        f.completed(f.draft(first));
        f.completed(f.draft(DisposalEnd.LEASE_RETURN, SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE,
                f.leased));
        assertThat(asset(f.leased).status()).isEqualTo(AssetStatus.RETURNED_TO_LESSOR);

        // 機密性1 needs no permission to go out: it is 持出中 at once
        DaichoServices tanto = f.as("tanto1");
        long carry = tanto.carry().apply(CarryDraft.carryOut(List.of(f.c1), f.worker.id(), "架空県庁での説明",
                "架空県庁 第3会議室", f.now().plusHours(1), f.now().plusDays(1), EnumSet.of(CarryMeasure.PASSWORD),
                "", "")).id();
        tanto.carry().markOut(carry, null);
        assertThat(asset(f.c1).status()).isEqualTo(AssetStatus.CARRIED_OUT);

        DisposalService disposal = tanto.disposal();
        String open = disposal.apply(f.draft(f.usb(1, 2))).record().recordNo();

        assertThat(refusal(() -> disposal.apply(f.draft(first)))).containsExactly("disposal.error.assetFinal");
        assertThat(refusal(() -> disposal.apply(f.draft(f.leased)))).containsExactly("disposal.error.assetFinal");
        assertThat(refusal(() -> disposal.apply(f.draft(f.c1)))).containsExactly("disposal.error.assetOut");
        try {
            disposal.apply(f.draft(f.usb(1, 3)));
            throw new AssertionError("not refused");
        } catch (ValidationException e) {
            assertThat(e.errors()).singleElement().satisfies(err -> {
                assertThat(err.messageKey()).isEqualTo("disposal.error.assetInOpenDisposal");
                assertThat(err.args()).containsExactly("MD-0002", open);
            });
            assertThat(ErrorMessages.describe(e, Messages.japanese())).contains("MD-0002").contains(open);
        }
        assertThat(refusal(() -> disposal.apply(f.draft(DisposalEnd.LEASE_RETURN, SanitisationMethod.PURGE,
                SanitisationTechnique.BLOCK_ERASE, f.c2)))).as("リース返却 of an asset that was bought")
                .containsExactly("disposal.error.notLeased");
        assertThat(refusal(() -> disposal.apply(f.draft(999_999L)))).containsExactly("disposal.error.assetMissing");
        assertThat(refusal(() -> disposal.apply(f.draft()))).containsExactly("validation.choose");

        assertThat(disposal.disposableAssets()).extracting(e -> e.asset().id())
                .doesNotContain(first[0], f.leased, f.c1, f.usb.get(1)).contains(f.c2, f.c3, f.usb.get(2));
        assertThat(disposal.list(DisposalFilter.ALL)).as("nothing written by the refusals").hasSize(3);

        // once the open application is cancelled its asset may be applied for again; the same asset twice counts once
        long openId = disposal.list(new DisposalFilter(null, null, DisposalStatus.REQUESTED, "")).get(0).id();
        disposal.cancel(openId, "計画変更");
        assertThat(disposal.apply(f.draft(f.usb.get(1), f.usb.get(1))).assets()).hasSize(1);
    }

    @Test
    void neitherTheApplicantNorSomeoneWithoutTheFlagMayGivePermissionInTheAppOrOnPaper() {
        long ownApplication = f.as("kenmu1").disposal().apply(f.draft(f.c2)).id();
        assertThat(refusal(() -> f.disposal().approve(ownApplication, ""))).as("兼務の禁止")
                .containsExactly("disposal.error.approverIsApplicant");
        assertThat(refusal(() -> f.disposal().reject(ownApplication, "自分の申請")))
                .containsExactly("disposal.error.approverIsApplicant");
        assertThat(refusal(() -> f.disposal().recordPaperApproval(ownApplication, f.otherManager.id(),
                LocalDate.now(f.clock), "決裁番号 26-101"))).as("nor on paper under the applicant's own name")
                .containsExactly("disposal.error.approverIsApplicant");

        DisposalService tanto = f.as("tanto1").disposal();
        long byClerk = tanto.apply(f.draft(f.c3)).id();
        assertThat(refusal(() -> tanto.recordPaperApproval(byClerk, f.plain.id(), LocalDate.now(f.clock), "")))
                .containsExactly("disposal.error.approverNotManager");
        assertThat(refusal(() -> tanto.recordPaperApproval(byClerk, f.clerk.id(), LocalDate.now(f.clock), "")))
                .as("the applicant's own staff holds no flag either").containsExactly("disposal.error.approverNotManager");
        assertThat(refusal(() -> tanto.recordPaperApproval(byClerk, f.manager.id(),
                LocalDate.now(f.clock).plusDays(1), ""))).containsExactly("disposal.error.paperDateFuture");
        assertThat(refusal(() -> tanto.recordPaperApproval(byClerk, f.manager.id(), null, "")))
                .containsExactly("validation.required");
        assertThat(tanto.entry(byClerk).record().status()).as("nothing written by the refusals")
                .isEqualTo(DisposalStatus.REQUESTED);
        assertThat(tanto.paperApproverCandidates()).extracting(Staff::id)
                .containsExactlyInAnyOrder(f.manager.id(), f.otherManager.id());

        DisposalEntry paper = tanto.recordPaperApproval(byClerk, f.manager.id(), LocalDate.now(f.clock).minusDays(2),
                "決裁番号 26-102");
        assertThat(paper.record().status()).isEqualTo(DisposalStatus.APPROVED);
        assertThat(paper.record().decision().paperApproval()).isTrue();
        assertThat(paper.record().decision().approverAccountId()).isNull();
        assertThat(paper.approverName()).isEqualTo("架空 三郎");
        assertThat(paper.record().permittedAt()).isEqualTo(LocalDate.now(f.clock).minusDays(2).atStartOfDay());

        assertThat(f.as("kanri1").disposal().approve(ownApplication, "").record().status())
                .as("another security manager may").isEqualTo(DisposalStatus.APPROVED);
        assertVerified();
    }

    @Test
    void rolesAreEnforcedInTheService() {
        long id = f.as("tanto1").disposal().apply(f.draft(f.c2)).id();
        assertThatThrownBy(() -> f.disposal().approve(id, "")).as("a clerk cannot approve")
                .isInstanceOfSatisfying(PermissionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("disposal.error.notSecurityManager"));
        assertThatThrownBy(() -> f.disposal().reject(id, "不可")).isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> f.as(TestStores.ADMIN).disposal().approve(id, "")).as("nor can an administrator")
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> f.services.disposal().reject(id, "不可")).isInstanceOf(PermissionException.class);

        DisposalService kanri = f.as("kanri1").disposal();
        assertThatThrownBy(() -> kanri.apply(f.draft(f.c3))).as("a security manager alone cannot apply")
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> kanri.cancel(id, "不要")).isInstanceOf(PermissionException.class);
        assertThat(kanri.approve(id, "").record().status()).isEqualTo(DisposalStatus.APPROVED);
        assertThatThrownBy(() -> kanri.execute(id, f.exec().build())).as("the execution is recorded by a clerk")
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> kanri.attachEvidence(id, dir, null)).isInstanceOf(PermissionException.class);
        assertThat(ErrorMessages.describe(new PermissionException("disposal.error.notSecurityManager"),
                Messages.japanese())).contains("情報セキュリティ管理者");

        // the administrator may do the clerk's part
        DisposalService admin = f.as(TestStores.ADMIN).disposal();
        assertThat(admin.execute(id, f.exec().build()).record().status()).isEqualTo(DisposalStatus.COMPLETED);
        long another = admin.apply(f.draft(f.c3)).id();
        assertThat(admin.recordPaperApproval(another, f.manager.id(), LocalDate.now(f.clock), "").record().status())
                .isEqualTo(DisposalStatus.APPROVED);
        assertThat(admin.cancel(another, "中止").record().status()).isEqualTo(DisposalStatus.CANCELLED);
        assertVerified();
    }

    @Test
    void theExecutionMustComeAfterThePermission() {
        long id = f.as("tanto1").disposal().apply(f.draft(f.c2)).id();
        assertThat(refusal(() -> f.disposal().execute(id, f.exec().build())))
                .containsExactly("disposal.error.needsPermission");
        assertThat(asset(f.c2).status()).isEqualTo(AssetStatus.IN_USE);

        f.clock.advance(Duration.ofMinutes(30));
        LocalDateTime permitted = f.now();
        f.as("kanri1").disposal().approve(id, "");
        f.clock.advance(Duration.ofHours(1));
        DisposalService tanto = f.as("tanto1").disposal();
        assertThat(refusal(() -> tanto.execute(id, f.exec().at(permitted.minusMinutes(15)).build())))
                .containsExactly("disposal.error.beforePermission");
        assertThat(refusal(() -> tanto.execute(id, f.exec().at(permitted.minusSeconds(1)).build())))
                .containsExactly("disposal.error.beforePermission");
        assertThat(refusal(() -> tanto.execute(id, f.exec().at(f.now().plusMinutes(1)).build())))
                .containsExactly("disposal.error.future");
        assertThat(tanto.execute(id, f.exec().at(permitted).build()).record().status()).as("at the same second")
                .isEqualTo(DisposalStatus.COMPLETED);

        // a 紙決裁 dated 22 November permits from 22 November 00:00
        long paper = tanto.apply(f.draft(f.c3)).id();
        LocalDate paperDay = LocalDate.of(2026, 11, 22);
        tanto.recordPaperApproval(paper, f.manager.id(), paperDay, "決裁番号 26-103");
        assertThat(refusal(() -> tanto.execute(paper, f.exec().at(paperDay.minusDays(1).atTime(23, 59, 59)).build())))
                .containsExactly("disposal.error.beforePermission");
        DisposalEntry done = tanto.execute(paper, f.exec().at(paperDay.atStartOfDay()).build());
        assertThat(done.record().execution().executedAt()).isEqualTo(LocalDateTime.of(2026, 11, 22, 0, 0));
        assertThat(asset(f.c3).status()).isEqualTo(AssetStatus.DISPOSED);
        assertVerified();
    }

    @Test
    void anIncompleteOrInconsistentExecutionRecordIsRefusedFieldByField() {
        Staff retired = f.as(TestStores.ADMIN).staff().save(null, new StaffDraft("S0009", "退職 太郎", "たいしょく たろう",
                f.clerk.sectionId(), EmploymentType.REGULAR, "2010/4/1", "2026/10/31", false, false));
        long id = f.approved(f.draft(f.c2));
        DisposalService disposal = f.disposal();

        Exec nothing = new Exec(null, null, null).method(null, null).tool("", "").verification("", "")
                .place(null, "");
        assertThat(problems(disposal.checkExecution(id, nothing.build()))).containsExactly(
                "EXECUTED_AT validation.required", "PERFORMER disposal.error.performerRequired",
                "METHOD validation.choose", "TECHNIQUE validation.choose", "VERIFICATION_METHOD validation.required",
                "VERIFICATION_RESULT validation.required", "PLACE validation.choose",
                "WITNESS disposal.error.proofRequired");

        assertThat(problems(disposal.checkExecution(id, f.exec().witness(f.worker.id()).build())))
                .containsExactly("WITNESS disposal.error.witnessIsPerformer");
        assertThat(problems(disposal.checkExecution(id, f.exec().method(SanitisationMethod.CLEAR,
                SanitisationTechnique.BLOCK_ERASE).build()))).containsExactly("TECHNIQUE disposal.error.techniqueMethod");
        assertThat(problems(disposal.checkExecution(id, f.exec().method(SanitisationMethod.PURGE,
                SanitisationTechnique.SHREDDING).build()))).containsExactly("TECHNIQUE disposal.error.techniqueMethod");
        for (SanitisationTechnique needsTool : List.of(SanitisationTechnique.OVERWRITE,
                SanitisationTechnique.BLOCK_ERASE, SanitisationTechnique.CRYPTO_ERASE, SanitisationTechnique.DEGAUSS)) {
            assertThat(problems(disposal.checkExecution(id, f.exec().method(SanitisationMethod.PURGE, needsTool)
                    .tool("", " ").build()))).as(needsTool.name())
                    .containsExactly("TOOL validation.required", "TOOL_VERSION validation.required");
        }
        assertThat(problems(disposal.checkExecution(id, f.exec().method(SanitisationMethod.DESTROY,
                SanitisationTechnique.PHYSICAL_DESTRUCTION).tool("", "").build()))).as("a drill needs no version")
                .isEmpty();
        assertThat(problems(disposal.checkExecution(id, f.exec().place(DisposalPlace.OUTSIDE, "").build())))
                .containsExactly("CONTRACTOR disposal.error.contractorRequired");
        assertThat(problems(disposal.checkExecution(id, f.exec().certificate("架空データ消去株式会社", "C-2026-77", null)
                .build()))).containsExactly("CERTIFICATE_RECEIVED_ON validation.required");
        assertThat(problems(disposal.checkExecution(id, f.exec().certificate("架空データ消去株式会社", "",
                LocalDate.now(f.clock)).build()))).containsExactly("CERTIFICATE_NO validation.required");
        assertThat(problems(disposal.checkExecution(id, f.exec().certificate("架空データ消去株式会社", "C-2026-77",
                LocalDate.now(f.clock).plusDays(1)).build()))).containsExactly(
                "CERTIFICATE_RECEIVED_ON disposal.error.future");
        assertThat(problems(disposal.checkExecution(id, f.exec().at(f.now()).certificate("架空データ消去株式会社",
                "C-2026-77", LocalDate.now(f.clock).minusDays(1)).build()))).containsExactly(
                "CERTIFICATE_RECEIVED_ON disposal.error.certificateBeforeExecution");
        assertThat(problems(disposal.checkExecution(id, f.exec().witness(999_999L).build())))
                .containsExactly("WITNESS disposal.error.staffMissing");
        assertThat(problems(disposal.checkExecution(id, f.exec().witness(retired.id()).build())))
                .as("a witness who has left").containsExactly("WITNESS disposal.error.staffMissing");
        assertThat(problems(disposal.checkExecution(id, f.exec().by(999_999L, "").build())))
                .containsExactly("PERFORMER disposal.error.staffMissing");

        // the same checks refuse the write: nothing changes
        assertThat(problems(() -> disposal.execute(id, f.exec().witness(f.worker.id()).build())))
                .containsExactly("WITNESS disposal.error.witnessIsPerformer");
        assertThat(disposal.entry(id).record().status()).isEqualTo(DisposalStatus.APPROVED);
        assertThat(asset(f.c2).status()).isEqualTo(AssetStatus.IN_USE);

        // a contractor's worker may do it, a staff member watching
        DisposalEntry done = disposal.execute(id, f.exec().by(null, "委託 作業員").witness(f.clerk.id())
                .place(DisposalPlace.OUTSIDE, "架空データ消去株式会社").build());
        assertThat(done.performerName()).isEqualTo("委託 作業員");
        assertThat(done.performerSectionName()).isEmpty();
        assertThat(done.witnessName()).isEqualTo("試験 一郎");
        assertThat(done.record().execution().contractor()).isEqualTo("架空データ消去株式会社");
    }

    @Test
    void confidentiality2AndAboveRefusesOsInitialisingAndQuickFormatAndNeedsAWitnessOrACertificate() {
        DisposalService tanto = f.as("tanto1").disposal();
        for (SanitisationTechnique weak : List.of(SanitisationTechnique.OS_INITIALISE,
                SanitisationTechnique.QUICK_FORMAT)) {
            assertThat(problems(tanto.assess(f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR, weak, f.c2))))
                    .as(weak.name()).containsExactly("PLANNED_TECHNIQUE disposal.error.clearOnly");
            assertThat(problems(tanto.assess(f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR, weak, f.c1,
                    f.c3)))).as("the highest class of a batch counts")
                    .containsExactly("PLANNED_TECHNIQUE disposal.error.clearOnly");
            assertThat(problems(tanto.assess(f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR, weak, f.c1))))
                    .as("機密性1 may be cleared so").isEmpty();
        }
        assertThat(refusal(() -> tanto.apply(f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR,
                SanitisationTechnique.QUICK_FORMAT, f.c2)))).containsExactly("disposal.error.clearOnly");

        long id = f.approved(f.draft(f.c2));
        DisposalAssessment needs = f.disposal().checkExecution(id, null);
        assertThat(needs.highestConfidentiality()).isEqualTo(2);
        assertThat(needs.proofRequired()).isTrue();
        assertThat(needs.witnessRequired()).isFalse();
        assertThat(needs.destroyOnly()).isFalse();
        assertThat(needs.errors()).isEmpty();
        assertThat(problems(() -> f.disposal().execute(id, f.exec().method(SanitisationMethod.CLEAR,
                SanitisationTechnique.OS_INITIALISE).tool("", "").build())))
                .containsExactly("TECHNIQUE disposal.error.clearOnly");
        assertThat(problems(() -> f.disposal().execute(id, f.exec().witness(null).build())))
                .containsExactly("WITNESS disposal.error.proofRequired");
        assertThat(problems(() -> f.disposal().execute(id, f.exec().witness(null)
                .certificate("架空データ消去株式会社", "C-2026-77", null).build()))).as("a certificate needs its date")
                .containsExactly("CERTIFICATE_RECEIVED_ON validation.required", "WITNESS disposal.error.proofRequired");
        DisposalEntry certified = f.disposal().execute(id, f.exec().witness(null).place(DisposalPlace.OUTSIDE, "")
                .certificate("架空データ消去株式会社", "C-2026-77", LocalDate.now(f.clock)).build());
        assertThat(certified.record().execution().hasCertificate()).isTrue();
        assertThat(asset(f.c2).status()).isEqualTo(AssetStatus.DISPOSED);

        DisposalEntry light = f.completed(f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR,
                SanitisationTechnique.QUICK_FORMAT, f.c1), f.exec().method(SanitisationMethod.CLEAR,
                SanitisationTechnique.QUICK_FORMAT).witness(null).tool("", ""));
        assertThat(light.record().status()).as("機密性1 needs neither witness nor certificate")
                .isEqualTo(DisposalStatus.COMPLETED);
    }

    @Test
    void myNumberDataMayOnlyBeDestroyedWhateverTheSettings() {
        DisposalService tanto = f.as("tanto1").disposal();
        for (long asset : new long[] {f.myNumberInfo, f.myNumberZone}) {
            String assetNo = asset(asset).assetNo();
            assertThat(tanto.assess(f.draft(asset)).errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("PLANNED_METHOD");
                assertThat(e.messageKey()).isEqualTo("disposal.error.destroyOnlyMyNumber");
                assertThat(e.args()).containsExactly(assetNo);
            });
            assertThat(tanto.assess(f.draft(asset)).destroyOnly()).isTrue();
        }
        assertThat(refusal(() -> tanto.apply(f.draft(f.c1, f.myNumberZone)))).as("one such asset in a batch is enough")
                .containsExactly("disposal.error.destroyOnlyMyNumber");

        DisposalDraft destroy = f.draft(DisposalEnd.DISPOSE, SanitisationMethod.DESTROY, SanitisationTechnique.SHREDDING,
                f.myNumberInfo, f.myNumberZone);
        long id = f.approved(destroy);
        assertThat(f.disposal().checkExecution(id, null).destroyOnly()).isTrue();
        assertThat(problems(() -> f.disposal().execute(id, f.exec().build())))
                .containsExactly("METHOD disposal.error.destroyOnlyMyNumber");
        DisposalEntry done = f.disposal().execute(id, f.exec().method(SanitisationMethod.DESTROY,
                SanitisationTechnique.SHREDDING).tool("", "").verification("目視確認", "粉砕を確認").build());
        assertThat(done.record().status()).isEqualTo(DisposalStatus.COMPLETED);
        assertThat(asset(f.myNumberInfo).status()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(asset(f.myNumberZone).status()).isEqualTo(AssetStatus.DISPOSED);
    }

    @Test
    void eachEndGivesItsStatusAndRepairOrReuseCannotBeDoneByDestroying() {
        DisposalService tanto = f.as("tanto1").disposal();
        for (DisposalEnd keeps : List.of(DisposalEnd.REPAIR, DisposalEnd.REUSE)) {
            assertThat(refusal(() -> tanto.apply(f.draft(keeps, SanitisationMethod.DESTROY,
                    SanitisationTechnique.PHYSICAL_DESTRUCTION, f.c2)))).as(keeps.name())
                    .containsExactly("disposal.error.destroyKeepsNothing");
        }
        long repair = f.approved(f.draft(DisposalEnd.REPAIR, SanitisationMethod.PURGE,
                SanitisationTechnique.CRYPTO_ERASE, f.c2));
        assertThat(problems(() -> f.disposal().execute(repair, f.exec().method(SanitisationMethod.DESTROY,
                SanitisationTechnique.PHYSICAL_DESTRUCTION).build())))
                .containsExactly("METHOD disposal.error.destroyKeepsNothing");
        String repairNo = f.disposal().execute(repair, f.exec().method(SanitisationMethod.PURGE,
                SanitisationTechnique.CRYPTO_ERASE).build()).record().recordNo();
        f.completed(f.draft(DisposalEnd.REUSE, SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE, f.c3));
        f.completed(f.draft(DisposalEnd.LEASE_RETURN, SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE,
                f.leased));
        f.completed(f.draft(f.usb(0, 1)));

        assertThat(asset(f.c2).status()).isEqualTo(AssetStatus.UNDER_REPAIR);
        assertThat(asset(f.c3).status()).isEqualTo(AssetStatus.IN_STORAGE);
        assertThat(asset(f.leased).status()).isEqualTo(AssetStatus.RETURNED_TO_LESSOR);
        assertThat(asset(f.usb.get(0)).status()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(List.of(f.c2, f.c3, f.leased, f.usb.get(0))).extracting(id -> asset(id).disposalRecordNo())
                .containsExactly("D-2026-0001", "D-2026-0002", "D-2026-0003", "D-2026-0004");

        // an asset back from repair stays in the ledger: it may be edited, its 記録番号 kept, but not disposed here
        AssetDraft back = AssetDraft.of(asset(f.c2), f.services.settings().settings().dateStyle())
                .status(AssetStatus.IN_USE).disposalRecordNo("");
        LedgerEntry saved = f.services.ledger().save(f.c2, back);
        assertThat(saved.asset().status()).isEqualTo(AssetStatus.IN_USE);
        assertThat(saved.asset().disposalRecordNo()).isEqualTo(repairNo);
        assertThat(problems(() -> f.services.ledger().save(f.c3, AssetDraft.of(asset(f.c3),
                f.services.settings().settings().dateStyle()).status(AssetStatus.DISPOSED))))
                .containsExactly("STATUS validation.finalOnlyByDisposal");
        assertThat(f.disposal().disposableAssets()).extracting(e -> e.asset().id()).contains(f.c2, f.c3)
                .doesNotContain(f.leased, f.usb.get(0));
        assertVerified();
    }

    @Test
    void theBodysSettingsTightenTheRulesAndNeverLoosenTheBaseline() {
        long certified = f.approved(f.draft(f.c2));
        long c3 = f.approved(f.draft(f.c3));
        long cleared = f.approved(f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR,
                SanitisationTechnique.OVERWRITE, f.usb(0, 1)));
        Exec withCertificate = f.exec().witness(null).certificate("架空データ消去株式会社", "C-2026-88",
                LocalDate.now(f.clock));
        assertThat(problems(f.disposal().checkExecution(certified, withCertificate.build()))).isEmpty();
        int settingChanges = f.services.history().entriesOf(RecordType.SETTING, RecordFields.SETTINGS_ID).size();

        assertThatThrownBy(() -> f.services.settings().saveDisposalPolicy(new DisposalPolicy(true, true, true)))
                .as("only the administrator sets the rules").isInstanceOf(PermissionException.class);
        f.as(TestStores.ADMIN).settings().saveDisposalPolicy(new DisposalPolicy(true, false, false));
        assertThat(problems(f.disposal().checkExecution(certified, withCertificate.build())))
                .as("witnessAlways: a certificate is not enough").containsExactly("WITNESS disposal.error.witnessRequired");
        assertThat(f.disposal().checkExecution(certified, null).witnessRequired()).isTrue();

        f.services.settings().saveDisposalPolicy(new DisposalPolicy(false, true, false));
        assertThat(problems(f.disposal().checkExecution(c3, f.exec().build())))
                .containsExactly("METHOD disposal.error.destroyOnlyConfidential3");
        assertThat(problems(f.disposal().checkExecution(certified, f.exec().build()))).as("機密性2 is not touched")
                .isEmpty();
        assertThat(problems(f.disposal().assess(f.draft(f.c3))))
                .contains("PLANNED_METHOD disposal.error.destroyOnlyConfidential3");

        f.services.settings().saveDisposalPolicy(new DisposalPolicy(false, false, true));
        Exec overwrite = f.exec().method(SanitisationMethod.CLEAR, SanitisationTechnique.OVERWRITE);
        assertThat(problems(f.disposal().checkExecution(cleared, overwrite.build())))
                .containsExactly("METHOD disposal.error.noClearForConfidential");
        assertThat(problems(f.disposal().assess(f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR,
                SanitisationTechnique.OVERWRITE, f.c1)))).as("機密性1 may still be cleared").isEmpty();
        assertThat(f.disposal().policy()).isEqualTo(new DisposalPolicy(false, false, true));

        // with every setting off the baseline still holds
        f.services.settings().saveDisposalPolicy(DisposalPolicy.BASELINE);
        assertThat(f.disposal().policy()).isEqualTo(DisposalPolicy.BASELINE);
        assertThat(problems(f.disposal().checkExecution(cleared, overwrite.build()))).isEmpty();
        assertThat(problems(f.disposal().checkExecution(certified, f.exec().witness(null).build())))
                .containsExactly("WITNESS disposal.error.proofRequired");
        assertThat(problems(f.disposal().checkExecution(certified, f.exec().method(SanitisationMethod.CLEAR,
                SanitisationTechnique.QUICK_FORMAT).tool("", "").build())))
                .containsExactly("TECHNIQUE disposal.error.clearOnly");
        assertThat(problems(f.disposal().assess(f.draft(f.myNumberZone))))
                .containsExactly("PLANNED_METHOD disposal.error.destroyOnlyMyNumber");
        assertThat(f.services.history().entriesOf(RecordType.SETTING, RecordFields.SETTINGS_ID))
                .as("each save is in the history").hasSize(settingChanges + 4);
        assertVerified();
    }

    @Test
    void theRulesOfNowApplyWhenTheClassesWereRaisedAfterTheApplication() {
        DisposalDraft quick = f.draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR, SanitisationTechnique.QUICK_FORMAT,
                f.c1);
        long id = f.approved(quick);
        f.as(TestStores.ADMIN).ledger().save(f.c1, AssetDraft.of(asset(f.c1),
                f.services.settings().settings().dateStyle()).confidentiality(2));
        DisposalService tanto = f.as("tanto1").disposal();
        assertThat(tanto.checkExecution(id, null).proofRequired()).isTrue();
        assertThat(problems(() -> tanto.execute(id, f.exec().method(SanitisationMethod.CLEAR,
                SanitisationTechnique.QUICK_FORMAT).tool("", "").witness(null).build()))).containsExactly(
                "TECHNIQUE disposal.error.clearOnly", "WITNESS disposal.error.proofRequired");
        assertThat(tanto.execute(id, f.exec().build()).record().status()).isEqualTo(DisposalStatus.COMPLETED);
    }

    @Test
    void everyStatusMoveThroughTheServiceAndTheRefusedOnes() {
        DisposalService tanto = f.as("tanto1").disposal();
        long toCancel = tanto.apply(f.draft(f.usb(0, 1))).id();
        long toReject = tanto.apply(f.draft(f.usb(1, 2))).id();
        long approvedThenCancelled = tanto.apply(f.draft(f.usb(2, 3))).id();
        long done = tanto.apply(f.draft(f.usb(3, 4))).id();

        assertThat(refusal(() -> tanto.cancel(toCancel, " "))).as("a cancellation says why")
                .containsExactly("validation.required");
        assertThat(refusal(() -> tanto.cancel(toCancel, "あ".repeat(501)))).containsExactly("validation.tooLong");
        DisposalEntry cancelled = tanto.cancel(toCancel, "申請誤り");
        assertThat(cancelled.record().status()).isEqualTo(DisposalStatus.CANCELLED);
        assertThat(cancelled.record().cancelReason()).isEqualTo("申請誤り");
        assertThat(cancelled.record().cancelledAt()).isEqualTo(f.now());
        assertThat(refusal(() -> tanto.cancel(toCancel, "もう一度"))).containsExactly("disposal.error.transition.CANCEL");
        assertThat(refusal(() -> tanto.execute(toCancel, f.exec().build())))
                .containsExactly("disposal.error.transition.EXECUTE");

        DisposalService kanri = f.as("kanri1").disposal();
        assertThat(refusal(() -> kanri.approve(toCancel, ""))).containsExactly("disposal.error.transition.APPROVE");
        assertThat(refusal(() -> kanri.reject(toReject, " "))).as("a rejection says why")
                .containsExactly("validation.required");
        DisposalEntry rejected = kanri.reject(toReject, "再利用を検討すること");
        assertThat(rejected.record().status()).isEqualTo(DisposalStatus.REJECTED);
        assertThat(rejected.record().permittedAt()).isNull();
        assertThat(rejected.approverName()).isEqualTo("架空 三郎");
        assertThat(refusal(() -> kanri.approve(toReject, ""))).containsExactly("disposal.error.transition.APPROVE");
        kanri.approve(approvedThenCancelled, "");
        kanri.approve(done, "");
        assertThat(refusal(() -> kanri.approve(done, ""))).containsExactly("disposal.error.transition.APPROVE");
        assertThat(refusal(() -> kanri.reject(done, "やはり不可"))).containsExactly("disposal.error.transition.REJECT");

        DisposalService clerk = f.as("tanto1").disposal();
        assertThat(refusal(() -> clerk.execute(toReject, f.exec().build())))
                .containsExactly("disposal.error.transition.EXECUTE");
        assertThat(clerk.cancel(approvedThenCancelled, "計画中止").record().status()).isEqualTo(DisposalStatus.CANCELLED);
        clerk.execute(done, f.exec().build());
        assertThat(refusal(() -> clerk.execute(done, f.exec().build())))
                .containsExactly("disposal.error.transition.EXECUTE");
        assertThat(refusal(() -> clerk.cancel(done, "中止"))).containsExactly("disposal.error.transition.CANCEL");

        assertThat(List.of(f.usb.get(0), f.usb.get(1), f.usb.get(2))).as("closed without execution: nothing changed")
                .allSatisfy(a -> assertThat(asset(a).status()).isEqualTo(AssetStatus.IN_USE));
        assertThat(clerk.disposableAssets()).extracting(e -> e.asset().id())
                .contains(f.usb.get(0), f.usb.get(1), f.usb.get(2)).doesNotContain(f.usb.get(3));
        assertThat(clerk.list(DisposalFilter.ALL)).extracting(e -> e.record().status()).containsExactlyInAnyOrder(
                DisposalStatus.CANCELLED, DisposalStatus.REJECTED, DisposalStatus.CANCELLED, DisposalStatus.COMPLETED);
        assertThat(ids(clerk.list(new DisposalFilter(null, null, DisposalStatus.COMPLETED, "")))).containsExactly(done);
        assertThat(ids(clerk.list(new DisposalFilter(null, null, null, "MD-0002")))).containsExactly(toReject);

        // why it was closed stays in the change history, with who closed it
        HistoryEntry cancelEntry = f.services.history().entriesOf(RecordType.DISPOSAL, toCancel).get(0);
        assertThat(cancelEntry.userName()).isEqualTo("tanto1");
        assertThat(cancelEntry.reason()).isEqualTo("申請誤り");
        assertThat(cancelEntry.changes()).contains(new FieldChange("STATUS", "REQUESTED", "CANCELLED"));
        HistoryEntry rejectEntry = f.services.history().entriesOf(RecordType.DISPOSAL, toReject).get(0);
        assertThat(rejectEntry.userName()).isEqualTo("kanri1");
        assertThat(rejectEntry.reason()).isEqualTo("再利用を検討すること");
        assertThat(rejectEntry.changes()).contains(new FieldChange("STATUS", "REQUESTED", "REJECTED"));
        assertVerified();
    }

    @Test
    void theListShowsTheNewestFirstByTheDayOfExecutionElseOfApplication() {
        DisposalEntry early = f.completed(f.draft(f.usb(0, 1)), f.exec().at(f.now()));
        f.clock.advance(Duration.ofDays(3));
        long open = f.as("tanto1").disposal().apply(f.draft(f.usb(1, 2))).id();
        f.clock.advance(Duration.ofDays(3));
        DisposalEntry late = f.completed(f.draft(f.usb(2, 3)));
        assertThat(ids(f.disposal().list(DisposalFilter.ALL))).containsExactly(late.id(), open, early.id());
        LocalDate today = LocalDate.now(f.clock);
        assertThat(ids(f.disposal().list(DisposalFilter.completedBetween(today.minusDays(6), today.minusDays(1)))))
                .containsExactly(early.id());
        assertThat(ids(f.disposal().list(new DisposalFilter(null, null, null, "見本 次郎"))))
                .as("found by the performer's name").containsExactly(late.id(), early.id());
    }
}
