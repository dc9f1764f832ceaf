package org.daicho.domain;

import java.time.LocalDate;

/**
 * One training session (研修). Immutable; {@code id} is null until stored. It belongs to the 年度 of its day.
 *
 * @param materials the attached materials file, or null
 */
public record TrainingSession(
        Long id,
        String title,
        TrainingKind kind,
        LocalDate heldOn,
        TrainingFormat format,
        String instructor,
        TrainingTarget target,
        String note,
        AttachedFile materials) {

    public FiscalYear fiscalYear() {
        return FiscalYear.of(heldOn);
    }

    /**
     * Whether {@code person} is among those the session is for: employed on its day and, for a session for
     * 新規採用 staff, hired within its 年度; for 役割別, a 情報セキュリティ管理者 or システム管理者. Other target groups
     * (全職員, 幹部, 緊急時対応訓練) take everyone employed — the ledger does not record who is an executive.
     */
    public boolean isFor(Staff person) {
        if (!person.isActiveOn(heldOn)) {
            return false;
        }
        return switch (target) {
            case NEW_HIRES -> fiscalYear().contains(person.hiredOn());
            case ROLE_HOLDERS -> person.securityManager() || person.systemManager();
            case ALL_STAFF, EXECUTIVES, EMERGENCY -> true;
        };
    }

    public TrainingSession withId(long newId) {
        return new TrainingSession(newId, title, kind, heldOn, format, instructor, target, note, materials);
    }

    public TrainingSession withMaterials(AttachedFile file) {
        return new TrainingSession(id, title, kind, heldOn, format, instructor, target, note, file);
    }
}
