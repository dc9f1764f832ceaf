package org.daicho.domain;

import java.time.LocalDate;

/** A staff member (職員), used by every record that names a person. {@code id} is null until stored. */
public record Staff(
        Long id,
        String staffNo,
        String name,
        String kana,
        long sectionId,
        EmploymentType employmentType,
        LocalDate hiredOn,
        LocalDate leftOn,
        boolean securityManager,
        boolean systemManager,
        LocalDate consentOn) {

    /** A staff member without a 同意書 date (regular staff sign none). */
    public Staff(Long id, String staffNo, String name, String kana, long sectionId, EmploymentType employmentType,
            LocalDate hiredOn, LocalDate leftOn, boolean securityManager, boolean systemManager) {
        this(id, staffNo, name, kana, sectionId, employmentType, hiredOn, leftOn, securityManager, systemManager, null);
    }

    /**
     * 非常勤・臨時職員 sign a 同意書 (consent to the security policy) before they start (policy 2.5.1(2)②): the date
     * is required of them on the roster.
     */
    public boolean needsConsent() {
        return employmentType.needsConsent();
    }

    /** Still employed on the given day: staff who left are not counted after their leave date. */
    public boolean isActiveOn(LocalDate day) {
        boolean hired = hiredOn == null || !hiredOn.isAfter(day);
        boolean notLeft = leftOn == null || !leftOn.isBefore(day);
        return hired && notLeft;
    }

    public Staff withId(long newId) {
        return new Staff(newId, staffNo, name, kana, sectionId, employmentType, hiredOn, leftOn,
                securityManager, systemManager, consentOn);
    }
}
