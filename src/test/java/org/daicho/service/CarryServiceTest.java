package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.CarryAttention;
import org.daicho.domain.CarryDevice;
import org.daicho.domain.CarryDraft;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldError;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.HistoryAction;
import org.daicho.domain.HistoryEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.testing.MutableClock;
import org.daicho.testing.RawStore;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 持出・持込 through the service on a real encrypted store, with several accounts logging in in turn. */
class CarryServiceTest {

    private static final String TEMP = "temporary-pass-1";
    private static final OrganisationSetup SETUP = new OrganisationSetup("試験町環境衛生組合（試験）",
            List.of("試験課", "見本課"), List.of("担当", "係長", "課長"));

    @TempDir
    Path dir;

    /** 2026-11-24 10:00 in Tokyo. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private DaichoServices services;

    private Staff clerk;
    private Staff carrier;
    private Staff manager;
    private Staff otherManager;
    private Staff plain;
    private long c1;
    private long c2;
    private long c3;
    private long i2;
    private long a2;
    private long myNumber;
    private long disposed;

    @BeforeEach
    void makeStore() {
        services = DaichoServices.create(dir, SETUP, TestStores.admin(), clock, KeyDerivation.forTests()).services();
        long section = services.settings().sections().get(0).id();
        clerk = staff("S0001", "試験 一郎", "しけん いちろう", section, false);
        carrier = staff("S0002", "見本 次郎", "みほん じろう", section, false);
        manager = staff("S0003", "架空 三郎", "かくう さぶろう", section, true);
        otherManager = staff("S0004", "例示 花子", "れいじ はなこ", section, true);
        plain = staff("S0005", "模擬 桜", "もぎ さくら", section, false);
        services.accounts().create("tanto1", clerk.id(), EnumSet.of(Role.CLERK), TEMP.toCharArray());
        services.accounts().create("kanri1", manager.id(), EnumSet.of(Role.SECURITY_MANAGER), TEMP.toCharArray());
        // a security manager who is also the person carrying
        services.accounts().create("kanri2", carrier.id(), EnumSet.of(Role.SECURITY_MANAGER), TEMP.toCharArray());
        // one person holding both roles: may apply, but never approve their own application
        services.accounts().create("kenmu1", otherManager.id(), EnumSet.of(Role.CLERK, Role.SECURITY_MANAGER),
                TEMP.toCharArray());
        c1 = asset("MB-0001", 1, 1, 1, NetworkZone.LGWAN, AssetStatus.IN_USE);
        c2 = asset("MB-0002", 2, 1, 1, NetworkZone.LGWAN, AssetStatus.IN_USE);
        c3 = asset("MB-0003", 3, 1, 1, NetworkZone.LGWAN, AssetStatus.IN_STORAGE);
        i2 = asset("MB-0004", 1, 2, 1, NetworkZone.LGWAN, AssetStatus.IN_USE);
        a2 = asset("MB-0005", 1, 1, 2, NetworkZone.INTERNET, AssetStatus.IN_USE);
        myNumber = asset("MB-0006", 2, 1, 1, NetworkZone.MY_NUMBER, AssetStatus.IN_USE);
        disposed = asset("MB-0007", 1, 1, 1, NetworkZone.LGWAN, AssetStatus.IN_USE);
        services = ServiceFixtures.disposeThroughARecord(services, dir, clock, DisposalEnd.DISPOSE, List.of(disposed));
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    private Staff staff(String no, String name, String kana, long section, boolean securityManager) {
        return services.staff().save(null, new StaffDraft(no, name, kana, section, EmploymentType.REGULAR, "2020/4/1",
                "", securityManager, false));
    }

    private long asset(String no, int c, int i, int a, NetworkZone zone, AssetStatus status) {
        return services.ledger().save(null, ServiceFixtures.assetDraft(no, clerk.sectionId(), manager.id())
                .kind(AssetKind.MOBILE).confidentiality(c).integrity(i).availability(a).networkZone(zone)
                .personalInfo(c == 1 ? PersonalInfoKind.NONE : PersonalInfoKind.PERSONAL).status(status)).asset().id();
    }

    /** Logs in as {@code user} (the one store is opened by one account at a time). */
    private DaichoServices as(String user) {
        services.close();
        String password = user.equals(TestStores.ADMIN) ? TestStores.PASSWORD : TEMP;
        services = DaichoServices.login(dir, user, password.toCharArray(), clock, KeyDerivation.forTests()).services();
        return services;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private CarryDraft draft(long... assets) {
        List<Long> ids = java.util.Arrays.stream(assets).boxed().toList();
        return CarryDraft.carryOut(ids, carrier.id(), "架空県庁での説明", "架空県庁 第3会議室", now().plusHours(1),
                now().plusDays(1).withHour(17).withMinute(0), EnumSet.of(CarryMeasure.ENCRYPTION),
                "原本データの提示が必要", "");
    }

    private static List<String> refusal(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(FieldError::messageKey).toList();
        }
        throw new AssertionError("not refused");
    }

