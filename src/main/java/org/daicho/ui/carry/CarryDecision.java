package org.daicho.ui.carry;

import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.CarryEntry;
import org.daicho.domain.CarryField;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FieldError;
import org.daicho.i18n.Messages;
import org.daicho.service.CarryService;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.DecisionView;
import org.daicho.ui.common.DecisionViewModel;

/** The 許可・却下 dialog of a 持出・持込 application: the common decision dialog with the carry texts. */
final class CarryDecision {

    private CarryDecision() {
    }

    /** Opens the dialog; {@code onDone} gets the record after the decision. */
    static Stage open(Window owner, DaichoServices services, Messages messages, CarryEntry entry, DateStyle style,
            boolean paperMode, Consumer<CarryEntry> onDone) {
        CarryService carry = services.carry();
        DecisionViewModel<CarryEntry, CarryField> model = new DecisionViewModel<>(services, messages, entry, style,
                paperMode, new DecisionViewModel.Fields<>(CarryField.DECISION_COMMENT, CarryField.APPROVER,
                        CarryField.PAPER_DECIDED_ON,
                        FieldError.of(CarryField.DECISION_COMMENT, "carry.ui.error.rejectReason")),
                new DecisionViewModel.Calls<>(CarryEntry::id, carry::paperApproverCandidates, carry::now,
                        carry::approve, carry::reject, carry::recordPaperApproval));
        DecisionView.Texts texts = new DecisionView.Texts(messages.get("carry.ui.decision.inApp"),
                messages.get("carry.ui.decision.onPaper"), messages.get("carry.ui.decision.notManager"),
                messages.get("carry.ui.decision.separation"), messages.get("carry.ui.decision.paperApprover"),
                messages.get("carry.field.PAPER_DECIDED_ON"), messages.get("carry.field.DECISION_COMMENT"),
                messages.get("carry.ui.form.choose"), messages.get("carry.ui.dateHint"),
                messages.get("carry.ui.decision.approve"), messages.get("carry.ui.decision.reject"),
                messages.get("carry.ui.decision.recordPaper"), messages.get("carry.ui.form.cancel"));
        return DecisionView.open(owner, CarryDialogs.PARTS, messages.get("carry.ui.decision.title"), 720, model,
                messages, texts, CarrySummary.of(entry, messages, style), onDone);
    }
}
