package org.daicho.service;

/**
 * An evidence file whose bytes no longer match the SHA-256 recorded when it was attached: it is not handed out
 * as if it were the evidence. The message names the file and both hashes.
 */
public class EvidenceChangedException extends RuntimeException {

    private final EvidenceCheck check;

    public EvidenceChangedException(EvidenceCheck check) {
        super("evidence changed: " + check.file().fileName() + " " + check.file().sha256() + " -> "
                + check.actualSha256());
        this.check = check;
    }

    public EvidenceCheck check() {
        return check;
    }

    public String messageKey() {
        return "disposal.error.evidenceChanged";
    }

    /** Arguments of {@link #messageKey()}: file name, 記録番号, SHA-256 then, SHA-256 now. */
    public Object[] args() {
        return new Object[] {check.file().fileName(), check.recordNo(), check.file().sha256(), check.actualSha256()};
    }
}
