package org.daicho.domain;

import java.time.LocalDateTime;

/**
 * One evidence file kept inside the store with a disposal record (its bytes are in the store, not here).
 *
 * @param sha256 the SHA-256 of the bytes when the file was attached, lower-case hex; checked whenever the file is
 *               opened or exported
 */
public record EvidenceFile(Long id, long disposalId, String fileName, EvidenceKind kind, long sizeBytes,
        String sha256, LocalDateTime addedAt) {

    /** How the change history and the forms name the file: 「name (sha256)」. */
    public String describe() {
        return fileName + " (" + sha256 + ")";
    }
}
