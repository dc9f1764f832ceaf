package org.daicho.ui.staffimport;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.daicho.domain.DateStyle;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffField;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.ImportFileException;
import org.daicho.service.ImportPreview;
import org.daicho.service.ImportRejectedException;
import org.daicho.service.ImportResult;
import org.daicho.service.ImportStatus;
import org.daicho.service.ImportTable;
import org.daicho.service.StaffImportRow;
import org.daicho.service.StaffImportService;
import org.daicho.ui.common.UiTasks;

/**
 * The staff import wizard's state: the file and its encoding, the column of each staff field, the preview of
 * every row, and the result. Reading, checking and writing run off the FX thread.
 */
public final class StaffImportViewModel {

    /** The wizard's steps, in order; titles in the bundle under {@code staff.import.step.NAME}. */
    public enum Step {
        FILE,
        MAPPING,
        PREVIEW,
        DONE
    }

    private final StaffImportService imports;
    private final DaichoServices services;
    private final Messages messages;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Charset> detected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final ObservableList<Integer> columns = FXCollections.observableArrayList();
    private final Map<StaffField, ObjectProperty<Integer>> mapping = new EnumMap<>(StaffField.class);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StaffImportRow> rows = FXCollections.observableArrayList();
    private final Map<Long, String> sectionNames = new HashMap<>();
    private DateStyle dateStyle = DateStyle.SEIREKI;

    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper doneText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Set while the encoding is changed by reading, not by the user: no second read then. */
    private boolean settingEncoding;

    public StaffImportViewModel(DaichoServices services, Messages messages) {
        this.services = services;
        this.imports = services.staffImport();
        this.messages = messages;
        fileText.set(messages.get("staff.import.file.none"));
        for (StaffField field : StaffField.values()) {
            mapping.put(field, new SimpleObjectProperty<>());
        }
        encoding.addListener((obs, old, now) -> {
            ImportTable read = table.get();
            if (!settingEncoding && now != null && read != null && read.isCsv() && !now.equals(read.encoding())) {
                read(file.get(), now, false);
            }
        });
    }

    /** Reads the chosen file (a CSV file's encoding detected) and guesses the columns from its headers. */
    public void chooseFile(Path chosen) {
        file.set(chosen);
        read(chosen, null, false);
    }

    /** Reads the file again (after it was fixed); the columns chosen stay if the headers did not change. */
    public void reload() {
        if (file.get() != null) {
            ImportTable read = table.get();
            read(file.get(), read != null && read.isCsv() ? encoding.get() : null, step.get() == Step.PREVIEW);
        }
    }

    private void read(Path path, Charset charset, boolean thenPreview) {
        List<String> oldHeaders = table.get() == null ? null : table.get().headers();
        Map<StaffField, Integer> chosen = currentMapping();
        start(messages.get("staff.import.reading"));
        UiTasks.start(progress -> {
            ImportTable read = imports.read(path, charset);
            Map<StaffField, Integer> columnsOf = read.headers().equals(oldHeaders) ? chosen : imports.guessMapping(read);
            return new Read(read, columnsOf, thenPreview ? load(read, columnsOf) : null);
        }, done -> {
            busy.set(false);
            setMessage("", false);
            showTable(done.table(), done.mapping());
            if (done.preview() != null) {
                showPreview(done.preview());
            }
        }, this::failed);
    }

    private record Read(ImportTable table, Map<StaffField, Integer> mapping, Loaded preview) {
    }

    private record Loaded(ImportPreview preview, List<Section> sections, DateStyle dateStyle) {
    }

    private Loaded load(ImportTable read, Map<StaffField, Integer> columnsOf) {
        return new Loaded(imports.preview(read, columnsOf), services.settings().sections(),
                services.settings().settings().dateStyle());
    }

