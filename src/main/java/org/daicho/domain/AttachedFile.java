package org.daicho.domain;

/**
 * A file kept inside the store (its bytes are in the store, not here), e.g. a session's materials.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes when the file was attached
 */
public record AttachedFile(String fileName, long sizeBytes, String sha256) {

    /** How the change history names the file: 「name (sha256)」. */
    public String describe() {
        return fileName + " (" + sha256 + ")";
    }
}
