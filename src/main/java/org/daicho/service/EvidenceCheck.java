package org.daicho.service;

import org.daicho.domain.EvidenceFile;

/**
 * The result of reading an evidence file back from the store: the SHA-256 of its bytes now against the one
 * recorded when it was attached.
 *
 * @param recordNo     the 記録番号 of its disposal record
 * @param actualSha256 the SHA-256 of the bytes read now
 */
public record EvidenceCheck(String recordNo, EvidenceFile file, String actualSha256, long actualSize) {

    public boolean intact() {
        return file.sha256().equals(actualSha256) && file.sizeBytes() == actualSize;
    }
}