    private void showTable(ImportTable read, Map<StaffField, Integer> columnsOf) {
        table.set(read);
        settingEncoding = true;
        try {
            detected.set(read.encoding());
            encoding.set(read.encoding());
        } finally {
            settingEncoding = false;
        }
        List<Integer> indices = new ArrayList<>();
        indices.add(null);
        for (int i = 0; i < read.headers().size(); i++) {
            indices.add(i);
        }
        columns.setAll(indices);
        mapping.forEach((field, column) -> column.set(columnsOf.get(field)));
        fileText.set(messages.get("staff.import.file.read", read.fileName(), String.valueOf(read.rows().size())));
    }

    /** Goes on: from the file to the columns, from the columns to the checked rows. */
    public void next() {
        if (busy.get()) {
            return;
        }
        if (step.get() == Step.FILE && table.get() != null) {
            step.set(Step.MAPPING);
        } else if (step.get() == Step.MAPPING) {
            check();
        }
    }

    /** Back one step (not after the import). */
    public void back() {
        if (busy.get()) {
            return;
        }
        if (step.get() == Step.MAPPING) {
            step.set(Step.FILE);
        } else if (step.get() == Step.PREVIEW) {
            step.set(Step.MAPPING);
        }
        setMessage("", false);
    }

    private void check() {
        ImportTable read = table.get();
        Map<StaffField, Integer> columnsOf = currentMapping();
        start(messages.get("staff.import.reading"));
        UiTasks.start(progress -> load(read, columnsOf), loaded -> {
            busy.set(false);
            showPreview(loaded);
        }, this::failed);
    }

    private void showPreview(Loaded loaded) {
        sectionNames.clear();
        loaded.sections().forEach(s -> sectionNames.put(s.id(), s.name()));
        dateStyle = loaded.dateStyle();
        ImportPreview checked = loaded.preview();
        preview.set(checked);
        rows.setAll(checked.rows());
        countsText.set(counts(checked));
        if (checked.rows().isEmpty()) {
            setMessage(messages.get("staff.import.preview.empty"), true);
        } else if (checked.hasErrors()) {
            setMessage(messages.get("staff.import.preview.errors"), true);
        } else {
            setMessage(messages.get("staff.import.preview.ok", String.valueOf(checked.count(ImportStatus.NEW)),
                    String.valueOf(checked.count(ImportStatus.UPDATE))), false);
        }
        step.set(Step.PREVIEW);
    }

    private String counts(ImportPreview checked) {
        return messages.get("staff.import.counts", String.valueOf(checked.count(ImportStatus.NEW)),
                String.valueOf(checked.count(ImportStatus.UPDATE)), String.valueOf(checked.count(ImportStatus.UNCHANGED)),
                String.valueOf(checked.count(ImportStatus.ERROR)));
    }

    /** Writes every row in one go; a row that has become wrong meanwhile stops it all and is shown. */
    public void importRows() {
        ImportPreview checked = preview.get();
        if (busy.get() || checked == null || checked.hasErrors() || checked.rows().isEmpty()) {
            return;
        }
        start(messages.get("staff.import.saving"));
        UiTasks.start(progress -> imports.commit(checked), result -> {
            busy.set(false);
            setMessage("", false);
            showDone(result);
        }, error -> {
            busy.set(false);
            if (error instanceof ImportRejectedException rejected) {
                preview.set(rejected.preview());
                rows.setAll(rejected.preview().rows());
                countsText.set(counts(rejected.preview()));
                setMessage(messages.get("staff.import.rejected"), true);
            } else {
                setMessage(messages.get("staff.import.failed") + "\n" + ErrorMessages.describe(error, messages), true);
            }
        });
    }

    private void showDone(ImportResult result) {
        doneText.set(messages.get("staff.import.done", String.valueOf(result.created()),
                String.valueOf(result.updated()), String.valueOf(result.unchanged())));
        step.set(Step.DONE);
    }

    private void start(String what) {
        busy.set(true);
        setMessage(what, false);
    }

    private void failed(Throwable error) {
        busy.set(false);
        String text = error instanceof ImportFileException file
                ? messages.get(file.messageKey(), file.args().toArray())
                : ErrorMessages.describe(error, messages);
        setMessage(text, true);
    }

