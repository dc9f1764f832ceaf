package org.daicho.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a {@link StaffDraft}; uniqueness of the 職員番号 is checked by the service. */
public final class StaffValidator {

    private static final Pattern STAFF_NO = Pattern.compile("[A-Za-z0-9\\-]{1,20}");
    /** ふりがな: hiragana (and the long-vowel mark), with spaces between family and given name. */
    private static final Pattern KANA = Pattern.compile("[\\p{InHiragana}ー\\s]+");

    private StaffValidator() {
    }

    public static Validation<Staff> validate(Long id, StaffDraft d) {
        List<FieldError> errors = new ArrayList<>();
        String staffNo = Normalizer.normalize(TextRules.required(errors, StaffField.STAFF_NO, d.staffNo(), 20),
                Normalizer.Form.NFKC);
        if (!staffNo.isEmpty() && !TextRules.hasError(errors, StaffField.STAFF_NO) && !STAFF_NO.matcher(staffNo).matches()) {
            errors.add(FieldError.of(StaffField.STAFF_NO, "validation.staffNo.format"));
        }
        String name = TextRules.required(errors, StaffField.NAME, d.name(), 50);
        String kana = TextRules.required(errors, StaffField.KANA, d.kana(), 100).replace('\u3000', ' ');
        if (!kana.isEmpty() && !TextRules.hasError(errors, StaffField.KANA) && !KANA.matcher(kana).matches()) {
            errors.add(FieldError.of(StaffField.KANA, "validation.kana"));
        }
        Long sectionId = TextRules.requiredChoice(errors, StaffField.SECTION, d.sectionId());
        EmploymentType type = TextRules.requiredChoice(errors, StaffField.EMPLOYMENT_TYPE, d.employmentType());
        LocalDate hiredOn = TextRules.requiredDate(errors, StaffField.HIRED_ON, d.hiredOn());
        LocalDate leftOn = TextRules.date(errors, StaffField.LEFT_ON, d.leftOn());
        if (hiredOn != null && leftOn != null && leftOn.isBefore(hiredOn)) {
            errors.add(FieldError.of(StaffField.LEFT_ON, "validation.leftBeforeHired"));
        }
        LocalDate consentOn = TextRules.date(errors, StaffField.CONSENT_ON, d.consentOn());
        if (!errors.isEmpty()) {
            return new Validation<>(null, errors);
        }
        return new Validation<>(new Staff(id, staffNo, name, kana, sectionId, type, hiredOn, leftOn,
                d.securityManager(), d.systemManager(), consentOn), List.of());
    }
}
