package org.daicho.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A disposal record with what lists, forms and certificates show beside it: its assets (as they are now in the
 * ledger) and the people involved. Names are empty when there is no such person (yet).
 *
 * @param approverName        the staff name of whoever approved or rejected (in the app or 紙決裁)
 * @param performerName       the staff member who did it, or the contractor's worker
 * @param performerSectionName the performer's 所属 (empty for a contractor's worker)
 */
public record DisposalEntry(
        DisposalRecord record,
        List<Asset> assets,
        String applicantName,
        String approverName,
        String approverSectionName,
        String performerName,
        String performerSectionName,
        String witnessName,
        String witnessSectionName) {

    public DisposalEntry {
        assets = List.copyOf(assets);
        applicantName = orEmpty(applicantName);
        approverName = orEmpty(approverName);
        approverSectionName = orEmpty(approverSectionName);
        performerName = orEmpty(performerName);
        performerSectionName = orEmpty(performerSectionName);
        witnessName = orEmpty(witnessName);
        witnessSectionName = orEmpty(witnessSectionName);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public long id() {
        return record.id();
    }

    public int highestConfidentiality() {
        return DisposalRules.highestConfidentiality(assets);
    }

    /** 管理番号 of each asset joined with 「、」. */
    public String assetNumbers() {
        return assets.stream().map(Asset::assetNo).collect(Collectors.joining("、"));
    }
}
