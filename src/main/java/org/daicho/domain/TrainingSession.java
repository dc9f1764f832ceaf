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

    public TrainingSession withId(long newId) {
        return new TrainingSession(newId, title, kind, heldOn, format, instructor, target, note, materials);
    }

    public TrainingSession withMaterials(AttachedFile file) {
        return new TrainingSession(id, title, kind, heldOn, format, instructor, target, note, file);
    }
}
