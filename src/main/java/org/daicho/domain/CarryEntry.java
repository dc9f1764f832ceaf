package org.daicho.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A carry record with what lists and forms show beside it: its assets (as they are now in the ledger) and the
 * names of the people involved. Names are empty when there is no such person (yet).
 *
 * @param applicantName    the applicant's staff name (or the account's user name when it has none)
 * @param approverName     the staff name of whoever approved or rejected (in the app or 紙決裁)
 * @param approverSectionName the approver's 所属
 */
public record CarryEntry(
        CarryRecord record,
        List<Asset> assets,
        String carrierName,
        String carrierSectionName,
        String applicantName,
        String approverName,
        String approverSectionName,
        String returnCheckerName) {

    public CarryEntry {
        assets = List.copyOf(assets);
        carrierName = orEmpty(carrierName);
        carrierSectionName = orEmpty(carrierSectionName);
        applicantName = orEmpty(applicantName);
        approverName = orEmpty(approverName);
        approverSectionName = orEmpty(approverSectionName);
        returnCheckerName = orEmpty(returnCheckerName);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public long id() {
        return record.id();
    }

    /** The highest 機密性 of the assets (1 for a 持込 device, which holds none of the body's classified data). */
    public int highestConfidentiality() {
        return assets.stream().mapToInt(a -> a.classes().confidentiality()).max().orElse(1);
    }

    /** 機密性3 assets are flagged in every list (policy 2.3(1)). */
    public boolean isConfidential3() {
        return highestConfidentiality() >= 3;
    }

    public boolean isOverdue(LocalDateTime now) {
        return record.isOverdue(now);
    }

    /** 管理番号 of each asset joined with 「、」, or the 持込 device as 「所有者 種類 型番」. */
    public String targetText() {
        if (record.kind() == CarryKind.BRING_IN && record.device() != null) {
            CarryDevice d = record.device();
            return String.join(" ", List.of(d.owner(), d.kind(), d.model()).stream().filter(s -> !s.isEmpty()).toList());
        }
        return assets.stream().map(a -> a.assetNo() + " " + a.name()).collect(Collectors.joining("、"));
    }
}
