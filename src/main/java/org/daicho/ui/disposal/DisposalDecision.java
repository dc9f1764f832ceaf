package org.daicho.ui.disposal;

import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalField;
import org.daicho.domain.FieldError;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalService;
import org.daicho.ui.common.DecisionView;
import org.daicho.ui.common.DecisionViewModel;

/** The 許可・却下 dialog of a disposal application: the common decision dialog with the disposal texts. */
final class DisposalDecision {

    private DisposalDecision() {
    }

    /** Opens the dialog; {@code onDone} gets the record after the decision. */
    static Stage open(Window owner, DaichoServices services, Messages messages, DisposalEntry entry, DateStyle style,
            boolean paperMode, Consumer<DisposalEntry> onDone) {
        DisposalService disposal = services.disposal();
        DecisionViewModel<DisposalEntry, DisposalField> model = new DecisionViewModel<>(services, messages, entry,
                style, paperMode, new DecisionViewModel.Fields<>(DisposalField.DECISION_COMMENT, DisposalField.APPROVER,
                        DisposalField.PAPER_DECIDED_ON,
                        FieldError.of(DisposalField.DECISION_COMMENT, "disposal.ui.error.rejectReason")),
                new DecisionViewModel.Calls<>(DisposalEntry::id, disposal::paperApproverCandidates, disposal::now,
                        disposal::approve, disposal::reject, disposal::recordPaperApproval));
        DecisionView.Texts texts = new DecisionView.Texts(messages.get("disposal.ui.decision.inApp"),
                messages.get("disposal.ui.decision.onPaper"), messages.get("disposal.ui.decision.notManager"),
                messages.get("disposal.ui.decision.separation"), messages.get("disposal.ui.decision.paperApprover"),
                messages.get("disposal.field.PAPER_DECIDED_ON"), messages.get("disposal.field.DECISION_COMMENT"),
                messages.get("disposal.ui.choose"), messages.get("disposal.ui.dateHint"),
                messages.get("disposal.ui.decision.approve"), messages.get("disposal.ui.decision.reject"),
                messages.get("disposal.ui.decision.recordPaper"), messages.get("disposal.ui.cancel"));
        String title = messages.get(paperMode ? "disposal.ui.decision.titlePaper" : "disposal.ui.decision.title");
        return DecisionView.open(owner, DisposalDialogs.PARTS, title, 760, model, messages, texts,
                DisposalSummary.of(entry, messages, style), onDone);
    }
}
