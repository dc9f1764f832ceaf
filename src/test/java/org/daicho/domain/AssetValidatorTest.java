package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssetValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate REGISTERED = LocalDate.of(2026, 11, 24);

    /** A complete, valid draft of a leased terminal holding personal data; every value is synthetic. */
    static AssetDraft validDraft() {
        return new AssetDraft()
                .assetNo("PC-0001").businessCategory("総務事務").name("試験用端末").kind(AssetKind.TERMINAL)
                .medium("内蔵SSD").networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-100")
                .serialNo("SN-TEST-0001").sectionId(1L).managerStaffId(2L).users("試験 太郎")
                .confidentiality(2).integrity(2).availability(1).personalInfo(PersonalInfoKind.PERSONAL)
                .storagePlace("事務室 施錠書庫A").lockedStorage(true).encrypted(false)
                .acquiredOn("2026/4/1").ownership(Ownership.LEASED).leaseEndsOn("R13.3.31").status(AssetStatus.IN_USE)
                .retentionUntil("2031-03-31").lastReviewedOn("令和8年10月1日").disposalRecordNo("").note("試験データ");
    }

    private static Validation<Asset> validate(AssetDraft draft) {
        return AssetValidator.validate(null, draft, REGISTERED, TODAY);
    }

    private static List<FieldError> errors(AssetDraft draft) {
        Validation<Asset> result = validate(draft);
        assertThat(result.isValid()).as("draft should be refused").isFalse();
        assertThat(result.value()).isNull();
        return result.errors();
    }

    @Test
    void aFullValidDraftGivesAnAssetWithExactlyTheTypedValues() {
        Validation<Asset> result = AssetValidator.validate(7L, validDraft(), LocalDate.of(2026, 4, 2), TODAY);

        assertThat(result.errors()).isEmpty();
        Asset expected = new Asset(7L, "PC-0001", "総務事務", "試験用端末", AssetKind.TERMINAL, "内蔵SSD",
                NetworkZone.LGWAN, "試験電機", "TX-100", "SN-TEST-0001", 1L, 2L, "試験 太郎",
                new Classification(2, 2, 1), PersonalInfoKind.PERSONAL, "事務室 施錠書庫A", true, false,
                LocalDate.of(2026, 4, 1), Ownership.LEASED, LocalDate.of(2031, 3, 31), AssetStatus.IN_USE,
                LocalDate.of(2031, 3, 31), LocalDate.of(2026, 4, 2), LocalDate.of(2026, 10, 1), "", "試験データ");
        assertThat(result.value()).isEqualTo(expected);
        assertThat(result.orThrow()).isSameAs(result.value());
    }

    @Test
    void surroundingSpacesAreNotKept() {
        Asset asset = validate(validDraft().assetNo("  PC-0002 ").name("\u3000試験用端末 ").note(" 備考 ")).orThrow();
        assertThat(asset.assetNo()).isEqualTo("PC-0002");
        assertThat(asset.name()).isEqualTo("試験用端末");
        assertThat(asset.note()).isEqualTo("備考");
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        AssetDraft empty = new AssetDraft().personalInfo(null).ownership(null).status(null);

        assertThat(errors(empty)).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("ASSET_NO", "validation.required"),
                tuple("NAME", "validation.required"),
                tuple("KIND", "validation.choose"),
                tuple("NETWORK_ZONE", "validation.choose"),
                tuple("SECTION", "validation.choose"),
                tuple("MANAGER", "validation.choose"),
                tuple("CONFIDENTIALITY", "validation.choose"),
                tuple("INTEGRITY", "validation.choose"),
                tuple("AVAILABILITY", "validation.choose"),
                tuple("PERSONAL_INFO", "validation.choose"),
                tuple("STORAGE_PLACE", "validation.required"),
                tuple("OWNERSHIP", "validation.choose"),
                tuple("STATUS", "validation.choose"));
    }

    @Test
    void theRefusalCarriesEveryMessageAtOnce() {
        AssetDraft draft = validDraft().assetNo("").name("");
        assertThatThrownBy(() -> validate(draft).orThrow())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("ASSET_NO", "NAME"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PC-0001", "2026/A.1_x", "a", "SV-0001-01"})
    void assetNumbersThatFitASticker(String number) {
        assertThat(validate(validDraft().assetNo(number)).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PC 0001", "-PC0001", "管理1", "PC-0001!"})
    void assetNumbersWithOtherCharactersAreRefusedWithTheFormatMessage(String number) {
        assertThat(errors(validDraft().assetNo(number))).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("ASSET_NO", "validation.assetNo.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＰＣ－０００１", "pc-0001", " Pc-0001 "})
    void fullWidthAndLowerCaseNumbersAreStoredAsTheOneNumberTheyMean(String typed) {
        assertThat(AssetValidator.validate(null, validDraft().assetNo(typed), TODAY, TODAY).orThrow().assetNo())
                .isEqualTo("PC-0001");
    }

    @Test
    void aTooLongAssetNumberGetsOnlyTheLengthMessage() {
        assertThat(errors(validDraft().assetNo("PC-" + "0".repeat(28))))
                .containsExactly(FieldError.of(AssetField.ASSET_NO, "validation.tooLong", 30));
    }

    @Test
    void anImpossibleDateIsRefusedWithTheTextAsTyped() {
        List<FieldError> errors = errors(validDraft().acquiredOn(" 2026/02/30 "));

        assertThat(errors).containsExactly(FieldError.of(AssetField.ACQUIRED_ON, "validation.date", "2026/02/30"));
        Messages ja = Messages.japanese();
        FieldError error = errors.get(0);
        String shown = ja.get(error.messageKey(), ja.get("asset.field.ACQUIRED_ON"), error.args().get(0));
        assertThat(shown).startsWith("取得日の「2026/02/30」は日付として読めません");
    }

    @Test
    void aFutureAcquisitionIsRefusedButTodayIsFine() {
        assertThat(errors(validDraft().acquiredOn("2026/11/25")))
                .containsExactly(FieldError.of(AssetField.ACQUIRED_ON, "validation.future"));
        assertThat(validate(validDraft().acquiredOn("2026/11/24")).isValid()).isTrue();
    }

    @Test
    void aFutureReviewDateIsRefused() {
        assertThat(errors(validDraft().lastReviewedOn("R8.12.1")))
                .containsExactly(FieldError.of(AssetField.LAST_REVIEWED_ON, "validation.future"));
    }

    @Test
    void aLeaseNeedsItsEndDate() {
        assertThat(errors(validDraft().leaseEndsOn("  ")))
                .containsExactly(FieldError.of(AssetField.LEASE_ENDS_ON, "validation.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026/4/1", "2026/3/31"})
    void aLeaseMustEndAfterItWasAcquired(String leaseEnd) {
        assertThat(errors(validDraft().leaseEndsOn(leaseEnd)))
                .containsExactly(FieldError.of(AssetField.LEASE_ENDS_ON, "validation.leaseEndBeforeStart"));
        assertThat(validate(validDraft().leaseEndsOn("2026/4/2")).isValid()).isTrue();
    }

    @Test
    void aPurchasedAssetHasNoLeaseEnd() {
        assertThat(errors(validDraft().ownership(Ownership.PURCHASED)))
                .containsExactly(FieldError.of(AssetField.LEASE_ENDS_ON, "validation.leaseEndOnlyForLease"));
        Asset bought = validate(validDraft().ownership(Ownership.PURCHASED).leaseEndsOn("")).orThrow();
        assertThat(bought.leaseEndsOn()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = PersonalInfoKind.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void personalDataNeedsConfidentiality2OrHigher(PersonalInfoKind personal) {
        assertThat(errors(validDraft().personalInfo(personal).confidentiality(1)))
                .containsExactly(FieldError.of(AssetField.CONFIDENTIALITY, "validation.personalInfoNeedsC2"));
        assertThat(validate(validDraft().personalInfo(personal).confidentiality(2)).isValid()).isTrue();
        assertThat(validate(validDraft().personalInfo(personal).confidentiality(3)).isValid()).isTrue();
    }

    @Test
    void anAssetWithoutPersonalDataMayBeConfidentiality1() {
        assertThat(validate(validDraft().personalInfo(PersonalInfoKind.NONE).confidentiality(1)).isValid()).isTrue();
    }

    @Test
    void classesOutsideTheScaleAreRefusedWithTheirRange() {
        assertThat(errors(validDraft().confidentiality(4).integrity(3).availability(0)))
                .containsExactlyInAnyOrder(
                        FieldError.of(AssetField.CONFIDENTIALITY, "validation.classRange", 3),
                        FieldError.of(AssetField.INTEGRITY, "validation.classRange", 2),
                        FieldError.of(AssetField.AVAILABILITY, "validation.classRange", 2));
    }

    @ParameterizedTest
    @EnumSource(value = AssetStatus.class, names = {"DISPOSED", "RETURNED_TO_LESSOR"})
    void aFinishedAssetNeedsItsDisposalRecordNumber(AssetStatus status) {
        assertThat(errors(validDraft().status(status)))
                .containsExactly(FieldError.of(AssetField.DISPOSAL_RECORD_NO, "validation.disposalRecordNeeded"));
        Asset done = validate(validDraft().status(status).disposalRecordNo("D-00001")).orThrow();
        assertThat(done.disposalRecordNo()).isEqualTo("D-00001");
        assertThat(done.isReadOnly()).isTrue();
    }

    @Test
    void assetsInUseAreEditable() {
        for (AssetStatus status : AssetStatus.values()) {
            if (!status.isFinal()) {
                assertThat(validate(validDraft().status(status)).orThrow().isReadOnly()).as(status.name()).isFalse();
            }
        }
    }

    @Test
    void tooLongTextIsRefusedWithItsLimit() {
        assertThat(errors(validDraft().name("試".repeat(101)).note("備".repeat(1001))))
                .containsExactlyInAnyOrder(FieldError.of(AssetField.NAME, "validation.tooLong", 100),
                        FieldError.of(AssetField.NOTE, "validation.tooLong", 1000));
        assertThat(validate(validDraft().name("試".repeat(100)).note("備".repeat(1000))).isValid()).isTrue();
    }

    @Test
    void anAssetReadBackIntoTheFormValidatesToItself() {
        Asset asset = AssetValidator.validate(3L, validDraft(), LocalDate.of(2026, 4, 2), TODAY).orThrow();
        for (DateStyle style : DateStyle.values()) {
            Asset again = AssetValidator.validate(3L, AssetDraft.of(asset, style), LocalDate.of(2026, 4, 2), TODAY)
                    .orThrow();
            assertThat(again).as(style.name()).isEqualTo(asset);
        }
    }

    @Test
    void theAssetListsTheRestrictionsAndWarningsOfItsClasses() {
        Asset medium = validate(validDraft().kind(AssetKind.STORAGE_MEDIUM).lockedStorage(false).encrypted(false))
                .orThrow();
        assertThat(medium.restrictions()).isEqualTo(HandlingRestriction.forClasses(new Classification(2, 2, 1)));
        assertThat(medium.storageWarnings())
                .containsExactly(StorageWarning.MEDIUM_NOT_LOCKED, StorageWarning.MEDIUM_NOT_ENCRYPTED);
    }
}
