package org.daicho.domain;

import java.util.List;

/**
 * What the disposal rules say about the assets of an application or an execution.
 *
 * @param highestConfidentiality the highest 機密性 of the assets' data (1 when none chosen yet)
 * @param destroyOnly            only Destroy is accepted (特定個人情報 / マイナンバー利用事務系, or the settings)
 * @param proofRequired          a 立会職員 or a contractor's certificate is required (機密性2+)
 * @param witnessRequired        a 立会職員 is required whatever certificate there is (settings)
 * @param errors                 every broken rule, empty when none
 */
public record DisposalAssessment(int highestConfidentiality, boolean destroyOnly, boolean proofRequired,
        boolean witnessRequired, List<FieldError> errors) {

    public DisposalAssessment {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