    private AssetStatus statusOf(long assetId) {
        return services.ledger().entry(assetId).asset().status();
    }

    @Test
    void fromApplicationThroughPermissionToReturnWithTheAssetStatusFollowing() {
        CarryEntry applied = as("tanto1").carry().apply(draft(c2));
        assertThat(applied.record().status()).isEqualTo(CarryStatus.REQUESTED);
        assertThat(applied.record().permissionRequired()).isTrue();
        assertThat(applied.applicantName()).isEqualTo("試験 一郎");
        assertThat(applied.carrierName()).isEqualTo("見本 次郎");
        assertThat(applied.carrierSectionName()).isEqualTo("試験課");
        assertThat(services.carry().waitingForPermission()).extracting(CarryEntry::id).containsExactly(applied.id());
        assertThat(services.carry().attention()).isEqualTo(new CarryAttention(0, 1));

        clock.advance(Duration.ofMinutes(10));
        CarryEntry approved = as("kanri1").carry().approve(applied.id(), "返却時に暗号化を確認");
        assertThat(approved.record().status()).isEqualTo(CarryStatus.APPROVED);
        assertThat(approved.approverName()).isEqualTo("架空 三郎");
        assertThat(approved.record().decidedAt()).isEqualTo(now().withNano(0));
        assertThat(approved.record().paperApproval()).isFalse();
        assertThat(services.carry().waitingForPermission()).isEmpty();

        clock.advance(Duration.ofMinutes(50));
        CarryEntry out = as("tanto1").carry().markOut(applied.id(), null);
        assertThat(out.record().status()).isEqualTo(CarryStatus.OUT);
        assertThat(out.record().actualOut()).isEqualTo(now().withNano(0));
        assertThat(statusOf(c2)).isEqualTo(AssetStatus.CARRIED_OUT);

        clock.advance(Duration.ofHours(5));
        CarryEntry back = services.carry().recordReturn(applied.id(), now().minusMinutes(5), plain.id());
        assertThat(back.record().status()).isEqualTo(CarryStatus.RETURNED);
        assertThat(back.returnCheckerName()).isEqualTo("模擬 桜");
        assertThat(back.record().actualReturn()).isEqualTo(now().minusMinutes(5).withNano(0));
        assertThat(statusOf(c2)).isEqualTo(AssetStatus.IN_STORAGE);

        // the history: the record's creation and three changes, the asset's two status changes, all verified
        List<HistoryEntry> carryHistory = services.history().entriesOf(RecordType.CARRY, applied.id());
        assertThat(carryHistory).extracting(HistoryEntry::action).containsExactly(HistoryAction.UPDATE,
                HistoryAction.UPDATE, HistoryAction.UPDATE, HistoryAction.CREATE);
        assertThat(carryHistory).extracting(HistoryEntry::userName).containsExactly("tanto1", "tanto1", "kanri1",
                "tanto1");
        assertThat(services.history().entriesOf(RecordType.ASSET, c2)).extracting(HistoryEntry::action)
                .containsExactly(HistoryAction.UPDATE, HistoryAction.UPDATE, HistoryAction.CREATE);
        VerifyResult verified = services.history().verify();
        assertThat(verified.intact()).as(String.valueOf(verified.firstBreak())).isTrue();
    }