    private void setMessage(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    /** The column chosen for each field, as the service takes it. */
    public Map<StaffField, Integer> currentMapping() {
        Map<StaffField, Integer> chosen = new EnumMap<>(StaffField.class);
        mapping.forEach((field, column) -> {
            if (column.get() != null) {
                chosen.put(field, column.get());
            }
        });
        return chosen;
    }

    /** 「B列: 氏名」 for a column, 「（読まない）」 for none. */
    public String columnLabel(Integer column) {
        ImportTable read = table.get();
        if (column == null || read == null) {
            return messages.get("staff.import.mapping.none");
        }
        return messages.get("staff.import.mapping.column", ImportTable.columnLetter(column), read.columnName(column));
    }

    /** The first data row's text in a column, to show what the column holds. */
    public String example(Integer column) {
        ImportTable read = table.get();
        if (column == null || read == null || read.rows().isEmpty()) {
            return "";
        }
        String text = read.rows().get(0).cell(column);
        return text.isEmpty() ? "" : messages.get("staff.import.mapping.example", text);
    }

    /** What a preview cell shows: the value as it would be stored, or the file's text for a row with errors. */
    public String cellText(StaffImportRow row, StaffField field) {
        Staff staff = row.staff();
        if (staff == null) {
            return row.cell(field);
        }
        return switch (field) {
            case STAFF_NO -> staff.staffNo();
            case NAME -> staff.name();
            case KANA -> staff.kana();
            case SECTION -> sectionNames.getOrDefault(staff.sectionId(), "");
            case EMPLOYMENT_TYPE -> messages.label(staff.employmentType());
            case HIRED_ON -> dateStyle.format(staff.hiredOn());
            case LEFT_ON -> dateStyle.format(staff.leftOn());
            case CONSENT_ON -> dateStyle.format(staff.consentOn());
            case SECURITY_MANAGER -> staff.securityManager() ? messages.get("staff.flag.yes") : "";
            case SYSTEM_MANAGER -> staff.systemManager() ? messages.get("staff.flag.yes") : "";
        };
    }

    /** The last column of the preview: what an update changes, or every error of the row. */
    public String details(StaffImportRow row) {
        if (row.status() == ImportStatus.ERROR) {
            return row.errors().stream().map(e -> e.describeCell(messages)).collect(Collectors.joining("\n"));
        }
        if (row.status() == ImportStatus.UPDATE) {
            return messages.get("staff.import.changes", row.changed().stream()
                    .map(f -> messages.get("staff.field." + f.name())).collect(Collectors.joining(" / ")));
        }
        return "";
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> file() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportTable> table() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Charset> detectedEncoding() {
        return detected.getReadOnlyProperty();
    }

    /** The encoding a CSV file is read with; choosing another reads the file again. */
    public ObjectProperty<Charset> encoding() {
        return encoding;
    }

    public ObservableList<Integer> columns() {
        return columns;
    }

    public ObjectProperty<Integer> column(StaffField field) {
        return mapping.get(field);
    }

    public ReadOnlyObjectProperty<ImportPreview> preview() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<StaffImportRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty fileText() {
        return fileText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsText() {
        return countsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsError() {
        return messageIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty doneText() {
        return doneText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** 次へ: a file has been read (step 1), or the columns are chosen (step 2). */
    public BooleanBinding canGoOn() {
        return Bindings.createBooleanBinding(() -> !busy.get()
                && (step.get() == Step.FILE && table.get() != null || step.get() == Step.MAPPING),
                busy, step, table);
    }

    /** 取り込む: only a checked file with rows and no error at all. */
    public BooleanBinding canImport() {
        return Bindings.createBooleanBinding(() -> !busy.get() && step.get() == Step.PREVIEW && preview.get() != null
                && !preview.get().hasErrors() && !preview.get().rows().isEmpty(), busy, step, preview);
    }

    /** Whether the encoding can be chosen: a CSV file has been read. */
    public BooleanBinding encodingMatters() {
        return Bindings.createBooleanBinding(() -> table.get() != null && table.get().isCsv(), table);
    }
}
