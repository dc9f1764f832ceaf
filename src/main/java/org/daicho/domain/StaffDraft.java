package org.daicho.domain;

/** What was typed into the staff form, checked by {@link StaffValidator}. */
public record StaffDraft(
        String staffNo,
        String name,
        String kana,
        Long sectionId,
        EmploymentType employmentType,
        String hiredOn,
        String leftOn,
        boolean securityManager,
        boolean systemManager,
        String consentOn) {

    /** A draft without a 同意書 date. */
    public StaffDraft(String staffNo, String name, String kana, Long sectionId, EmploymentType employmentType,
            String hiredOn, String leftOn, boolean securityManager, boolean systemManager) {
        this(staffNo, name, kana, sectionId, employmentType, hiredOn, leftOn, securityManager, systemManager, "");
    }

    public static StaffDraft of(Staff staff, DateStyle style) {
        return new StaffDraft(staff.staffNo(), staff.name(), staff.kana(), staff.sectionId(), staff.employmentType(),
                style.format(staff.hiredOn()), style.format(staff.leftOn()), staff.securityManager(),
                staff.systemManager(), style.format(staff.consentOn()));
    }
}
