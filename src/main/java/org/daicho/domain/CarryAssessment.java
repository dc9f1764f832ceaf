package org.daicho.domain;

import java.util.List;

/**
 * What the rules say about an application before it is saved, so that a form can ask for the right things.
 *
 * @param permissionRequired     a 情報セキュリティ管理者's permission is needed before going out (機密性2+, 完全性2,
 *                               可用性2, and every 持込)
 * @param confidential3          an asset is 機密性3: a reason is required and the record is flagged
 * @param protectionWarning      a 機密性2+ asset goes without encryption or a password: a warning must be
 *                               acknowledged with a reason
 * @param highestConfidentiality the highest 機密性 of the chosen assets (1 if none)
 * @param errors                 every rule the draft breaks; empty when it can be saved
 */
public record CarryAssessment(boolean permissionRequired, boolean confidential3, boolean protectionWarning,
        int highestConfidentiality, List<FieldError> errors) {

    public CarryAssessment {
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
