package org.daicho.service;

import java.nio.file.Path;
import java.util.List;

/**
 * What a 廃棄記録簿 export wrote.
 *
 * @param workbook       the .xlsx file
 * @param evidenceFolder the folder beside it with the evidence files and {@code SHA256SUMS.txt} (null when the
 *                       records have no evidence)
 * @param evidenceFiles  how many evidence files were written
 * @param changed        evidence whose bytes no longer match their SHA-256: left out of the folder and marked in
 *                       the workbook
 */
public record DisposalExport(Path workbook, Path evidenceFolder, int records, int evidenceFiles,
        List<EvidenceCheck> changed) {

    public DisposalExport {
        changed = List.copyOf(changed);
    }
}
