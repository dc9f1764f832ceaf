package org.daicho.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.daicho.domain.CarryField;
import org.daicho.domain.FieldError;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The messages of a record's form: beside their field, or above the buttons for a field the form lacks. */
class FieldMessagesTest {

    private final Messages messages = Messages.japanese();

    @Test
    void aMessageStandsBesideItsFieldOrInTheGeneralOneWhenTheFormHasNoSuchField() {
        FieldMessages<CarryField> errors = new FieldMessages<>(messages, CarryField.class,
                EnumSet.of(CarryField.PURPOSE));
        errors.show(List.of(FieldError.of(CarryField.PURPOSE, "validation.required"),
                FieldError.of(CarryField.CARRIER, "validation.choose")));
        assertThat(errors.of(CarryField.PURPOSE).get()).isEqualTo("目的を入力してください。");
        assertThat(errors.general().get()).isEqualTo("持出者を選んでください。");
        assertThat(errors.of(CarryField.CARRIER).get()).isEmpty();
        assertThat(errors.isEmpty()).isFalse();
        errors.clear();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aRepeatedTextIsShownTwiceUnlessEachTextOnce() {
        FieldError missing = FieldError.of(CarryField.PURPOSE, "validation.required");
        FieldMessages<CarryField> plain = new FieldMessages<>(messages, CarryField.class,
                EnumSet.of(CarryField.PURPOSE));
        plain.show(List.of(missing, missing));
        assertThat(plain.of(CarryField.PURPOSE).get()).isEqualTo("目的を入力してください。\n目的を入力してください。");
        FieldMessages<CarryField> once = new FieldMessages<>(messages, CarryField.class,
                EnumSet.of(CarryField.PURPOSE)).eachTextOnce();
        once.show(List.of(missing, missing));
        assertThat(once.of(CarryField.PURPOSE).get()).isEqualTo("目的を入力してください。");
    }

    @Test
    void liveMessagesHoldBackWhatOnlySaysAFieldIsEmptyUntilAllAreAskedFor() {
        FieldMessages<CarryField> errors = new FieldMessages<>(messages, CarryField.class,
                EnumSet.of(CarryField.PURPOSE, CarryField.CARRIER)).holdingBackUntilSaved(Set.of("validation.required"));
        List<FieldError> found = List.of(FieldError.of(CarryField.PURPOSE, "validation.required"),
                FieldError.of(CarryField.CARRIER, "validation.choose"));
        errors.showLive(found, false);
        assertThat(errors.of(CarryField.PURPOSE).get()).isEmpty();
        assertThat(errors.of(CarryField.CARRIER).get()).isEqualTo("持出者を選んでください。");
        errors.showLive(found, true);
        assertThat(errors.of(CarryField.PURPOSE).get()).isEqualTo("目的を入力してください。");
    }
}
