package org.daicho.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a clerk enters for a disposal application (廃棄等申請): the assets, where they go, and the planned method.
 * Checked by {@link DisposalRules#assess}; the service adds the applicant (the logged-in account) and the time.
 *
 * @param assetIds          one or more assets of the ledger (e.g. twenty USB sticks at once)
 * @param plannedContractor the contractor who will do it, if outsourced (may be empty)
 */
public record DisposalDraft(
        List<Long> assetIds,
        DisposalEnd end,
        SanitisationMethod plannedMethod,
        SanitisationTechnique plannedTechnique,
        DisposalPlace plannedPlace,
        LocalDate plannedOn,
        String reason,
        String plannedContractor) {

    public DisposalDraft {
        assetIds = assetIds == null ? List.of() : List.copyOf(assetIds);
        reason = reason == null ? "" : reason.strip();
        plannedContractor = plannedContractor == null ? "" : plannedContractor.strip();
    }
}
