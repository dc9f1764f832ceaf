package org.daicho.domain;

/**
 * The 自己点検 items (policy 2.9.2; forms.md E), each answered from the records of one 年度. Labels live in the
 * bundle under {@code enum.InspectionItem.NAME}; the clause each item checks is in {@link #clause()}.
 */
public enum InspectionItem {
    /** Every ledger row has its 機密性/完全性/可用性, 管理責任者 and 保管場所 (2.3(1)). */
    LEDGER_CLASSIFIED("2.3(1)"),
    /** Every asset still held was reviewed (最終確認日) within the 年度 (2.3(1), 2.9.2). */
    LEDGER_REVIEWED("2.3(1)"),
    /** Every carry-out of the 年度 that needed permission had it from a 情報セキュリティ管理者 (2.3(2)⑦). */
    CARRY_APPROVED("2.3(2)⑦"),
    /** No carry-out is past its planned return (2.3(2)⑦). */
    CARRY_NOT_OVERDUE("2.3(2)⑦"),
    /** Every 機密性2+ carry-out had a protective measure (暗号化 / パスワード / 鍵付きケース) (2.3(2)⑨). */
    CARRY_PROTECTED("2.3(2)⑨"),
    /** Every disposal of the 年度 has its permission, date, performer and method (2.3(2)⑪). */
    DISPOSAL_RECORDED("2.3(2)⑪"),
    /** Every 機密性2+ disposal had a witness or a contractor's certificate (2.3(2)⑪). */
    DISPOSAL_WITNESSED("2.3(2)⑪"),
    /** No 機密性2+ disposal was done by OS initialisation or quick format alone (2.3(2)⑪). */
    DISPOSAL_NOT_OS_INIT("2.3(2)⑪"),
    /** Everyone employed took at least one training in the 年度: 受講率 100 % (2.5.2(1)). */
    TRAINING_ALL_STAFF("2.5.2(1)"),
    /** Every new hire of the 年度 attended a 新規採用者研修 (2.5.2(2)). */
    TRAINING_NEW_HIRES("2.5.2(2)"),
    /** The training report to the 情報セキュリティ委員会 has its 報告日 (2.5.2(2)⑤). */
    COMMITTEE_REPORTED("2.5.2(2)⑤");

    private final String clause;

    InspectionItem(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
