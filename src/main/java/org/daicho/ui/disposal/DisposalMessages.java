package org.daicho.ui.disposal;

import java.util.Set;
import org.daicho.domain.DisposalField;
import org.daicho.i18n.Messages;
import org.daicho.ui.common.FieldMessages;

/**
 * The messages of a disposal form or dialog: as every record's, but each text once (the rules check every asset and
 * may say the same twice), and "please fill in" held back until the clerk first tries to save.
 */
final class DisposalMessages {

    /** Messages that only say a field is still empty: not shown live before the first attempt to save. */
    private static final Set<String> EMPTY_FIELD_KEYS = Set.of("validation.required", "validation.choose",
            "disposal.error.performerRequired", "disposal.error.contractorRequired", "disposal.error.proofRequired",
            "disposal.error.witnessRequired");

    private DisposalMessages() {
    }

    /** Messages beside the {@code shown} fields; any other field's go to the general message. */
    static FieldMessages<DisposalField> of(Messages messages, Set<DisposalField> shown) {
        return new FieldMessages<>(messages, DisposalField.class, shown).eachTextOnce()
                .holdingBackUntilSaved(EMPTY_FIELD_KEYS);
    }
}
