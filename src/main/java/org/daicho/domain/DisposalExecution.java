package org.daicho.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 実施記録: what was actually done (forms.md C; NIST SP 800-88 Rev.1 App. G "sanitization details"). Also the
 * draft a clerk fills in: {@link DisposalRules#checkExecution} says what is wrong with it.
 *
 * @param performerStaffId  the staff member who did it (null when only a contractor's worker did)
 * @param performerName     the contractor's worker who did it, when not a staff member (may be empty)
 * @param witnessStaffId    立会職員: a staff member other than the performer (null when none)
 * @param methodDetails     e.g. 「3回上書き」「穿孔4箇所」 (may be empty)
 * @param tool              the erasure program or device; required when the technique {@link
 *                          SanitisationTechnique#needsTool() needs one}
 * @param verificationMethod how completion was checked (e.g. 全領域読取検証, 目視確認)
 * @param verificationResult what that check found
 * @param certificateNo     the contractor's certificate number (empty when none)
 * @param backedUp          whether the data was backed up before sanitisation
 * @param destination       where the media went (e.g. the lessor, the recycler); may be empty
 */
public record DisposalExecution(
        LocalDateTime executedAt,
        Long performerStaffId,
        String performerName,
        Long witnessStaffId,
        SanitisationMethod method,
        SanitisationTechnique technique,
        String methodDetails,
        String tool,
        String toolVersion,
        String verificationMethod,
        String verificationResult,
        DisposalPlace place,
        String contractor,
        String certificateNo,
        LocalDate certificateReceivedOn,
        boolean backedUp,
        String backupLocation,
        String destination,
        String note) {

    public DisposalExecution {
        performerName = strip(performerName);
        methodDetails = strip(methodDetails);
        tool = strip(tool);
        toolVersion = strip(toolVersion);
        verificationMethod = strip(verificationMethod);
        verificationResult = strip(verificationResult);
        contractor = strip(contractor);
        certificateNo = strip(certificateNo);
        backupLocation = strip(backupLocation);
        destination = strip(destination);
        note = strip(note);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    /** A contractor's certificate has been received: its number and the date it came. */
    public boolean hasCertificate() {
        return !contractor.isEmpty() && !certificateNo.isEmpty() && certificateReceivedOn != null;
    }
}
