package org.daicho.domain;

import java.util.List;

/**
 * One 自己点検 item answered: how many records were checked and those that fail. An item with nothing to check
 * (no carry-out this year) is 実施; {@code notApplicable} says so, for the sheet to show 「該当なし」.
 */
public record InspectionResult(InspectionItem item, int checked, List<InspectionFinding> failing) {

    public InspectionResult {
        failing = List.copyOf(failing);
    }

    public InspectionOutcome outcome() {
        if (failing.isEmpty()) {
            return InspectionOutcome.DONE;
        }
        return failing.size() < checked ? InspectionOutcome.PARTIAL : InspectionOutcome.NOT_DONE;
    }

    public boolean notApplicable() {
        return checked == 0;
    }
}
