package org.daicho.domain;

/** What was typed into the session form; dates as typed (2026/6/1, R8.6.1 …), checked by {@link TrainingRules}. */
public record TrainingSessionDraft(
        String title,
        TrainingKind kind,
        String heldOn,
        TrainingFormat format,
        String instructor,
        TrainingTarget target,
        String note) {

    public static TrainingSessionDraft of(TrainingSession s, DateStyle style) {
        return new TrainingSessionDraft(s.title(), s.kind(), style.format(s.heldOn()), s.format(), s.instructor(),
                s.target(), s.note());
    }
}
