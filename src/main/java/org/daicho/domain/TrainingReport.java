package org.daicho.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 研修実施状況報告: the yearly report to the 情報セキュリティ委員会 (policy 2.5.2(2)⑤, forms.md D), computed straight
 * from the records. The .xlsx form and the printed page show the same figures.
 *
 * @param bySection        対象者数 / 受講者数 per 所属, in the sections' order (sections with nobody counted left out)
 * @param byEmploymentType the same per 任用区分, in the enum's order
 * @param sessions         the year's sessions with their counts, by day
 * @param untrained        未受講者一覧: counted staff with no training this year, by section then 職員番号
 */
public record TrainingReport(
        FiscalYear year,
        LocalDate reportDate,
        LocalDate referenceDay,
        Count total,
        Map<Section, Count> bySection,
        Map<EmploymentType, Count> byEmploymentType,
        Count newHires,
        List<StaffTrainingStatus> newHiresUntrained,
        List<SessionCount> sessions,
        List<StaffTrainingStatus> untrained) {

    /** 対象者数 and 受講者数. */
    public record Count(int counted, int trained) {

        /** 受講率 0–1 (1 when nobody is counted: nothing is missing). */
        public double rate() {
            return counted == 0 ? 1.0 : (double) trained / counted;
        }

        Count plus(boolean wasTrained) {
            return new Count(counted + 1, trained + (wasTrained ? 1 : 0));
        }
    }

    /** One session with how many attended, were absent, or took it later. */
    public record SessionCount(TrainingSession session, int attended, int absent, int madeUp) {
    }

    public static TrainingReport of(TrainingCompliance compliance, List<Section> sections,
            List<Attendance> attendance, LocalDate reportDate) {
        Map<Long, Section> sectionById = new LinkedHashMap<>();
        sections.stream().sorted(Comparator.comparingInt(Section::sortOrder)).forEach(s -> sectionById.put(s.id(), s));
        Map<Section, Count> bySection = new LinkedHashMap<>();
        Map<EmploymentType, Count> byType = new EnumMap<>(EmploymentType.class);
        Count total = new Count(0, 0);
        Count newHires = new Count(0, 0);
        for (StaffTrainingStatus p : compliance.people()) {
            boolean trained = !p.untrained();
            total = total.plus(trained);
            Section section = sectionById.get(p.staff().sectionId());
            if (section != null) {
                bySection.merge(section, new Count(1, trained ? 1 : 0),
                        (a, b) -> new Count(a.counted() + b.counted(), a.trained() + b.trained()));
            }
            byType.merge(p.staff().employmentType(), new Count(1, trained ? 1 : 0),
                    (a, b) -> new Count(a.counted() + b.counted(), a.trained() + b.trained()));
            if (p.newHire()) {
                newHires = newHires.plus(p.newHireTrained());
            }
        }
        Map<Section, Count> orderedSections = new LinkedHashMap<>();
        for (Section s : sectionById.values()) {
            if (bySection.containsKey(s)) {
                orderedSections.put(s, bySection.get(s));
            }
        }
        List<SessionCount> counts = new ArrayList<>();
        for (TrainingSession s : compliance.sessions()) {
            int attended = 0;
            int absent = 0;
            int madeUp = 0;
            for (Attendance a : attendance) {
                if (a.sessionId() != s.id()) {
                    continue;
                }
                switch (a.result()) {
                    case ATTENDED -> attended++;
                    case ABSENT -> absent++;
                    case MAKE_UP -> madeUp++;
                }
            }
            counts.add(new SessionCount(s, attended, absent, madeUp));
        }
        Comparator<StaffTrainingStatus> bySectionThenNo = Comparator
                .comparingInt((StaffTrainingStatus p) -> sectionOrder(sectionById, p.staff().sectionId()))
                .thenComparing(p -> p.staff().staffNo());
        return new TrainingReport(compliance.year(), reportDate, compliance.referenceDay(), total, orderedSections,
                byType, newHires, compliance.newHiresUntrained().stream().sorted(bySectionThenNo).toList(), counts,
                compliance.untrained().stream().sorted(bySectionThenNo).toList());
    }

    private static int sectionOrder(Map<Long, Section> sections, long id) {
        Section s = sections.get(id);
        return s == null ? Integer.MAX_VALUE : s.sortOrder();
    }
}
