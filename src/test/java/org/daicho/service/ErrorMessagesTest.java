package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.daicho.domain.AssetField;
import org.daicho.domain.FieldError;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.StaffField;
import org.daicho.domain.ValidationException;
import org.daicho.i18n.Messages;
import org.daicho.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the user reads when something goes wrong, in the window and on the command line alike. */
class ErrorMessagesTest {

    private final Messages ja = Messages.japanese();
    private final Messages en = Messages.forLanguage("en");

    private static boolean hasJapanese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @ParameterizedTest
    @EnumSource(StoreException.Reason.class)
    void everyStoreProblemIsAJapaneseSentence(StoreException.Reason reason) {
        String text = ErrorMessages.describe(new StoreException(reason, "/home/shiken/daicho"), ja);

        assertThat(text).doesNotContain("!", "{0}", "Exception", reason.name());
        assertThat(hasJapanese(text)).as(text).isTrue();
        assertThat(ErrorMessages.describe(new StoreException(reason, "/home/shiken/daicho"), en))
                .doesNotContain("!", "{0}").isNotEqualTo(text);
    }

    @Test
    void specificStoreMessagesSayWhatToDo() {
        assertThat(ErrorMessages.describe(new StoreException(StoreException.Reason.IN_USE, "x"), ja))
                .contains("別の Daicho で開かれています");
        assertThat(ErrorMessages.describe(new StoreException(StoreException.Reason.NOT_FOUND, "/data/試験"), ja))
                .isEqualTo("台帳のデータがありません: /data/試験");
        assertThat(ErrorMessages.describe(new StoreException(StoreException.Reason.DAMAGED,
                "no Daicho schema in /data/試験/daicho.mv.db"), ja))
                .contains("バックアップから復元").contains("/data/試験/daicho.mv.db");
    }

    @Test
    void onlyTheFirstLineOfADatabaseDetailIsShown() {
        StoreException e = new StoreException(StoreException.Reason.IO,
                "/data/試験: IO Exception: \"/data/試験/daicho.mv.db\" [90028-252]\nat org.h2.message.DbException");
        String text = ErrorMessages.describe(e, ja);
        assertThat(text).doesNotContain("\n").doesNotContain("at org.h2");
    }

    @Test
    void aStoreProblemWrappedInAnotherExceptionIsStillExplained() {
        RuntimeException wrapped = new RuntimeException("task failed",
                new StoreException(StoreException.Reason.IN_USE, "/data"));
        assertThat(ErrorMessages.describe(wrapped, ja)).contains("別の Daicho で開かれています");
    }

    @Test
    void aChangedEvidenceFileIsNamedWithBothHashes() {
        org.daicho.domain.EvidenceFile file = new org.daicho.domain.EvidenceFile(7L, 3L, "証明書.pdf",
                org.daicho.domain.EvidenceKind.CERTIFICATE, 10, "aa11", java.time.LocalDateTime.of(2026, 11, 1, 9, 0));
        RuntimeException wrapped = new RuntimeException("task failed",
                new EvidenceChangedException(new EvidenceCheck("D-2026-0003", file, "bb22", 10)));

        assertThat(ErrorMessages.describe(wrapped, ja))
                .isEqualTo("証跡ファイル「証明書.pdf」（D-2026-0003）の内容が登録時と違います。登録時の SHA-256 は aa11、"
                        + "今は bb22 です。改ざんか破損のおそれがあります。");
    }

    @Test
    void aValidationProblemListsEachFieldLabelOnItsOwnLine() {
        ValidationException e = new ValidationException(List.of(
                FieldError.of(AssetField.ASSET_NO, "validation.required"),
                FieldError.of(AssetField.ACQUIRED_ON, "validation.date", "2026/02/30"),
                FieldError.of(AssetField.ASSET_NO, "validation.assetNo.taken", "PC-0001")));

        assertThat(ErrorMessages.describe(e, ja).split("\n")).containsExactly(
                "管理番号を入力してください。",
                "取得日の「2026/02/30」は日付として読めません。2026/04/01 や R8.4.1 の形で入力してください（存在しない日付は使えません）。",
                "管理番号「PC-0001」は既に使われています。");
    }

    /**
     * A staff member's ValidationException reaching the general describe (StaffView.showError,
     * DaichoApp.failedToOpen, the command line) must be labelled with the staff field names.
     */
    @Test
    void aStaffValidationProblemIsLabelledWithTheStaffFields() {
        ValidationException e = new ValidationException(List.of(
                FieldError.of(StaffField.STAFF_NO, "validation.staffNo.taken", "S01001"),
                FieldError.of(StaffField.NAME, "validation.required")));

        assertThat(ErrorMessages.describe(e, ja).split("\n"))
                .containsExactly("職員番号「S01001」は既に登録されています。", "氏名を入力してください。");
    }

    @Test
    void oneFieldMessageWithTheLabelFamilyGiven() {
        assertThat(ErrorMessages.describe(FieldError.of(StaffField.KANA, "validation.kana"), ja))
                .isEqualTo("ふりがなはひらがなで入力してください。");
        assertThat(ErrorMessages.describe(FieldError.of(AssetField.NAME, "validation.tooLong", 100), ja))
                .isEqualTo("情報資産名称は100文字以内で入力してください。");
        assertThat(ErrorMessages.describe(FieldError.of(OrganisationSetup.Field.SECTIONS, "validation.sectionTaken", "試験課"), ja)).isEqualTo("所属「試験課」は既にあります。");
    }

    @Test
    void exportProblemsAndCancellation() {
        assertThat(ErrorMessages.describe(new ExportException("export.error.write",
                new UncheckedIOException(new IOException("disk full")), "/out/台帳.xlsx"), ja))
                .isEqualTo("ファイルを書き込めませんでした: /out/台帳.xlsx");
        assertThat(ErrorMessages.describe(new CancellationException(), ja))
                .isEqualTo("出力を中止しました。ファイルは作成されていません。");
    }

    @Test
    void anythingElseIsAnUnexpectedErrorWithoutTechnicalDetail() {
        String text = ErrorMessages.describe(new IllegalStateException("NullPointer in row 3"), ja);
        assertThat(text).isEqualTo(ja.get("store.error.UNEXPECTED")).doesNotContain("NullPointer");
        assertThat(ErrorMessages.describe(new RuntimeException(new IllegalArgumentException("x")), ja)).isEqualTo(text);
    }
}
