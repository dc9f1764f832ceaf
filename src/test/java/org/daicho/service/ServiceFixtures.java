package org.daicho.service;

import org.daicho.testing.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;

/** A synthetic organisation and drafts for the service tests. */
final class ServiceFixtures {

    /** 2026-11-24 10:00 in Tokyo. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final OrganisationSetup SETUP = new OrganisationSetup("試験町環境衛生組合（試験）",
            List.of("試験課", "見本課"), List.of("担当", "係長", "課長"));

    private ServiceFixtures() {
    }

    static DaichoServices create(Path dir) {
        return TestStores.create(dir, SETUP, CLOCK);
    }

    static StaffDraft staffDraft(String staffNo, String name, String kana, long sectionId) {
        return new StaffDraft(staffNo, name, kana, sectionId, EmploymentType.REGULAR, "2020/4/1", "", false, false);
    }

    /** The first section and a manager in it, stored. */
    static Staff manager(DaichoServices services) {
        long section = services.settings().sections().get(0).id();
        return services.staff().save(null, staffDraft("S01001", "試験 太郎", "しけん たろう", section));
    }

    static AssetDraft assetDraft(String assetNo, long sectionId, long managerId) {
        return new AssetDraft()
                .assetNo(assetNo).businessCategory("総務事務").name("試験用端末").kind(AssetKind.TERMINAL)
                .medium("内蔵SSD").networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-100")
                .serialNo("SN-" + assetNo).sectionId(sectionId).managerStaffId(managerId).users("試験 花子")
                .confidentiality(2).integrity(1).availability(1).personalInfo(PersonalInfoKind.PERSONAL)
                .storagePlace("事務室 施錠書庫A").lockedStorage(true).encrypted(true)
                .acquiredOn("2026/4/1").ownership(Ownership.PURCHASED).status(AssetStatus.IN_USE)
                .lastReviewedOn("2026/10/1");
    }

    /** The password of the accounts {@link #disposeThroughARecord} makes. */
    private static final String FIXTURE_PASSWORD = "fixture-password-0001";

    /**
     * Disposes of assets the only way the app allows (issue 5): an application by a clerk, permission by a
     * 情報セキュリティ管理者, an execution by Destroy with a witness. Makes the two accounts (and their staff) the
     * first time. {@code services} is closed; the returned services are logged in as the test administrator.
     */
    static DaichoServices disposeThroughARecord(DaichoServices services, Path dir, Clock clock,
            org.daicho.domain.DisposalEnd end, List<Long> assetIds) {
        if (services.accounts().all().stream().noneMatch(a -> a.userName().equals("fixclerk"))) {
            long section = services.settings().sections().get(0).id();
            Staff clerk = services.staff().save(null, staffDraft("F09001", "模擬 事務", "もぎ じむ", section));
            Staff manager = services.staff().save(null, new StaffDraft("F09002", "模擬 管理", "もぎ かんり", section,
                    EmploymentType.REGULAR, "2020/4/1", "", true, false));
            services.accounts().create("fixclerk", clerk.id(), java.util.EnumSet.of(org.daicho.domain.Role.CLERK),
                    FIXTURE_PASSWORD.toCharArray());
            services.accounts().create("fixkanri", manager.id(),
                    java.util.EnumSet.of(org.daicho.domain.Role.SECURITY_MANAGER), FIXTURE_PASSWORD.toCharArray());
        }
        long witness = services.staff().all().stream().filter(m -> m.staffNo().equals("F09002")).findFirst()
                .orElseThrow().id();
        services.close();
        DaichoServices clerk = login(dir, "fixclerk", FIXTURE_PASSWORD, clock);
        boolean destroy = end == org.daicho.domain.DisposalEnd.DISPOSE;
        org.daicho.domain.SanitisationMethod method = destroy ? org.daicho.domain.SanitisationMethod.DESTROY
                : org.daicho.domain.SanitisationMethod.PURGE;
        org.daicho.domain.SanitisationTechnique technique = destroy
                ? org.daicho.domain.SanitisationTechnique.PHYSICAL_DESTRUCTION
                : org.daicho.domain.SanitisationTechnique.CRYPTO_ERASE;
        long id = clerk.disposal().apply(new org.daicho.domain.DisposalDraft(assetIds, end, method, technique,
                org.daicho.domain.DisposalPlace.INSIDE, LocalDate.now(clock), "試験のための廃棄", "")).id();
        clerk.close();
        DaichoServices manager = login(dir, "fixkanri", FIXTURE_PASSWORD, clock);
        manager.disposal().approve(id, "");
        manager.close();
        clerk = login(dir, "fixclerk", FIXTURE_PASSWORD, clock);
        clerk.disposal().execute(id, new org.daicho.domain.DisposalExecution(java.time.LocalDateTime.now(clock),
                clerk.accounts().all().stream().filter(a -> a.userName().equals("fixclerk")).findFirst()
                        .orElseThrow().staffId(), "", witness, method, technique, "", destroy ? "" : "試験消去ツール",
                destroy ? "" : "1.0", "目視確認", "読取不能を確認", org.daicho.domain.DisposalPlace.INSIDE, "", "", null,
                false, "", "", ""));
        clerk.close();
        return TestStores.open(dir, clock);
    }

    private static DaichoServices login(Path dir, String user, String password, Clock clock) {
        return DaichoServices.login(dir, user, password.toCharArray(), clock, KeyDerivation.forTests()).services();
    }
}
