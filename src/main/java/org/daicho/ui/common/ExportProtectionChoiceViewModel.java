package org.daicho.ui.common;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.daicho.i18n.Messages;
import org.daicho.service.ExportProtection;

/**
 * What {@link ExportProtectionChoice} decides: encrypt or not, and the password twice. Encryption is pre-selected when
 * the export holds 機密性2+ data (policy 2.3(2)⑦⑨: such data leaving the office is encrypted); the clerk may still
 * untick it — a file kept inside the office need not be — and is then warned. The password is never kept here:
 * {@link #choose} takes it as arrays and wipes them.
 */
public final class ExportProtectionChoiceViewModel {

    /**
     * Shorter passwords are refused. The file is attacked offline (no lock-out), so a short one falls quickly; 8 is
     * what a clerk can still pass on by telephone.
     */
    public static final int MIN_LENGTH = ExportProtection.MIN_PASSWORD_LENGTH;

    private final Messages messages;
    private final boolean preselected;
    private final BooleanProperty encrypt;
    private final ReadOnlyStringWrapper passwordError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmError = new ReadOnlyStringWrapper("");

    /** {@code preselected}: the export holds 機密性2+ data, so encryption starts ticked. */
    public ExportProtectionChoiceViewModel(Messages messages, boolean preselected) {
        this.messages = messages;
        this.preselected = preselected;
        this.encrypt = new SimpleBooleanProperty(preselected);
        encrypt.addListener((obs, old, now) -> clearErrors());
    }

    public BooleanProperty encrypt() {
        return encrypt;
    }

    public boolean preselected() {
        return preselected;
    }

    /** The clerk unticked the encryption of 機密性2+ data: the dialog warns, and asks nothing more. */
    public BooleanBinding unencryptedWarning() {
        return Bindings.createBooleanBinding(() -> preselected && !encrypt.get(), encrypt);
    }

    public ReadOnlyStringProperty passwordError() {
        return passwordError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmError() {
        return confirmError.getReadOnlyProperty();
    }

    /**
     * The protection chosen, or empty (with the message beside the field) while the password is missing, too short or
     * not confirmed. Both arrays are wiped whatever the outcome.
     */
    public Optional<ExportProtection> choose(char[] password, char[] confirmation) {
        try {
            clearErrors();
            if (!encrypt.get()) {
                return Optional.of(ExportProtection.NONE);
            }
            String passwordName = messages.get("export.protect.password");
            if (password.length == 0) {
                passwordError.set(messages.get("validation.required", passwordName));
            } else if (password.length < MIN_LENGTH) {
                passwordError.set(messages.get("validation.password.short", passwordName, MIN_LENGTH));
            }
            if (passwordError.get().isEmpty() && !Arrays.equals(password, confirmation)) {
                confirmError.set(messages.get("export.protect.mismatch", messages.get("export.protect.confirm")));
            }
            if (!passwordError.get().isEmpty() || !confirmError.get().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(ExportProtection.withPassword(password));
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(confirmation, '\0');
        }
    }

    private void clearErrors() {
        passwordError.set("");
        confirmError.set("");
    }
}
