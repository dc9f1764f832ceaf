package org.daicho.ui.disposal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.daicho.domain.DateStyle;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEntry;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.EvidenceFile;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.ui.common.DateTimeText;
import org.daicho.ui.common.UiTasks;

/**
 * Everything one disposal record holds, as labelled lines in groups (申請, 決裁, 実施, 取消) and its evidence, read
 * again from the store when the dialog opens.
 */
public final class DisposalDetailsViewModel {

    /** A labelled value; a group heading when {@code label} is null. */
    public record Line(String label, String value) {
    }

    private final DaichoServices services;
    private final Messages messages;
    private final DateStyle style;
    private final ReadOnlyObjectWrapper<DisposalEntry> entry = new ReadOnlyObjectWrapper<>();

    public DisposalDetailsViewModel(DaichoServices services, Messages messages, DisposalEntry entry, DateStyle style) {
        this.services = services;
        this.messages = messages;
        this.style = style;
        this.entry.set(entry);
    }

    public void load(Consumer<Throwable> onFailure) {
        long id = entry.get().id();
        UiTasks.start(progress -> services.disposal().entry(id), entry::set, onFailure);
    }

    /** The record's lines, group by group; empty values are left out. */
    public List<Line> lines() {
        DisposalEntry e = entry.get();
        DisposalRecord r = e.record();
        DisposalDraft a = r.application();
        List<Line> lines = new ArrayList<>();
        heading(lines, "disposal.ui.details.application");
        add(lines, "disposal.field.RECORD_NO", r.recordNo());
        add(lines, "disposal.field.STATUS", DisposalTexts.status(r, messages));
        add(lines, "disposal.field.END", messages.label(a.end()));
        add(lines, "disposal.field.ASSETS", DisposalTexts.assetLines(e, messages));
        add(lines, "disposal.ui.column.confidentiality", messages.get("disposal.ui.confidentiality",
                e.highestConfidentiality()));
        add(lines, "disposal.field.PLANNED_METHOD", messages.label(a.plannedMethod()));
        add(lines, "disposal.field.PLANNED_TECHNIQUE", messages.label(a.plannedTechnique()));
        add(lines, "disposal.field.PLANNED_PLACE", messages.label(a.plannedPlace()));
        add(lines, "disposal.field.PLANNED_ON", style.format(a.plannedOn()));
        add(lines, "disposal.field.PLANNED_CONTRACTOR", a.plannedContractor());
        add(lines, "disposal.field.REASON", a.reason());
        add(lines, "disposal.field.APPLICANT_STAFF", e.applicantName());
        add(lines, "disposal.field.APPLIED_AT", DateTimeText.formatSeconds(r.appliedAt(), style));
        if (r.decision() != null) {
            heading(lines, "disposal.ui.details.decision");
            add(lines, "disposal.field.APPROVER", DisposalTexts.decision(e, style, messages));
            add(lines, "disposal.field.DECISION_COMMENT", r.decision().comment());
        }
        DisposalExecution x = r.execution();
        if (x != null) {
            heading(lines, "disposal.ui.details.execution");
            add(lines, "disposal.field.EXECUTED_AT", DateTimeText.formatSeconds(x.executedAt(), style));
            add(lines, "disposal.field.PERFORMER", x.performerStaffId() == null
                    ? messages.get("disposal.ui.contractorWorker", e.performerName())
                    : (e.performerSectionName() + " " + e.performerName()).strip());
            add(lines, "disposal.field.WITNESS", (e.witnessSectionName() + " " + e.witnessName()).strip());
            add(lines, "disposal.field.METHOD", messages.label(x.method()));
            add(lines, "disposal.field.TECHNIQUE", messages.label(x.technique()));
            add(lines, "disposal.field.METHOD_DETAILS", x.methodDetails());
            add(lines, "disposal.field.TOOL", (x.tool() + " " + x.toolVersion()).strip());
            add(lines, "disposal.field.VERIFICATION_METHOD", x.verificationMethod());
            add(lines, "disposal.field.VERIFICATION_RESULT", x.verificationResult());
            add(lines, "disposal.field.PLACE", messages.label(x.place()));
            add(lines, "disposal.field.CONTRACTOR", x.contractor());
            add(lines, "disposal.field.CERTIFICATE_NO", x.certificateNo());
            add(lines, "disposal.field.CERTIFICATE_RECEIVED_ON", style.format(x.certificateReceivedOn()));
            add(lines, "disposal.field.BACKED_UP", x.backedUp()
                    ? messages.get("disposal.ui.details.backedUp", x.backupLocation())
                    : messages.get("disposal.ui.details.notBackedUp"));
            add(lines, "disposal.field.DESTINATION", x.destination());
            add(lines, "disposal.field.NOTE", x.note());
        }
        if (r.cancelledAt() != null) {
            heading(lines, "disposal.ui.details.cancel");
            add(lines, "disposal.field.CANCELLED_AT", DateTimeText.formatSeconds(r.cancelledAt(), style));
            add(lines, "disposal.field.CANCEL_REASON", r.cancelReason());
        }
        return lines;
    }

    private void heading(List<Line> lines, String key) {
        lines.add(new Line(null, messages.get(key)));
    }

    private void add(List<Line> lines, String key, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(messages.get(key), value));
        }
    }

    public List<EvidenceFile> evidence() {
        return entry.get().record().evidence();
    }

    public String sizeText(EvidenceFile file) {
        return DisposalTexts.size(file.sizeBytes(), messages);
    }

    public String addedText(EvidenceFile file) {
        return DateTimeText.formatSeconds(file.addedAt(), style);
    }

    public ReadOnlyObjectProperty<DisposalEntry> entry() {
        return entry.getReadOnlyProperty();
    }
}
