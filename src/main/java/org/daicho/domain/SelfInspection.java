package org.daicho.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The 自己点検 of one 年度 as at {@code asOf} (policy 2.9.2): one result per {@link InspectionItem}, in the enum's
 * order.
 */
public record SelfInspection(FiscalYear year, LocalDate asOf, List<InspectionResult> results) {

    public SelfInspection {
        results = List.copyOf(results);
    }

    public InspectionResult result(InspectionItem item) {
        return results.stream().filter(r -> r.item() == item).findFirst().orElseThrow();
    }
}
