package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's search box and choices, and the home screen's attention items used as filters. */
class AssetFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Asset asset(String no, String name, AssetKind kind, int c, AssetStatus status, long section,
            String serial, String users, String place) {
        return new Asset((long) no.hashCode(), no, "総務事務", name, kind, "内蔵SSD", NetworkZone.LGWAN, "試験電機",
                "TX-100", serial, section, 2L, users, new Classification(c, 1, 1),
                c == 1 ? PersonalInfoKind.NONE : PersonalInfoKind.PERSONAL, place, true, true,
                LocalDate.of(2025, 4, 1), Ownership.PURCHASED, null, status, null, LocalDate.of(2025, 4, 1),
                LocalDate.of(2026, 5, 1), status.isFinal() ? "D-00001" : "", "");
    }

    private static final LedgerEntry PC1 = new LedgerEntry(asset("PC-0001", "事務用パソコン 1号機", AssetKind.TERMINAL, 2,
            AssetStatus.IN_USE, 1L, "SN-AAA-111", "試験 太郎", "事務室 書庫A"), "総務課", "見本 花子");
    private static final LedgerEntry PC2 = new LedgerEntry(asset("PC-0002", "事務用パソコン 2号機", AssetKind.TERMINAL, 1,
            AssetStatus.IN_STORAGE, 2L, "SN-BBB-222", "架空 一郎", "会議室 備品棚"), "業務課", "試験 次郎");
    private static final LedgerEntry USB = new LedgerEntry(asset("MD-0001", "USBメモリ", AssetKind.STORAGE_MEDIUM, 3,
            AssetStatus.IN_USE, 1L, "SN-CCC-333", "試験 太郎", "総務課 金庫"), "総務課", "見本 花子");
    private static final LedgerEntry OLD = new LedgerEntry(asset("PC-0003", "ﾉｰﾄﾊﾟｿｺﾝ", AssetKind.MOBILE, 2,
            AssetStatus.DISPOSED, 2L, "SN-DDD-444", "模擬 桜", "廃棄済"), "業務課", "試験 次郎");
    private static final List<LedgerEntry> LEDGER = List.of(PC1, PC2, USB, OLD);

    private static List<LedgerEntry> search(String text) {
        return new AssetFilter(text, null, null, null, null, null).apply(LEDGER, TODAY);
    }

    @Test
    void noConditionShowsEverything() {
        assertThat(AssetFilter.ALL.isEmpty()).isTrue();
        assertThat(AssetFilter.ALL.apply(LEDGER, TODAY)).containsExactlyElementsOf(LEDGER);
        assertThat(search("   ")).containsExactlyElementsOf(LEDGER);
        assertThat(new AssetFilter(null, null, null, null, null, null).apply(LEDGER, TODAY)).hasSize(4);
    }

    @Test
    void everyWordMustMatch() {
        assertThat(search("パソコン")).containsExactly(PC1, PC2, OLD);
        assertThat(search("パソコン 書庫")).containsExactly(PC1);
        assertThat(search("パソコン\u3000金庫")).isEmpty();
    }

    @Test
    void searchesNumberNameSerialHolderAndPlace() {
        assertThat(search("MD-0001")).containsExactly(USB);
        assertThat(search("USBメモリ")).containsExactly(USB);
        assertThat(search("BBB-222")).containsExactly(PC2);
        assertThat(search("見本")).as("管理責任者").containsExactly(PC1, USB);
        assertThat(search("架空")).as("使用者").containsExactly(PC2);
        assertThat(search("備品棚")).as("保管場所").containsExactly(PC2);
        assertThat(search("試験電機")).as("メーカー").hasSize(4);
    }

    @Test
    void widthAndCaseDoNotMatter() {
        assertThat(search("ＰＣ－０００１")).containsExactly(PC1);
        assertThat(search("pc-0001")).containsExactly(PC1);
        assertThat(search("usb")).containsExactly(USB);
        assertThat(search("ノートパソコン")).as("half-width kana in the record").containsExactly(OLD);
        assertThat(search("ﾒﾓﾘ")).as("half-width kana typed").containsExactly(USB);
    }

    @Test
    void choicesNarrowTheList() {
        assertThat(new AssetFilter("", AssetKind.TERMINAL, null, null, null, null).apply(LEDGER, TODAY))
                .containsExactly(PC1, PC2);
        assertThat(new AssetFilter("", null, 2, null, null, null).apply(LEDGER, TODAY)).containsExactly(PC1, OLD);
        assertThat(new AssetFilter("", null, null, AssetStatus.DISPOSED, null, null).apply(LEDGER, TODAY))
                .containsExactly(OLD);
        assertThat(new AssetFilter("", null, null, null, 1L, null).apply(LEDGER, TODAY)).containsExactly(PC1, USB);
        assertThat(new AssetFilter("太郎", AssetKind.STORAGE_MEDIUM, 3, AssetStatus.IN_USE, 1L, null)
                .apply(LEDGER, TODAY)).containsExactly(USB);
        assertThat(new AssetFilter("", null, null, null, 1L, null).isEmpty()).isFalse();
    }

    @Test
    void anAttentionItemShowsExactlyTheAssetsItCounts() {
        Asset unlocked = new Copy(USB.asset()).unlocked();
        LedgerEntry open = new LedgerEntry(unlocked, "総務課", "見本 花子");
        List<LedgerEntry> ledger = List.of(PC1, open, OLD);

        assertThat(AssetFilter.attention(AttentionKind.STORAGE_WARNING).apply(ledger, TODAY)).containsExactly(open);
        assertThat(AssetFilter.attention(AttentionKind.STORAGE_WARNING).isEmpty()).isFalse();
    }

    /** Copies an asset with its storage changed (the record is immutable). */
    private record Copy(Asset a) {
        Asset unlocked() {
            return new Asset(a.id(), a.assetNo(), a.businessCategory(), a.name(), a.kind(), a.medium(), a.networkZone(),
                    a.maker(), a.model(), a.serialNo(), a.sectionId(), a.managerStaffId(), a.users(), a.classes(),
                    a.personalInfo(), a.storagePlace(), false, a.encrypted(), a.acquiredOn(), a.ownership(),
                    a.leaseEndsOn(), a.status(), a.retentionUntil(), a.registeredOn(), a.lastReviewedOn(),
                    a.disposalRecordNo(), a.note());
        }
    }

    private static Asset with(LocalDate lastReviewed, Ownership ownership, LocalDate leaseEnds, LocalDate retention,
            AssetStatus status) {
        return new Asset(1L, "PC-0100", "総務事務", "試験用端末", AssetKind.TERMINAL, "", NetworkZone.LGWAN, "", "", "",
                1L, 2L, "", Classification.LOWEST, PersonalInfoKind.NONE, "事務室", true, true,
                LocalDate.of(2020, 4, 1), ownership, leaseEnds, status, retention, LocalDate.of(2020, 4, 1),
                lastReviewed, status.isFinal() ? "D-1" : "", "");
    }

    @Test
    void notReviewedThisFiscalYear() {
        AttentionKind kind = AttentionKind.NOT_REVIEWED_THIS_YEAR;
        assertThat(kind.matches(with(LocalDate.of(2026, 3, 31), Ownership.PURCHASED, null, null, AssetStatus.IN_USE),
                TODAY)).as("reviewed last 年度").isTrue();
        assertThat(kind.matches(with(null, Ownership.PURCHASED, null, null, AssetStatus.IN_USE), TODAY))
                .as("never reviewed").isTrue();
        assertThat(kind.matches(with(LocalDate.of(2026, 4, 1), Ownership.PURCHASED, null, null, AssetStatus.IN_USE),
                TODAY)).as("reviewed on the first day of this 年度").isFalse();
    }

    @Test
    void leaseEndingWithinNinetyDaysOrEnded() {
        AttentionKind kind = AttentionKind.LEASE_ENDING;
        assertThat(kind.matches(with(TODAY, Ownership.LEASED, TODAY.plusDays(90), null, AssetStatus.IN_USE), TODAY))
                .isTrue();
        assertThat(kind.matches(with(TODAY, Ownership.LEASED, TODAY.minusDays(5), null, AssetStatus.IN_USE), TODAY))
                .isTrue();
        assertThat(kind.matches(with(TODAY, Ownership.LEASED, TODAY.plusDays(91), null, AssetStatus.IN_USE), TODAY))
                .isFalse();
        assertThat(kind.matches(with(TODAY, Ownership.PURCHASED, null, null, AssetStatus.IN_USE), TODAY)).isFalse();
    }

    @Test
    void retentionPassedFromTheDayAfter() {
        AttentionKind kind = AttentionKind.RETENTION_PASSED;
        assertThat(kind.matches(with(TODAY, Ownership.PURCHASED, null, TODAY.minusDays(1), AssetStatus.IN_USE), TODAY))
                .isTrue();
        assertThat(kind.matches(with(TODAY, Ownership.PURCHASED, null, TODAY, AssetStatus.IN_USE), TODAY)).isFalse();
        assertThat(kind.matches(with(TODAY, Ownership.PURCHASED, null, null, AssetStatus.IN_USE), TODAY)).isFalse();
    }

    @Test
    void finishedAssetsNeverNeedAttention() {
        Asset disposed = with(null, Ownership.LEASED, TODAY.minusDays(1), TODAY.minusDays(1), AssetStatus.DISPOSED);
        for (AttentionKind kind : AttentionKind.values()) {
            assertThat(kind.matches(disposed, TODAY)).as(kind.name()).isFalse();
        }
    }
}
