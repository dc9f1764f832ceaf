package org.daicho.service;

import org.daicho.testing.TestStores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daicho.service.ServiceFixtures.TODAY;
import static org.daicho.service.ServiceFixtures.assetDraft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import java.util.List;
import org.daicho.domain.Ownership;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Staff;
import org.daicho.domain.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerServiceTest {

    @TempDir
    Path dir;

    private DaichoServices services;
    private long section;
    private Staff manager;

    @BeforeEach
    void makeStore() {
        services = ServiceFixtures.create(dir);
        manager = ServiceFixtures.manager(services);
        section = manager.sectionId();
    }

    @AfterEach
    void closeStore() {
        services.close();
    }

    private LedgerEntry add(String assetNo) {
        return services.ledger().save(null, assetDraft(assetNo, section, manager.id()));
    }

    private static FieldError errorOf(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            assertThat(e.errors()).hasSize(1);
            return e.errors().get(0);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAddedAssetIsInTheLedgerWithItsSectionAndManagerNames() {
        LedgerEntry saved = add("PC-0001");

        assertThat(saved.asset().id()).isNotNull();
        assertThat(saved.asset().registeredOn()).as("登録日 is today").isEqualTo(TODAY);
        assertThat(saved.sectionName()).isEqualTo("試験課");
        assertThat(saved.managerName()).isEqualTo("試験 太郎");
        assertThat(services.ledger().entries()).extracting(e -> e.asset().assetNo()).containsExactly("PC-0001");
        assertThat(services.ledger().entry(saved.asset().id()).asset()).isEqualTo(saved.asset());
        assertThat(services.ledger().today()).isEqualTo(TODAY);
    }

    @Test
    void anEditIsStoredAndKeepsTheRegistrationDate() {
        long id = add("PC-0001").asset().id();
        services.close();
        Clock later = Clock.fixed(Instant.parse("2027-01-15T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        services = TestStores.open(dir, later);

        AssetDraft changed = AssetDraft.of(services.ledger().entry(id).asset(), DateStyle.WAREKI)
                .name("試験用端末（更新）").storagePlace("見本課 キャビネット").lastReviewedOn("R9.1.15");
        LedgerEntry saved = services.ledger().save(id, changed);

        Asset stored = services.ledger().entry(id).asset();
        assertThat(stored).isEqualTo(saved.asset());
        assertThat(stored.name()).isEqualTo("試験用端末（更新）");
        assertThat(stored.storagePlace()).isEqualTo("見本課 キャビネット");
        assertThat(stored.lastReviewedOn()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(stored.registeredOn()).isEqualTo(TODAY);
        assertThat(services.ledger().entries()).hasSize(1);
    }

    @Test
    void anInvalidDraftWritesNothing() {
        assertThatThrownBy(() -> services.ledger().save(null, assetDraft("PC-0001", section, manager.id()).name("")))
                .isInstanceOf(ValidationException.class);
        assertThat(services.ledger().entries()).isEmpty();
    }

    @Test
    void aNumberInUseIsRefusedWhenAdding() {
        add("PC-0001");

        FieldError error = errorOf(() -> add(" PC-0001 "));

        assertThat(error).isEqualTo(FieldError.of(AssetField.ASSET_NO, "validation.assetNo.taken",
                "PC-0001"));
        assertThat(services.ledger().entries()).hasSize(1);
    }

    @Test
    void aNumberTypedInLowerCaseOrFullWidthIsTheSameNumber() {
        add("PC-0001");

        assertThat(errorOf(() -> add("pc-0001")).messageKey()).isEqualTo("validation.assetNo.taken");
        assertThat(errorOf(() -> add("ＰＣ－０００１")).messageKey()).isEqualTo("validation.assetNo.taken");
        assertThat(services.ledger().entries()).hasSize(1);
    }

    @Test
    void aNumberInUseIsRefusedWhenEditingButAnAssetKeepsItsOwn() {
        add("PC-0001");
        long second = add("PC-0002").asset().id();

        FieldError error = errorOf(() -> services.ledger().save(second, assetDraft("PC-0001", section, manager.id())));
        assertThat(error.messageKey()).isEqualTo("validation.assetNo.taken");
        assertThat(services.ledger().entry(second).asset().assetNo()).isEqualTo("PC-0002");

        LedgerEntry same = services.ledger().save(second, assetDraft("PC-0002", section, manager.id()).note("再確認"));
        assertThat(same.asset().note()).isEqualTo("再確認");
    }

    @Test
    void aDisposedAssetIsReadOnlyAndStaysUnchanged() {
        long id = add("PC-0009").asset().id();
        services = ServiceFixtures.disposeThroughARecord(services, dir, ServiceFixtures.CLOCK, DisposalEnd.DISPOSE,
                List.of(id));
        Asset disposed = services.ledger().entry(id).asset();
        assertThat(disposed.status()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(disposed.disposalRecordNo()).isEqualTo("D-2026-0001");

        FieldError error = errorOf(() -> services.ledger().save(id, assetDraft("PC-0009", section, manager.id())
                .status(AssetStatus.IN_USE).name("復活させた端末")));

        assertThat(error.field()).isEqualTo("STATUS");
        assertThat(error.messageKey()).isEqualTo("validation.readOnly");
        assertThat(services.ledger().entry(id).asset()).isEqualTo(disposed);
    }

    @Test
    void aReturnedLeaseIsReadOnlyToo() {
        long id = services.ledger().save(null, assetDraft("PC-0010", section, manager.id())
                .ownership(Ownership.LEASED).leaseEndsOn("2031/3/31")).asset().id();
        services = ServiceFixtures.disposeThroughARecord(services, dir, ServiceFixtures.CLOCK,
                DisposalEnd.LEASE_RETURN, List.of(id));
        assertThat(services.ledger().entry(id).asset().status()).isEqualTo(AssetStatus.RETURNED_TO_LESSOR);

        assertThat(errorOf(() -> services.ledger().save(id, assetDraft("PC-0010", section, manager.id())
                .status(AssetStatus.RETURNED_TO_LESSOR).note("変更"))).messageKey())
                .isEqualTo("validation.readOnly");
    }

    @Test
    void theFormCannotMakeAnAssetDisposedNorTypeItsDisposalNumber() {
        FieldError error = errorOf(() -> services.ledger().save(null, assetDraft("PC-0011", section, manager.id())
                .status(AssetStatus.DISPOSED).disposalRecordNo("D-2026-0099")));
        assertThat(error.field()).isEqualTo("STATUS");
        assertThat(error.messageKey()).isEqualTo("validation.finalOnlyByDisposal");
        assertThat(services.ledger().entries()).noneMatch(e -> e.asset().assetNo().equals("PC-0011"));

        long id = add("PC-0012").asset().id();
        assertThat(errorOf(() -> services.ledger().save(id, assetDraft("PC-0012", section, manager.id())
                .status(AssetStatus.RETURNED_TO_LESSOR).disposalRecordNo("R-1"))).messageKey())
                .isEqualTo("validation.finalOnlyByDisposal");
        LedgerEntry typed = services.ledger().save(id, assetDraft("PC-0012", section, manager.id())
                .disposalRecordNo("D-2026-0099"));
        assertThat(typed.asset().disposalRecordNo()).isEmpty();
    }

    @Test
    void suggestedNumbersIncrementPerKindPrefix() {
        assertThat(services.ledger().suggestAssetNo(AssetKind.TERMINAL)).isEqualTo("PC-0001");
        add("PC-0001");
        add("PC-0007");
        services.ledger().save(null, assetDraft("MB-0003", section, manager.id()).kind(AssetKind.MOBILE));

        assertThat(services.ledger().suggestAssetNo(AssetKind.TERMINAL)).isEqualTo("PC-0008");
        assertThat(services.ledger().suggestAssetNo(AssetKind.MOBILE)).isEqualTo("MB-0004");
        assertThat(services.ledger().suggestAssetNo(AssetKind.SERVER)).isEqualTo("SV-0001");
    }

    @Test
    void suggestedNumbersFollowThePrefixSetting() {
        add("PC-0001");
        OrganisationSettings now = services.settings().settings();
        Map<AssetKind, String> prefixes = new HashMap<>(now.assetNoPrefixes());
        prefixes.put(AssetKind.TERMINAL, "TM");
        services.settings().save(new OrganisationSettings(now.organisationName(), now.approvalTitles(), now.dateStyle(),
                prefixes));

        assertThat(services.ledger().suggestAssetNo(AssetKind.TERMINAL)).isEqualTo("TM-0001");
        add("TM-0001");
        assertThat(services.ledger().suggestAssetNo(AssetKind.TERMINAL)).isEqualTo("TM-0002");
    }
}
