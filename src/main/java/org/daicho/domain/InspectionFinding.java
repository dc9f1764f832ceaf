package org.daicho.domain;

import java.util.List;

/**
 * One record that fails a 自己点検 item: which record (to open it), how the clerk knows it (管理番号, 記録番号,
 * 氏名 …), and why it fails as a bundle key ({@code inspection.problem.*}) with its arguments.
 */
public record InspectionFinding(RecordType recordType, long recordId, String reference, String problemKey,
        List<Object> problemArgs) {

    public InspectionFinding {
        problemArgs = List.copyOf(problemArgs);
    }

    public static InspectionFinding of(RecordType recordType, long recordId, String reference, String problemKey,
            Object... problemArgs) {
        return new InspectionFinding(recordType, recordId, reference, problemKey, List.of(problemArgs));
    }
}
