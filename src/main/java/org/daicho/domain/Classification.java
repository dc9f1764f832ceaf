package org.daicho.domain;

/**
 * The three classes of an information asset (policy 2.3(1)): 機密性 3/2/1, 完全性 2/1, 可用性 2/1.
 */
public record Classification(int confidentiality, int integrity, int availability) {

    public static final Classification LOWEST = new Classification(1, 1, 1);

    public Classification {
        if (confidentiality < 1 || confidentiality > 3) {
            throw new IllegalArgumentException("機密性 must be 1–3: " + confidentiality);
        }
        if (integrity < 1 || integrity > 2) {
            throw new IllegalArgumentException("完全性 must be 1–2: " + integrity);
        }
        if (availability < 1 || availability > 2) {
            throw new IllegalArgumentException("可用性 must be 1–2: " + availability);
        }
    }

    /** 機密性2 以上: the class from which carrying, sending and disposal are restricted. */
    public boolean isConfidential() {
        return confidentiality >= 2;
    }

    /**
     * Whether media of this class must be kept in a lockable place: 機密性2+, 完全性2 or 可用性2
     * (policy 2.3(1), 2.3(2)⑤(エ)).
     */
    public boolean needsLockedStorage() {
        return confidentiality >= 2 || integrity >= 2 || availability >= 2;
    }
}