    @Test
    void verifyFindsACarryRecordChangedOutsideTheApp() {
        long id = as("tanto1").carry().apply(draft(c1)).id();
        services.close();
        RawStore.execute(dir, "UPDATE carry_record SET purpose = '改ざん' WHERE id = " + id);
        VerifyResult result = as("tanto1").history().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).hasValueSatisfying(b -> {
            assertThat(b.recordType()).isEqualTo(RecordType.CARRY);
            assertThat(b.field()).isEqualTo("PURPOSE");
        });
    }

    @Test
    void neitherTheApplicantNorTheCarrierMayApproveInTheService() {
        long byClerk = as("tanto1").carry().apply(draft(c2)).id();
        assertThat(refusal(() -> as("kanri2").carry().approve(byClerk, ""))).as("kanri2 is the carrier")
                .containsExactly("carry.error.approverIsCarrier");
        assertThat(refusal(() -> services.carry().reject(byClerk, "不要"))).containsExactly("carry.error.approverIsCarrier");

        long ownApplication = as("kenmu1").carry().apply(draft(c2)).id();
        assertThat(refusal(() -> services.carry().approve(ownApplication, "")))
                .containsExactly("carry.error.approverIsApplicant");

        assertThat(as("kanri1").carry().approve(ownApplication, "").record().status()).isEqualTo(CarryStatus.APPROVED);
        assertThat(services.carry().entry(byClerk).record().status()).as("nothing written by the refusals")
                .isEqualTo(CarryStatus.REQUESTED);
    }

    @Test
    void paperApprovalNeedsASecurityManagerWhoIsNeitherApplicantNorCarrierAndAPastDate() {
        long id = as("tanto1").carry().apply(draft(c2)).id();
        CarryService carry = services.carry();
        assertThat(refusal(() -> carry.recordPaperApproval(id, plain.id(), LocalDate.now(clock), "")))
                .containsExactly("carry.error.approverNotManager");
        assertThat(refusal(() -> carry.recordPaperApproval(id, clerk.id(), LocalDate.now(clock), "")))
                .as("the applicant's own staff").containsExactly("carry.error.approverNotManager");
        assertThat(refusal(() -> carry.recordPaperApproval(id, manager.id(), LocalDate.now(clock).plusDays(1), "")))
                .containsExactly("carry.error.paperDateFuture");

        long carriedByManager = carry.apply(CarryDraft.carryOut(List.of(c1), manager.id(), "説明", "県庁",
                now().plusHours(1), now().plusDays(1), Set.of(), "", "")).id();
        assertThat(refusal(() -> carry.recordPaperApproval(carriedByManager, manager.id(), LocalDate.now(clock), "")))
                .containsExactly("carry.error.approverIsCarrier");
        long appliedByKenmu = as("kenmu1").carry().apply(draft(c3)).id();
        assertThat(refusal(() -> services.carry().recordPaperApproval(appliedByKenmu, otherManager.id(),
                LocalDate.now(clock), ""))).containsExactly("carry.error.approverIsApplicant");

        CarryEntry paper = as("tanto1").carry().recordPaperApproval(id, manager.id(), LocalDate.now(clock).minusDays(1),
                "決裁番号 26-001");
        assertThat(paper.record().status()).isEqualTo(CarryStatus.APPROVED);
        assertThat(paper.record().paperApproval()).isTrue();
        assertThat(paper.record().approverAccountId()).isNull();
        assertThat(paper.approverName()).isEqualTo("架空 三郎");
        assertThat(paper.record().permittedAt()).isEqualTo(LocalDate.now(clock).minusDays(1).atStartOfDay());
        assertThat(services.carry().paperApproverCandidates()).extracting(Staff::id)
                .contains(manager.id(), otherManager.id()).doesNotContain(plain.id(), clerk.id());
    }

    @Test
    void rolesAreEnforcedInTheService() {
        long id = as("tanto1").carry().apply(draft(c2)).id();
        assertThatThrownBy(() -> services.carry().approve(id, "")).as("a clerk cannot approve")
                .isInstanceOfSatisfying(PermissionException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("carry.error.notSecurityManager"));
        assertThatThrownBy(() -> as(TestStores.ADMIN).carry().approve(id, "")).as("nor can an administrator")
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> as("kanri1").carry().apply(draft(c1))).as("a security manager alone cannot apply")
                .isInstanceOf(PermissionException.class);
        assertThatThrownBy(() -> services.carry().cancel(id, "不要")).isInstanceOf(PermissionException.class);
        assertThat(services.carry().approve(id, "").record().status()).as("a security manager can approve")
                .isEqualTo(CarryStatus.APPROVED);
        assertThatThrownBy(() -> services.carry().markOut(id, null)).as("going out is recorded by a clerk")
                .isInstanceOf(PermissionException.class);
        assertThat(ErrorMessages.describe(new PermissionException("carry.error.notSecurityManager"),
                Messages.japanese())).contains("情報セキュリティ管理者");
    }

    @Test
    void nothingOfConfidentiality2Integrity2OrAvailability2GoesOutWithoutPermission() {
        CarryService carry = as("tanto1").carry();
        for (long asset : new long[] {c2, c3, i2, a2}) {
            long id = carry.apply(draft(asset)).id();
            assertThat(refusal(() -> carry.markOut(id, null))).as("asset " + asset)
                    .containsExactly("carry.error.needsPermission");
            assertThat(statusOf(asset)).isNotEqualTo(AssetStatus.CARRIED_OUT);
        }
        CarryDraft device = CarryDraft.bringIn(new CarryDevice("委託 架空システム株式会社", "ノートパソコン", "DEMO-1"),
                carrier.id(), "保守作業", "サーバ室", now().plusHours(1), now().plusDays(2), Set.of(), true, true);
        long bringIn = carry.apply(device).id();
        assertThat(refusal(() -> carry.markOut(bringIn, null))).containsExactly("carry.error.needsPermission");

        long free = carry.apply(draft(c1)).id();
        assertThat(carry.entry(free).record().permissionRequired()).isFalse();
        assertThat(carry.markOut(free, null).record().status()).as("機密性1 needs no permission").isEqualTo(CarryStatus.OUT);
        assertThat(statusOf(c1)).isEqualTo(AssetStatus.CARRIED_OUT);
    }

    @Test
    void classesRaisedAfterTheApplicationStillNeedPermissionToGoOut() {
        long id = as("tanto1").carry().apply(draft(c1)).id();
        as(TestStores.ADMIN).ledger().save(c1, ServiceFixtures.assetDraft("MB-0001", clerk.sectionId(), manager.id())
                .kind(AssetKind.MOBILE).confidentiality(2).integrity(1).availability(1));
        assertThat(refusal(() -> as("tanto1").carry().markOut(id, null))).containsExactly("carry.error.needsPermission");
    }

    @Test
    void goingOutBeforeThePermissionWasGivenIsRefused() {
        long id = as("tanto1").carry().apply(draft(c2)).id();
        clock.advance(Duration.ofHours(1));
        as("kanri1").carry().approve(id, "");
        assertThat(refusal(() -> as("tanto1").carry().markOut(id, now().minusMinutes(30))))
                .containsExactly("carry.error.outBeforePermission");
        assertThat(refusal(() -> services.carry().markOut(id, now().plusMinutes(30)))).containsExactly("carry.error.future");
        assertThat(services.carry().markOut(id, now()).record().status()).isEqualTo(CarryStatus.OUT);
    }

    @Test
    void confidentiality3NeedsAReasonAndIsFlaggedAndTheWarningNeedsAnAcknowledgement() {
        CarryService carry = as("tanto1").carry();
        CarryDraft noReason = CarryDraft.carryOut(List.of(c3), carrier.id(), "説明", "県庁", now().plusHours(1),
                now().plusDays(1), EnumSet.of(CarryMeasure.LOCKED_CASE), "", "");
        assertThat(refusal(() -> carry.apply(noReason))).containsExactly("carry.error.confidential3Reason",
                "carry.error.warningReason");
        assertThat(carry.assess(noReason).protectionWarning()).isTrue();
        CarryEntry flagged = carry.apply(CarryDraft.carryOut(List.of(c3), carrier.id(), "説明", "県庁",
                now().plusHours(1), now().plusDays(1), EnumSet.of(CarryMeasure.LOCKED_CASE), "原本が必要",
                "暗号化できない媒体"));
        assertThat(flagged.isConfidential3()).isTrue();
        assertThat(flagged.record().warningReason()).isEqualTo("暗号化できない媒体");
        assertThat(carry.list(CarryFilter.ALL).get(0).isConfidential3()).isTrue();
    }

    @Test
    void myNumberDisposedAndAlreadyCarriedOutAssetsAreRefusedWithAClearMessage() {
        CarryService carry = as("tanto1").carry();
        assertThat(refusal(() -> carry.apply(draft(myNumber)))).containsExactly("carry.error.myNumber");
        assertThat(ErrorMessages.describe(new ValidationException(List.of(FieldError.of(
                org.daicho.domain.CarryField.ASSETS, "carry.error.myNumber", "MB-0006"))), Messages.japanese()))
                .contains("MB-0006").contains("マイナンバー利用事務系");
        assertThat(refusal(() -> carry.apply(draft(disposed)))).containsExactly("carry.error.assetFinal");

        long first = carry.apply(draft(c1)).id();
        long second = carry.apply(draft(c1)).id();
        carry.markOut(first, null);
        assertThat(refusal(() -> carry.markOut(second, null))).as("the same asset cannot be out twice")
                .containsExactly("carry.error.assetOut");
        assertThat(refusal(() -> carry.apply(draft(c1)))).containsExactly("carry.error.assetOut");
        assertThat(carry.carryableAssets()).extracting(e -> e.asset().id()).doesNotContain(c1, myNumber, disposed)
                .contains(c2, c3);
    }

    @Test
    void theReturnIsCheckedBySomeoneOtherThanTheCarrier() {
        CarryService carry = as("tanto1").carry();
        long id = carry.apply(draft(c1)).id();
        carry.markOut(id, null);
        assertThat(refusal(() -> carry.recordReturn(id, null, carrier.id()))).containsExactly("carry.error.checkerIsCarrier");
        assertThat(refusal(() -> carry.recordReturn(id, now().minusDays(1), plain.id())))
                .containsExactly("carry.error.returnBeforeActualOut");
        assertThat(carry.recordReturn(id, null, clerk.id()).record().status()).isEqualTo(CarryStatus.RETURNED);
    }

    @Test
    void everyStatusMoveThroughTheServiceAndTheRefusedOnes() {
        CarryService carry = as("tanto1").carry();
        long toCancel = carry.apply(draft(c2)).id();
        long toReject = carry.apply(draft(c2)).id();
        long approvedThenCancelled = carry.apply(draft(c2)).id();
        long goesOut = carry.apply(draft(c2)).id();

        assertThat(refusal(() -> carry.recordReturn(toCancel, null, plain.id()))).containsExactly(
                "carry.error.transition.RETURN");
        assertThat(refusal(() -> carry.cancel(toCancel, " "))).containsExactly("validation.required");
        assertThat(carry.cancel(toCancel, "打合せ延期").record().status()).isEqualTo(CarryStatus.CANCELLED);
        assertThat(refusal(() -> carry.cancel(toCancel, "もう一度"))).containsExactly("carry.error.transition.CANCEL");

        CarryService manager = as("kanri1").carry();
        assertThat(refusal(() -> manager.approve(toCancel, ""))).containsExactly("carry.error.transition.APPROVE");
        assertThat(refusal(() -> manager.reject(toReject, ""))).as("a rejection says why")
                .containsExactly("validation.required");
        assertThat(manager.reject(toReject, "持出不要").record().status()).isEqualTo(CarryStatus.REJECTED);
        assertThat(refusal(() -> manager.approve(toReject, ""))).containsExactly("carry.error.transition.APPROVE");
        manager.approve(approvedThenCancelled, "");
        manager.approve(goesOut, "");
        assertThat(refusal(() -> manager.approve(goesOut, ""))).containsExactly("carry.error.transition.APPROVE");
        assertThat(refusal(() -> manager.reject(goesOut, "やはり不可"))).containsExactly("carry.error.transition.REJECT");

        CarryService clerkAgain = as("tanto1").carry();
        assertThat(refusal(() -> clerkAgain.markOut(toReject, null))).containsExactly("carry.error.transition.MARK_OUT");
        assertThat(clerkAgain.cancel(approvedThenCancelled, "中止").record().status()).isEqualTo(CarryStatus.CANCELLED);
        clerkAgain.markOut(goesOut, null);
        assertThat(refusal(() -> clerkAgain.cancel(goesOut, "中止"))).containsExactly("carry.error.transition.CANCEL");
        assertThat(refusal(() -> clerkAgain.markOut(goesOut, null))).containsExactly("carry.error.transition.MARK_OUT");
        clock.advance(Duration.ofHours(2));
        clerkAgain.recordReturn(goesOut, null, plain.id());
        assertThat(refusal(() -> clerkAgain.recordReturn(goesOut, null, plain.id())))
                .containsExactly("carry.error.transition.RETURN");
        assertThat(refusal(() -> clerkAgain.markOut(goesOut, null))).containsExactly("carry.error.transition.MARK_OUT");

        assertThat(clerkAgain.list(CarryFilter.ALL)).extracting(e -> e.record().status()).containsExactlyInAnyOrder(
                CarryStatus.CANCELLED, CarryStatus.REJECTED, CarryStatus.CANCELLED, CarryStatus.RETURNED);
        assertThat(services.history().verify().intact()).isTrue();
    }

    @Test
    void overdueAtMidnightAndAcrossTheEndOfTheFiscalYear() {
        // move to 30 March 2027 (年度 2026), apply to be back at midnight going into 1 April
        clock.advance(Duration.between(now(), LocalDateTime.of(2027, 3, 30, 9, 0)));
        CarryService carry = as("tanto1").carry();
        long midnight = carry.apply(CarryDraft.carryOut(List.of(c1), carrier.id(), "説明", "県庁",
                now().plusMinutes(30), LocalDateTime.of(2027, 4, 1, 0, 0), Set.of(), "", "")).id();
        long evening = carry.apply(CarryDraft.carryOut(List.of(i2), carrier.id(), "説明", "県庁",
                now().plusMinutes(30), LocalDateTime.of(2027, 3, 31, 17, 0), Set.of(), "", "")).id();
        as("kanri1").carry().approve(evening, "");
        clock.advance(Duration.ofMinutes(30));
        carry = as("tanto1").carry();
        carry.markOut(midnight, null);
        carry.markOut(evening, null);

        clock.advance(Duration.between(now(), LocalDateTime.of(2027, 3, 31, 17, 0)));
        assertThat(carry.overdue()).as("17:00 sharp is not late yet").isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(carry.overdue()).extracting(CarryEntry::id).containsExactly(evening);
        assertThat(carry.attention().overdue()).isEqualTo(1);

        clock.advance(Duration.between(now(), LocalDateTime.of(2027, 4, 1, 0, 0)));
        assertThat(carry.overdue()).as("midnight sharp").extracting(CarryEntry::id).containsExactly(evening);
        clock.advance(Duration.ofSeconds(1));
        assertThat(carry.overdue()).as("most overdue first").extracting(CarryEntry::id).containsExactly(evening, midnight);
        assertThat(carry.list(CarryFilter.overdue())).hasSize(2);
        assertThat(carry.attention()).isEqualTo(new CarryAttention(2, 0));
        // both went out in 年度 2026 and are listed there, not in 2027
        assertThat(carry.list(CarryFilter.fiscalYear(new FiscalYear(2026)))).hasSize(2);
        assertThat(carry.list(CarryFilter.fiscalYear(new FiscalYear(2027)))).isEmpty();

        carry.recordReturn(evening, null, plain.id());
        assertThat(carry.overdue()).extracting(CarryEntry::id).containsExactly(midnight);
    }

    @Test
    void theListFiltersByStatusPeriodPersonAndAsset() {
        CarryService carry = as("tanto1").carry();
        long first = carry.apply(draft(c1)).id();
        long second = carry.apply(CarryDraft.carryOut(List.of(c2, c3), plain.id(), "説明", "県庁",
                now().plusDays(10), now().plusDays(11), EnumSet.of(CarryMeasure.PASSWORD), "原本が必要", "")).id();
        carry.markOut(first, null);

        assertThat(carry.list(CarryFilter.ALL)).as("newest planned out first").extracting(CarryEntry::id)
                .containsExactly(second, first);
        assertThat(carry.list(CarryFilter.status(CarryStatus.OUT))).extracting(CarryEntry::id).containsExactly(first);
        assertThat(carry.list(new CarryFilter(null, null, null, null, plain.id(), null, false)))
                .extracting(CarryEntry::id).containsExactly(second);
        assertThat(carry.list(new CarryFilter(null, null, null, null, clerk.id(), null, false)))
                .as("the applicant is a person too").hasSize(2);
        assertThat(carry.list(new CarryFilter(null, null, null, null, null, c3, false))).extracting(CarryEntry::id)
                .containsExactly(second);
        LocalDate today = LocalDate.now(clock);
        assertThat(carry.list(new CarryFilter(null, null, today, today.plusDays(1), null, null, false)))
                .extracting(CarryEntry::id).containsExactly(first);
        assertThat(carry.list(new CarryFilter(null, CarryKind.BRING_IN, null, null, null, null, false))).isEmpty();
        assertThat(carry.entry(second).assets()).extracting(a -> a.assetNo()).containsExactly("MB-0002", "MB-0003");
    }
}
