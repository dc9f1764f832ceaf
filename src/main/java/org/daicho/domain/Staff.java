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
        boolean systemManager) {

    /** Still employed on the given day: staff who left are not counted after their leave date. */
    public boolean isActiveOn(LocalDate day) {
        boolean hired = hiredOn == null || !hiredOn.isAfter(day);
        boolean notLeft = leftOn == null || !leftOn.isBefore(day);
        return hired && notLeft;
    }

    public Staff withId(long newId) {
        return new Staff(newId, staffNo, name, kana, sectionId, employmentType, hiredOn, leftOn,
                securityManager, systemManager);
    }
}
