package org.daicho.domain;

/**
 * The body's own disposal rules, on top of the ones Daicho always applies ({@link DisposalRules}). Each flag can
 * only add a requirement: with every flag off the baseline still holds (policy 2.3(2)⑩ is a floor that a
 * setting never lowers).
 *
 * @param witnessAlways         機密性2+ needs a 立会職員 even when a contractor's certificate is received
 * @param destroyForConfidential3 機密性3 data may only be destroyed (Destroy), as for 特定個人情報
 * @param noClearForConfidential 機密性2+ needs Purge or Destroy (a software overwrite recorded as Clear is refused)
 */
public record DisposalPolicy(boolean witnessAlways, boolean destroyForConfidential3, boolean noClearForConfidential) {

    /** What a new store starts with: the baseline rules only. */
    public static final DisposalPolicy BASELINE = new DisposalPolicy(false, false, false);
}
