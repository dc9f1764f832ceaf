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
}
