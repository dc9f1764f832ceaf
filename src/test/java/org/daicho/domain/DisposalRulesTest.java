package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of disposal and sanitisation without a store: baseline, settings, methods, permission, transitions. */
class DisposalRulesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 10, 0);
    private static final LocalDateTime PERMITTED = LocalDateTime.of(2026, 11, 20, 14, 30);

    /** Every combination of the three settings: none of them may lift a baseline rule. */
    private static List<DisposalPolicy> allPolicies() {
        List<DisposalPolicy> all = new ArrayList<>();
        for (int bits = 0; bits < 8; bits++) {
            all.add(new DisposalPolicy((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0));
        }
        return all;
    }

    static Asset asset(long id, int c, PersonalInfoKind personalInfo, NetworkZone zone, Ownership ownership,
            AssetStatus status) {
        return new Asset(id, "MD-" + id, "総務事務", "試験用USBメモリ" + id, AssetKind.STORAGE_MEDIUM, "USBメモリ", zone,
                "試験電機", "TX-1", "SN" + id, 1L, null, "試験 花子", new Classification(c, 1, 1), personalInfo, "書庫",
                true, true, LocalDate.of(2022, 4, 1), ownership,
                ownership == Ownership.LEASED ? LocalDate.of(2027, 3, 31) : null, status, null,
                LocalDate.of(2022, 4, 1), null, status.isFinal() ? "D-2025-0001" : "", "");
    }

    static Asset asset(long id, int c) {
        return asset(id, c, c == 1 ? PersonalInfoKind.NONE : PersonalInfoKind.PERSONAL, NetworkZone.LGWAN,
                Ownership.PURCHASED, AssetStatus.IN_USE);
    }

    private static Map<Long, Asset> ledger(Asset... assets) {
        Map<Long, Asset> map = new HashMap<>();
        for (Asset a : assets) {
            map.put(a.id(), a);
        }
        return map;
    }

    private static DisposalDraft draft(DisposalEnd end, SanitisationMethod method, SanitisationTechnique technique,
            Long... ids) {
        return new DisposalDraft(List.of(ids), end, method, technique, DisposalPlace.INSIDE, LocalDate.of(2026, 12, 1),
                "耐用年数経過", "");
    }

    private static List<String> problems(DisposalAssessment a) {
        return a.errors().stream().map(e -> e.field() + " " + e.messageKey()).toList();
    }

    private static DisposalAssessment assess(DisposalDraft draft, DisposalPolicy policy, Asset... assets) {
        return DisposalRules.assess(draft, ledger(assets), Map.of(), policy);
    }

    private static DisposalRecord approved(DisposalEnd end, DisposalDecision decision, Asset... assets) {
        List<Long> ids = java.util.Arrays.stream(assets).map(Asset::id).toList();
        return new DisposalRecord(1L, "D-2026-0001", DisposalStatus.APPROVED, ids,
                draft(end, SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE, ids.toArray(Long[]::new)),
                10L, 20L, PERMITTED.minusDays(1), decision, null, null, "", List.of());
    }

    private static DisposalRecord approved(Asset... assets) {
        return approved(DisposalEnd.DISPOSE, new DisposalDecision(11L, 21L, PERMITTED, false, null, ""), assets);
    }

    /** Purge by ブロック消去 with a tool, now, by staff 30 with staff 31 watching, checked and found clean. */
    private static DisposalExecution execution(SanitisationMethod method, SanitisationTechnique technique,
            Long witness, String certificateNo, LocalDate certificateOn) {
        return new DisposalExecution(NOW, 30L, "", witness, method, technique, "", "試験消去ツール", "2.1",
                "全領域読取検証", "読取不可を確認", DisposalPlace.INSIDE, certificateNo.isEmpty() ? "" : "架空データ消去株式会社",
                certificateNo, certificateOn, false, "", "", "");
    }

    private static DisposalExecution execution(SanitisationMethod method, SanitisationTechnique technique) {
        return execution(method, technique, 31L, "", null);
    }

    private static DisposalExecution at(LocalDateTime time) {
        DisposalExecution e = execution(SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE);
        return new DisposalExecution(time, e.performerStaffId(), e.performerName(), e.witnessStaffId(), e.method(),
                e.technique(), e.methodDetails(), e.tool(), e.toolVersion(), e.verificationMethod(),
                e.verificationResult(), e.place(), e.contractor(), e.certificateNo(), e.certificateReceivedOn(),
                e.backedUp(), e.backupLocation(), e.destination(), e.note());
    }

    @ParameterizedTest(name = "機密性{0}: proof {1}")
    @CsvSource({"1,false", "2,true", "3,true"})
    void theHighestConfidentialityDecidesWhatIsRequired(int c, boolean proof) {
        DisposalAssessment needs = DisposalRules.requirements(List.of(asset(1, 1), asset(2, c)), DisposalPolicy.BASELINE);
        assertThat(needs.highestConfidentiality()).isEqualTo(c);
        assertThat(needs.proofRequired()).isEqualTo(proof);
        assertThat(needs.witnessRequired()).isFalse();
        assertThat(needs.destroyOnly()).isFalse();
        assertThat(DisposalRules.requirements(List.of(), DisposalPolicy.BASELINE).highestConfidentiality())
                .isEqualTo(1);
        DisposalAssessment strict = DisposalRules.requirements(List.of(asset(2, c)), new DisposalPolicy(true, true, true));
        assertThat(strict.witnessRequired()).isEqualTo(proof);
        assertThat(strict.destroyOnly()).isEqualTo(c == 3);
    }

    @ParameterizedTest
    @EnumSource(SanitisationTechnique.class)
    void eachTechniqueIsAcceptedOnlyUnderTheMethodsItBelongsTo(SanitisationTechnique technique) {
        for (SanitisationMethod method : SanitisationMethod.values()) {
            List<String> found = problems(assess(draft(DisposalEnd.DISPOSE, method, technique, 1L),
                    DisposalPolicy.BASELINE, asset(1, 1)));
            if (technique.fits(method)) {
                assertThat(found).as(method.name()).isEmpty();
            } else {
                assertThat(found).as(method.name()).containsExactly("PLANNED_TECHNIQUE disposal.error.techniqueMethod");
            }
        }
        assertThat(technique.methods()).isNotEmpty();
    }

    @Test
    void theNistTypesOfTheTechniquesAreTheHonestOnes() {
        assertThat(SanitisationTechnique.OVERWRITE.methods()).containsExactlyInAnyOrder(SanitisationMethod.CLEAR,
                SanitisationMethod.PURGE);
        for (SanitisationTechnique purge : List.of(SanitisationTechnique.BLOCK_ERASE, SanitisationTechnique.CRYPTO_ERASE,
                SanitisationTechnique.DEGAUSS)) {
            assertThat(purge.methods()).containsExactly(SanitisationMethod.PURGE);
        }
        for (SanitisationTechnique destroy : List.of(SanitisationTechnique.PHYSICAL_DESTRUCTION,
                SanitisationTechnique.SHREDDING, SanitisationTechnique.MELTING, SanitisationTechnique.INCINERATION)) {
            assertThat(destroy.methods()).containsExactly(SanitisationMethod.DESTROY);
        }
        assertThat(EnumSet.allOf(SanitisationTechnique.class)).filteredOn(SanitisationTechnique::isClearOnly)
                .containsExactlyInAnyOrder(SanitisationTechnique.OS_INITIALISE, SanitisationTechnique.QUICK_FORMAT);
        assertThat(EnumSet.allOf(SanitisationTechnique.class)).filteredOn(SanitisationTechnique::needsTool)
                .containsExactlyInAnyOrder(SanitisationTechnique.OVERWRITE, SanitisationTechnique.BLOCK_ERASE,
                        SanitisationTechnique.CRYPTO_ERASE, SanitisationTechnique.DEGAUSS);
    }

    @Test
    void noSettingLiftsABaselineRule() {
        Asset c2 = asset(1, 2);
        Asset myNumber = asset(2, 3, PersonalInfoKind.MY_NUMBER, NetworkZone.LGWAN, Ownership.PURCHASED,
                AssetStatus.IN_USE);
        Asset myNumberZone = asset(3, 2, PersonalInfoKind.PERSONAL, NetworkZone.MY_NUMBER, Ownership.PURCHASED,
                AssetStatus.IN_USE);
        for (DisposalPolicy policy : allPolicies()) {
            for (SanitisationTechnique weak : List.of(SanitisationTechnique.OS_INITIALISE,
                    SanitisationTechnique.QUICK_FORMAT)) {
                assertThat(problems(assess(draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR, weak, 1L), policy, c2)))
                        .as(policy + " " + weak).contains("PLANNED_TECHNIQUE disposal.error.clearOnly");
                assertThat(problems(DisposalRules.checkExecution(approved(c2), execution(SanitisationMethod.CLEAR,
                        weak), List.of(c2), policy, NOW))).as(policy + " " + weak)
                        .contains("TECHNIQUE disposal.error.clearOnly");
            }
            for (Asset asset : List.of(myNumber, myNumberZone)) {
                assertThat(problems(assess(draft(DisposalEnd.DISPOSE, SanitisationMethod.PURGE,
                        SanitisationTechnique.CRYPTO_ERASE, asset.id()), policy, asset))).as(policy.toString())
                        .contains("PLANNED_METHOD disposal.error.destroyOnlyMyNumber");
                assertThat(DisposalRules.requirements(List.of(asset), policy).destroyOnly()).isTrue();
            }
            DisposalAssessment unproven = DisposalRules.checkExecution(approved(c2),
                    execution(SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE, null, "", null), List.of(c2),
                    policy, NOW);
            assertThat(unproven.isValid()).as(policy + ": neither witness nor certificate").isFalse();
            assertThat(problems(unproven)).singleElement().asString().startsWith("WITNESS ");
            assertThat(problems(assess(draft(DisposalEnd.REPAIR, SanitisationMethod.DESTROY,
                    SanitisationTechnique.SHREDDING, 1L), policy, c2)))
                    .contains("PLANNED_METHOD disposal.error.destroyKeepsNothing");
        }
    }

    @Test
    void eachSettingAddsItsOwnRule() {
        Asset c2 = asset(1, 2);
        Asset c3 = asset(2, 3);
        DisposalExecution certified = execution(SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE, null,
                "C-2026-0001", NOW.toLocalDate());
        assertThat(problems(DisposalRules.checkExecution(approved(c2), certified, List.of(c2), DisposalPolicy.BASELINE,
                NOW))).isEmpty();
        assertThat(problems(DisposalRules.checkExecution(approved(c2), certified, List.of(c2),
                new DisposalPolicy(true, false, false), NOW))).containsExactly("WITNESS disposal.error.witnessRequired");

        DisposalDraft purge3 = draft(DisposalEnd.DISPOSE, SanitisationMethod.PURGE, SanitisationTechnique.DEGAUSS, 2L);
        assertThat(problems(assess(purge3, DisposalPolicy.BASELINE, c3))).isEmpty();
        assertThat(problems(assess(purge3, new DisposalPolicy(false, true, false), c3)))
                .containsExactly("PLANNED_METHOD disposal.error.destroyOnlyConfidential3");
        assertThat(problems(assess(draft(DisposalEnd.DISPOSE, SanitisationMethod.PURGE, SanitisationTechnique.DEGAUSS,
                1L), new DisposalPolicy(false, true, false), c2))).as("機密性2 is not touched").isEmpty();

        DisposalDraft clear2 = draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR, SanitisationTechnique.OVERWRITE, 1L);
        assertThat(problems(assess(clear2, DisposalPolicy.BASELINE, c2))).isEmpty();
        assertThat(problems(assess(clear2, new DisposalPolicy(false, false, true), c2)))
                .containsExactly("PLANNED_METHOD disposal.error.noClearForConfidential");
        assertThat(problems(assess(draft(DisposalEnd.DISPOSE, SanitisationMethod.CLEAR, SanitisationTechnique.OVERWRITE,
                3L), new DisposalPolicy(false, false, true), asset(3, 1)))).as("機密性1 may be cleared").isEmpty();
    }

    @Test
    void theApplicationNeedsItsAssetsEndPlanAndReason() {
        DisposalDraft empty = new DisposalDraft(null, null, null, null, null, null, " ", null);
        assertThat(problems(DisposalRules.assess(empty, Map.of(), Map.of(), DisposalPolicy.BASELINE))).containsExactly(
                "ASSETS validation.choose", "END validation.choose", "PLANNED_METHOD validation.choose",
                "PLANNED_TECHNIQUE validation.choose", "PLANNED_PLACE validation.choose",
                "PLANNED_ON validation.required", "REASON validation.required");

        Asset bought = asset(1, 2);
        Asset leased = asset(2, 2, PersonalInfoKind.PERSONAL, NetworkZone.LGWAN, Ownership.LEASED, AssetStatus.IN_USE);
        Asset gone = asset(3, 2, PersonalInfoKind.PERSONAL, NetworkZone.LGWAN, Ownership.PURCHASED,
                AssetStatus.DISPOSED);
        Asset out = asset(4, 2, PersonalInfoKind.PERSONAL, NetworkZone.LGWAN, Ownership.PURCHASED,
                AssetStatus.CARRIED_OUT);
        Asset returned = asset(5, 2, PersonalInfoKind.PERSONAL, NetworkZone.LGWAN, Ownership.LEASED,
                AssetStatus.RETURNED_TO_LESSOR);
        DisposalDraft lease = draft(DisposalEnd.LEASE_RETURN, SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE,
                1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(problems(DisposalRules.assess(lease, ledger(bought, leased, gone, out, returned),
                Map.of(2L, "D-2026-0007"), DisposalPolicy.BASELINE))).containsExactly("END disposal.error.notLeased",
                "ASSETS disposal.error.assetInOpenDisposal", "ASSETS disposal.error.assetFinal",
                "END disposal.error.notLeased", "ASSETS disposal.error.assetOut", "END disposal.error.notLeased",
                "ASSETS disposal.error.assetFinal", "ASSETS disposal.error.assetMissing");
        assertThat(problems(assess(draft(DisposalEnd.LEASE_RETURN, SanitisationMethod.PURGE,
                SanitisationTechnique.BLOCK_ERASE, 2L), DisposalPolicy.BASELINE, leased))).isEmpty();

        DisposalDraft outside = new DisposalDraft(List.of(1L), DisposalEnd.DISPOSE, SanitisationMethod.DESTROY,
                SanitisationTechnique.MELTING, DisposalPlace.OUTSIDE, LocalDate.of(2026, 12, 1), "更新", " ");
        assertThat(problems(assess(outside, DisposalPolicy.BASELINE, bought)))
                .containsExactly("PLANNED_CONTRACTOR disposal.error.contractorRequired");
        DisposalDraft longReason = new DisposalDraft(List.of(1L), DisposalEnd.DISPOSE, SanitisationMethod.DESTROY,
                SanitisationTechnique.MELTING, DisposalPlace.INSIDE, LocalDate.of(2026, 12, 1), "理".repeat(501), "");
        assertThat(problems(assess(longReason, DisposalPolicy.BASELINE, bought)))
                .containsExactly("REASON validation.tooLong");
    }

    @Test
    void theExecutionMayNotComeBeforeThePermissionNorLieInTheFuture() {
        Asset c2 = asset(1, 2);
        DisposalRecord record = approved(c2);
        assertThat(problems(DisposalRules.checkExecution(record, at(PERMITTED), List.of(c2), DisposalPolicy.BASELINE,
                NOW))).isEmpty();
        assertThat(problems(DisposalRules.checkExecution(record, at(PERMITTED.minusSeconds(1)), List.of(c2),
                DisposalPolicy.BASELINE, NOW))).containsExactly("EXECUTED_AT disposal.error.beforePermission");
        assertThat(problems(DisposalRules.checkExecution(record, at(NOW), List.of(c2), DisposalPolicy.BASELINE, NOW)))
                .isEmpty();
        assertThat(problems(DisposalRules.checkExecution(record, at(NOW.plusSeconds(1)), List.of(c2),
                DisposalPolicy.BASELINE, NOW))).containsExactly("EXECUTED_AT disposal.error.future");

        // 紙決裁 dated 20 November: permitted from 20 November 00:00, whenever it was typed in
        DisposalDecision paper = new DisposalDecision(null, 21L, NOW, true, LocalDate.of(2026, 11, 20), "決裁済");
        DisposalRecord onPaper = approved(DisposalEnd.DISPOSE, paper, c2);
        assertThat(onPaper.permittedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 0, 0));
        assertThat(problems(DisposalRules.checkExecution(onPaper, at(LocalDateTime.of(2026, 11, 20, 0, 0)),
                List.of(c2), DisposalPolicy.BASELINE, NOW))).isEmpty();
        assertThat(problems(DisposalRules.checkExecution(onPaper, at(LocalDateTime.of(2026, 11, 19, 23, 59, 59)),
                List.of(c2), DisposalPolicy.BASELINE, NOW))).containsExactly("EXECUTED_AT disposal.error.beforePermission");

        // an asset disposed of since the permission is refused at execution too
        Asset goneSince = asset(1, 2, PersonalInfoKind.PERSONAL, NetworkZone.LGWAN, Ownership.PURCHASED,
                AssetStatus.DISPOSED);
        assertThat(problems(DisposalRules.checkExecution(record, at(NOW), List.of(goneSince), DisposalPolicy.BASELINE,
                NOW))).containsExactly("ASSETS disposal.error.assetFinal");
    }

    @Test
    void theApplicantMayNeverDecide() {
        DisposalRecord record = approved(asset(1, 2));
        assertThat(DisposalRules.approverConflict(record, 10L, 99L)).as("the applicant's account")
                .hasValueSatisfying(e -> assertThat(e.messageKey()).isEqualTo("disposal.error.approverIsApplicant"));
        assertThat(DisposalRules.approverConflict(record, 99L, 20L)).as("another account of the applicant's staff")
                .isPresent();
        assertThat(DisposalRules.approverConflict(record, null, 20L)).as("on paper in the applicant's name")
                .isPresent();
        assertThat(DisposalRules.approverConflict(record, 11L, 21L)).isEmpty();
        assertThat(DisposalRules.approverConflict(record, null, 21L)).isEmpty();
    }

    @Test
    void everyStatusMove() {
        DisposalRecord requested = new DisposalRecord(1L, "D-2026-0001", DisposalStatus.REQUESTED, List.of(1L),
                draft(DisposalEnd.DISPOSE, SanitisationMethod.PURGE, SanitisationTechnique.BLOCK_ERASE, 1L), 10L, 20L,
                NOW, null, null, null, "", List.of());
        assertThat(DisposalRules.next(requested, DisposalAction.APPROVE)).isEqualTo(DisposalStatus.APPROVED);
        assertThat(DisposalRules.next(requested, DisposalAction.REJECT)).isEqualTo(DisposalStatus.REJECTED);
        assertThat(DisposalRules.next(requested, DisposalAction.CANCEL)).isEqualTo(DisposalStatus.CANCELLED);
        assertThatThrownBy(() -> DisposalRules.next(requested, DisposalAction.EXECUTE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.messageKey()).isEqualTo("disposal.error.needsPermission")));
        DisposalRecord approved = approved(asset(1, 2));
        assertThat(DisposalRules.next(approved, DisposalAction.EXECUTE)).isEqualTo(DisposalStatus.COMPLETED);
        assertThat(DisposalRules.next(approved, DisposalAction.CANCEL)).isEqualTo(DisposalStatus.CANCELLED);
        for (DisposalStatus done : List.of(DisposalStatus.REJECTED, DisposalStatus.COMPLETED, DisposalStatus.CANCELLED)) {
            assertThat(done.isFinal()).isTrue();
            assertThat(done.isOpen()).isFalse();
            for (DisposalAction action : DisposalAction.values()) {
                assertThat(done.after(action)).as(done + " " + action).isEmpty();
            }
        }
        assertThat(DisposalRules.recordNo(new FiscalYear(2026), 1)).isEqualTo("D-2026-0001");
        assertThat(DisposalRules.recordNo(new FiscalYear(2027), 123)).isEqualTo("D-2027-0123");
    }

    @Test
    void theEndDecidesTheAssetsStatus() {
        assertThat(DisposalEnd.DISPOSE.statusAfter()).isEqualTo(AssetStatus.DISPOSED);
        assertThat(DisposalEnd.LEASE_RETURN.statusAfter()).isEqualTo(AssetStatus.RETURNED_TO_LESSOR);
        assertThat(DisposalEnd.REPAIR.statusAfter()).isEqualTo(AssetStatus.UNDER_REPAIR);
        assertThat(DisposalEnd.REUSE.statusAfter()).isEqualTo(AssetStatus.IN_STORAGE);
        for (DisposalEnd end : DisposalEnd.values()) {
            List<String> destroyed = problems(assess(draft(end, SanitisationMethod.DESTROY,
                    SanitisationTechnique.INCINERATION, 1L), DisposalPolicy.BASELINE, asset(1, 1, PersonalInfoKind.NONE,
                    NetworkZone.LGWAN, Ownership.LEASED, AssetStatus.IN_USE)));
            if (end.keepsMediaUsable()) {
                assertThat(destroyed).as(end.name()).containsExactly("PLANNED_METHOD disposal.error.destroyKeepsNothing");
            } else {
                assertThat(destroyed).as(end.name()).isEmpty();
            }
        }
    }
}
