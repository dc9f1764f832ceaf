package org.daicho.ui.auditbook;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.daicho.domain.DateStyle;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.service.AuditBookService;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.ui.common.ExportProtectionChoice;
import org.daicho.ui.common.UiTasks;

/**
 * The 監査証跡ブック screen (policy 2.9.1; forms.md E): the 年度 to write, what its book will hold, and the export
 * itself in the background.
 */
public final class AuditBookViewModel {

    /** The 年度 offered: this one and the nine before (a ten-year store). */
    static final int YEARS_BACK = 9;

    /** One line of what the book will hold: the sheet and how many rows. */
    public record Line(String sheet, String count) {
    }

    private final DaichoServices services;
    private final Messages messages;
    private final DateStyle dateStyle;
    private final ObservableList<FiscalYear> years = FXCollections.observableArrayList();
    private final ObjectProperty<FiscalYear> year = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private AuditBookService.Contents contents;
    /** Only the newest load is shown (the 年度 may change while one runs). */
    private int generation;

    public AuditBookViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
        this.dateStyle = services.settings().settings().dateStyle();
        FiscalYear current = services.auditBook().currentYear();
        for (int back = 0; back <= YEARS_BACK; back++) {
            years.add(new FiscalYear(current.startYear() - back));
        }
        year.set(current);
    }

    public ObservableList<FiscalYear> years() {
        return years;
    }

    public ObjectProperty<FiscalYear> year() {
        return year;
    }

    /** 令和8年度（2026年度）, or 2026年度 in 西暦. */
    public String yearLabel(FiscalYear value) {
        if (value == null) {
            return "";
        }
        return dateStyle == DateStyle.WAREKI
                ? messages.get("form.audit.yearBoth", value.label(DateStyle.WAREKI), value.label(DateStyle.SEIREKI))
                : value.label(DateStyle.SEIREKI);
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** 「令和8年11月24日 現在の台帳・機密性3」: the as-at day and the class the book is marked with. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loading() {
        return loading.getReadOnlyProperty();
    }

    /** Counts the chosen 年度's rows off the FX thread. */
    public void load(Consumer<Throwable> onFailure) {
        FiscalYear chosen = year.get();
        if (chosen == null) {
            return;
        }
        int mine = ++generation;
        loading.set(true);
        UiTasks.start(progress -> services.auditBook().contents(chosen), loaded -> {
            if (mine == generation) {
                show(loaded);
                loading.set(false);
            }
        }, error -> {
            if (mine == generation) {
                loading.set(false);
                onFailure.accept(error);
            }
        });
    }

    private void show(AuditBookService.Contents loaded) {
        contents = loaded;
        summary.set(messages.get("auditbook.summary", dateStyle.format(loaded.asOf()),
                messages.get("export.protect.class", loaded.highestConfidentiality())));
        lines.setAll(List.of(
                line("form.assets.title", loaded.assets()),
                line("form.carry.title", loaded.carries()),
                line("form.disposal.title", loaded.disposals()),
                line("form.training.status.title", loaded.people()),
                line("form.audit.sessions.title", loaded.sessions()),
                line("form.audit.history.title", loaded.historyEntries())));
    }

    private Line line(String sheetKey, long count) {
        return new Line(messages.get(sheetKey), messages.get("auditbook.count", count));
    }

    /** The highest 機密性 of the book (2 or more pre-selects encryption); 2 until the counts are loaded. */
    public int highestConfidentiality() {
        return contents == null ? 2 : contents.highestConfidentiality();
    }

    /** e.g. 機密性3_監査証跡ブック_令和8年度.xlsx */
    public String suggestedFileName() {
        return services.auditBook().fileName(year.get(), messages);
    }

    /**
     * Writes the chosen 年度's book to {@code out} (a file, or a folder to name it in) off the FX thread, as
     * {@code protection} says; its password is cleared once the file is written or the export stopped.
     */
    public Task<AuditBookService.Export> export(Path out, ExportProtection protection,
            Consumer<AuditBookService.Export> onDone, Consumer<Throwable> onFailure) {
        FiscalYear chosen = year.get();
        return UiTasks.start(ExportProtectionChoice.clearingAfter(protection,
                progress -> services.auditBook().export(chosen, out, protection, messages, progress)), onDone, onFailure);
    }

    /** 「出力しました: …」, with the tamper check's warning when the history does not verify. */
    public String doneText(AuditBookService.Export written, boolean encrypted) {
        String done = messages.get(written.chain().intact() ? "auditbook.export.done" : "auditbook.export.broken",
                written.file().toAbsolutePath());
        return ExportProtectionChoice.done(messages, done, encrypted);
    }
}
