package org.daicho.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules for user names and passwords (policy 2.6.2(5)): a password of at least 12 characters that is
 * not the user name. "Not one of the last five" needs the stored history and is checked by the service.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int HISTORY = 5;
    /** Lower-case letters, digits, dot, hyphen, underscore: safe everywhere a user name is written. */
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private PasswordRules() {
    }

    public static List<FieldError> checkUserName(String userName) {
        List<FieldError> errors = new ArrayList<>();
        String value = userName == null ? "" : userName.strip();
        if (value.isEmpty()) {
            errors.add(FieldError.of(AccountField.USER_NAME, "validation.required"));
        } else if (!USER_NAME.matcher(value).matches()) {
            errors.add(FieldError.of(AccountField.USER_NAME, "validation.userName.format"));
        }
        return errors;
    }

    /** Checks a new password and its confirmation; never echoes the password in a message. */
    public static List<FieldError> checkNewPassword(String userName, char[] password, char[] confirmation) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length == 0) {
            errors.add(FieldError.of(AccountField.NEW_PASSWORD, "validation.required"));
            return errors;
        }
        if (password.length < MIN_LENGTH) {
            errors.add(FieldError.of(AccountField.NEW_PASSWORD, "validation.password.short", MIN_LENGTH));
        }
        if (userName != null && !userName.isBlank()
                && new String(password).toLowerCase(Locale.ROOT).contains(userName.strip().toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of(AccountField.NEW_PASSWORD, "validation.password.userName"));
        }
        if (confirmation != null && !Arrays.equals(password, confirmation)) {
            errors.add(FieldError.of(AccountField.CONFIRM_PASSWORD, "validation.password.mismatch"));
        }
        return errors;
    }
}
