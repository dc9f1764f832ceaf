package org.daicho.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StaffValidatorTest {

    private static StaffDraft draft(String staffNo, String name, String kana, String hiredOn, String leftOn) {
        return new StaffDraft(staffNo, name, kana, 1L, EmploymentType.REGULAR, hiredOn, leftOn, true, false);
    }

    private static StaffDraft valid() {
        return draft("S01001", "試験 太郎", "しけん たろう", "2020/4/1", "");
    }

    private static List<FieldError> errors(StaffDraft d) {
        Validation<Staff> result = StaffValidator.validate(null, d);
        assertThat(result.isValid()).as("draft should be refused").isFalse();
        return result.errors();
    }

    @Test
    void aValidDraftGivesTheStaffMemberAsTyped() {
        Staff staff = StaffValidator.validate(4L, valid()).orThrow();
        assertThat(staff).isEqualTo(new Staff(4L, "S01001", "試験 太郎", "しけん たろう", 1L, EmploymentType.REGULAR,
                LocalDate.of(2020, 4, 1), null, true, false));
    }

    @Test
    void fullWidthStaffNumberAndSpaceAreMadeHalfWidth() {
        Staff staff = StaffValidator.validate(null, draft("Ｓ０１００１", "試験 花子", "しけん\u3000はなこ", "R2.4.1", ""))
                .orThrow();
        assertThat(staff.staffNo()).isEqualTo("S01001");
        assertThat(staff.kana()).isEqualTo("しけん はなこ");
        assertThat(staff.hiredOn()).isEqualTo(LocalDate.of(2020, 4, 1));
    }

    @Test
    void anEmptyFormNamesEveryRequiredField() {
        assertThat(errors(new StaffDraft("", " ", "", null, null, "", "", false, false)))
                .extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                        tuple("STAFF_NO", "validation.required"),
                        tuple("NAME", "validation.required"),
                        tuple("KANA", "validation.required"),
                        tuple("SECTION", "validation.choose"),
                        tuple("EMPLOYMENT_TYPE", "validation.choose"),
                        tuple("HIRED_ON", "validation.required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S 01001", "S_01001", "職員1", "S01001/2"})
    void staffNumbersAreLettersDigitsAndHyphens(String staffNo) {
        assertThat(errors(draft(staffNo, "試験 太郎", "しけん たろう", "2020/4/1", "")))
                .containsExactly(FieldError.of(StaffField.STAFF_NO, "validation.staffNo.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"シケン タロウ", "shiken", "試験 太郎"})
    void kanaMustBeHiragana(String kana) {
        assertThat(errors(draft("S01001", "試験 太郎", kana, "2020/4/1", "")))
                .containsExactly(FieldError.of(StaffField.KANA, "validation.kana"));
    }

    @Test
    void kanaMayHaveTheLongVowelMark() {
        assertThat(StaffValidator.validate(null, draft("S01002", "見本 翔", "みほん しょー", "2020/4/1", "")).isValid())
                .isTrue();
    }

    @Test
    void leavingBeforeBeingHiredIsRefused() {
        assertThat(errors(draft("S01001", "試験 太郎", "しけん たろう", "2020/4/1", "2020/3/31")))
                .containsExactly(FieldError.of(StaffField.LEFT_ON, "validation.leftBeforeHired"));
        assertThat(StaffValidator.validate(null, draft("S01001", "試験 太郎", "しけん たろう", "2020/4/1", "2020/4/1"))
                .isValid()).isTrue();
    }

    @Test
    void anImpossibleHireDateCarriesTheTypedText() {
        assertThat(errors(draft("S01001", "試験 太郎", "しけん たろう", "R2.2.30", "")))
                .containsExactly(FieldError.of(StaffField.HIRED_ON, "validation.date", "R2.2.30"));
    }

    @Test
    void tooLongNameIsRefused() {
        assertThat(errors(draft("S01001", "試".repeat(51), "しけん たろう", "2020/4/1", "")))
                .containsExactly(FieldError.of(StaffField.NAME, "validation.tooLong", 50));
    }
}
