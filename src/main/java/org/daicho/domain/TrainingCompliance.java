package org.daicho.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who has and has not been trained in a 年度 (April–March), computed from the records (policy 2.5.2(1)(2),
 * 2.5.1(2)②). Pure.
 *
 * <p>Who is counted: staff employed on the year's reference day — its last day, or today while the year is
 * running (so staff who left are not counted after their leave date, and someone hired later in the year is
 * counted from their first day). A new hire is someone hired within the year: hired on 31 March belongs to that
 * year, on 1 April to the next.
 */
public record TrainingCompliance(FiscalYear year, LocalDate referenceDay, List<StaffTrainingStatus> people,
        List<TrainingSession> sessions) {

    public TrainingCompliance {
        people = List.copyOf(people);
        sessions = List.copyOf(sessions);
    }

    /** The reference day of {@code year} seen on {@code today}: today while the year runs, else its last day. */
    public static LocalDate referenceDay(FiscalYear year, LocalDate today) {
        if (year.contains(today)) {
            return today;
        }
        return today.isBefore(year.firstDay()) ? year.firstDay() : year.lastDay();
    }

    public static TrainingCompliance of(FiscalYear year, LocalDate today, List<Staff> staff,
            List<TrainingSession> allSessions, List<Attendance> attendance) {
        LocalDate reference = referenceDay(year, today);
        Map<Long, TrainingSession> sessionById = new HashMap<>();
        for (TrainingSession s : allSessions) {
            sessionById.put(s.id(), s);
        }
        Map<Long, List<Attendance>> byStaff = new HashMap<>();
        for (Attendance a : attendance) {
            byStaff.computeIfAbsent(a.staffId(), k -> new ArrayList<>()).add(a);
        }
        List<StaffTrainingStatus> people = new ArrayList<>();
        for (Staff person : staff) {
            if (!person.isActiveOn(reference)) {
                continue;
            }
            int count = 0;
            LocalDate last = null;
            boolean newHire = year.contains(person.hiredOn());
            boolean newHireTrained = false;
            List<String> reasons = new ArrayList<>();
            List<Attendance> mine = new ArrayList<>(byStaff.getOrDefault(person.id(), List.of()));
            mine.sort(Comparator.comparing(a -> sessionById.get(a.sessionId()) == null ? LocalDate.MIN
                    : sessionById.get(a.sessionId()).heldOn()));
            for (Attendance a : mine) {
                TrainingSession session = sessionById.get(a.sessionId());
                if (session == null) {
                    continue;
                }
                LocalDate day = a.result() == AttendanceResult.MAKE_UP && a.makeUpOn() != null ? a.makeUpOn()
                        : session.heldOn();
                if (a.result().trained() && session.kind() == TrainingKind.NEW_HIRE && person.hiredOn() != null
                        && !day.isBefore(person.hiredOn())) {
                    newHireTrained = true;
                }
                if (!session.fiscalYear().equals(year)) {
                    continue;
                }
                if (a.result().trained()) {
                    count++;
                    last = last == null || day.isAfter(last) ? day : last;
                } else if (!a.absenceReason().isEmpty()) {
                    reasons.add(a.absenceReason());
                }
            }
            people.add(new StaffTrainingStatus(person, count, last, newHire, newHire && newHireTrained,
                    person.needsConsent() && person.consentOn() == null, reasons));
        }
        List<TrainingSession> ofYear = allSessions.stream().filter(s -> s.fiscalYear().equals(year))
                .sorted(Comparator.comparing(TrainingSession::heldOn).thenComparing(TrainingSession::id)).toList();
        return new TrainingCompliance(year, reference, people, ofYear);
    }

    public List<StaffTrainingStatus> untrained() {
        return people.stream().filter(StaffTrainingStatus::untrained).toList();
    }

    public List<StaffTrainingStatus> newHiresUntrained() {
        return people.stream().filter(StaffTrainingStatus::newHireUntrained).toList();
    }

    public List<StaffTrainingStatus> consentMissing() {
        return people.stream().filter(StaffTrainingStatus::consentMissing).toList();
    }

    /** 受講率 as a fraction 0–1 of the counted people (1 when nobody is counted). */
    public double rate() {
        return people.isEmpty() ? 1.0 : (double) (people.size() - untrained().size()) / people.size();
    }
}
