package org.daicho.crash;

import org.daicho.domain.AssetDraft;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSessionDraft;
import org.daicho.domain.TrainingTarget;

/**
 * The records {@link CrashWriter} writes, shared with {@link KillTest} so that it can tell a whole record from a
 * half-written one: every version of an asset carries its version number in three fields.
 */
final class CrashRecords {

    /** The day of every session the writer makes: in the past, so that 出席 can be marked. */
    static final String SESSION_DAY = "2024/6/3";

    private CrashRecords() {
    }

    static AssetDraft asset(String assetNo, int version, long sectionId, long managerId) {
        return new AssetDraft()
                .assetNo(assetNo).businessCategory("総務事務").name("試験用端末 v" + version).kind(AssetKind.TERMINAL)
                .medium("内蔵SSD").networkZone(NetworkZone.LGWAN).maker("試験電機").model("TX-v" + version)
                .serialNo("SN-" + assetNo + "-v" + version).sectionId(sectionId).managerStaffId(managerId)
                .users("試験 花子").confidentiality(2).integrity(1).availability(1)
                .personalInfo(PersonalInfoKind.PERSONAL).storagePlace("事務室 施錠書庫A").lockedStorage(true)
                .encrypted(true).acquiredOn("2024/4/1").ownership(Ownership.PURCHASED).status(AssetStatus.IN_USE)
                .lastReviewedOn("2024/10/1");
    }

    /**
     * The version a stored asset carries, or -1 when its fields disagree (a half-written record): the name, the
     * model and the serial number must all carry the same one.
     */
    static int versionOf(LedgerEntry entry) {
        String name = entry.asset().name();
        int version = Integer.parseInt(name.substring(name.lastIndexOf('v') + 1));
        boolean whole = entry.asset().model().equals("TX-v" + version)
                && entry.asset().serialNo().equals("SN-" + entry.asset().assetNo() + "-v" + version)
                && entry.asset().storagePlace().equals("事務室 施錠書庫A");
        return whole ? version : -1;
    }

    static TrainingSessionDraft session(String title) {
        return new TrainingSessionDraft(title, TrainingKind.ANNUAL, SESSION_DAY, TrainingFormat.CLASSROOM, "試験 講師",
                TrainingTarget.ALL_STAFF, "");
    }
}
