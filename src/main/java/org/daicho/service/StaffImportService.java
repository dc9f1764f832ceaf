package org.daicho.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldError;
import org.daicho.domain.RecordFields;
import org.daicho.domain.Role;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.StaffDraft;
import org.daicho.domain.StaffField;
import org.daicho.domain.StaffValidator;
import org.daicho.domain.Validation;
import org.daicho.store.Database;
import org.daicho.store.SectionRepository;
import org.daicho.store.StaffRepository;

/**
 * Imports the staff list from a spreadsheet (.xlsx, .xls) or a CSV file in UTF-8 or Shift_JIS (Windows-31J, what
 * Japanese Excel writes). The file is read ({@link #read}), its columns matched to the staff fields
 * ({@link #guessMapping}, which the user may change), every row checked as the staff form checks it
 * ({@link #preview}), and only a file without errors is written, all rows in one transaction ({@link #commit}).
 * A row whose 職員番号 is registered changes that staff member; staff not in the file are left as they are.
 */
public final class StaffImportService {

    /** What Japanese Excel writes for 「CSV（コンマ区切り）」: Shift_JIS with Microsoft's extensions. */
    public static final Charset WINDOWS_31J = Charset.forName("Windows-31J");
    /** The encodings a CSV file may be read with, the first the default. */
    public static final List<Charset> CSV_ENCODINGS = List.of(StandardCharsets.UTF_8, WINDOWS_31J);

    private static final DateTimeFormatter CELL_DATE = DateTimeFormatter.ofPattern("uuuu/M/d");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Fields every new staff member needs (the validator says the same); the others may be left out. */
    private static final Set<StaffField> REQUIRED = Set.of(StaffField.STAFF_NO, StaffField.NAME, StaffField.KANA,
            StaffField.SECTION, StaffField.EMPLOYMENT_TYPE, StaffField.HIRED_ON);

    /** Header names for each field, compared after {@link #headerKey}: an exact match wins. */
    private static final Map<StaffField, List<String>> HEADERS = new EnumMap<>(Map.of(
            StaffField.STAFF_NO, List.of("職員番号", "職員コード", "職員no", "職員id", "社員番号", "番号", "staffno", "staffno."),
            StaffField.NAME, List.of("氏名", "名前", "職員名", "氏名(漢字)", "name"),
            StaffField.KANA, List.of("ふりがな", "フリガナ", "カナ", "かな", "よみ", "読み", "よみがな", "読みがな",
                    "氏名カナ", "氏名(カナ)", "氏名(ふりがな)", "reading", "reading(hiragana)", "kana"),
            StaffField.SECTION, List.of("所属", "所属名", "所属課", "課", "課名", "部署", "部署名", "section"),
            StaffField.EMPLOYMENT_TYPE, List.of("任用区分", "雇用区分", "職員区分", "区分", "employmenttype"),
            StaffField.HIRED_ON, List.of("採用日", "採用年月日", "入庁日", "hiredon"),
            StaffField.LEFT_ON, List.of("退職日", "退職年月日", "lefton"),
            StaffField.CONSENT_ON, List.of("同意書提出日", "同意書", "同意書提出", "同意日", "consentformdate"),
            StaffField.SECURITY_MANAGER, List.of("情報セキュリティ管理者", "セキュリティ管理者", "securitymanager"),
            StaffField.SYSTEM_MANAGER, List.of("情報システム管理者", "システム管理者", "systemmanager")));
    /**
     * The order in which a header is tried as containing a field's name: the more specific first, so that
     * 「氏名カナ」 is ふりがな and not 氏名, and 「同意書提出日」 is not 採用日.
     */
    private static final List<StaffField> CONTAINS_ORDER = List.of(StaffField.KANA, StaffField.CONSENT_ON,
            StaffField.SECURITY_MANAGER, StaffField.SYSTEM_MANAGER, StaffField.STAFF_NO, StaffField.HIRED_ON,
            StaffField.LEFT_ON, StaffField.EMPLOYMENT_TYPE, StaffField.SECTION, StaffField.NAME);
    private static final Map<StaffField, List<String>> CONTAINED = new EnumMap<>(Map.of(
            StaffField.KANA, List.of("カナ", "ふりがな", "フリガナ", "よみ", "読み"),
            StaffField.CONSENT_ON, List.of("同意書"),
            StaffField.SECURITY_MANAGER, List.of("セキュリティ管理者"),
            StaffField.SYSTEM_MANAGER, List.of("システム管理者"),
            StaffField.STAFF_NO, List.of("職員番号", "職員コード"),
            StaffField.HIRED_ON, List.of("採用"),
            StaffField.LEFT_ON, List.of("退職"),
            StaffField.EMPLOYMENT_TYPE, List.of("区分"),
            StaffField.SECTION, List.of("所属", "部署"),
            StaffField.NAME, List.of("氏名", "名前")));

    /** 任用区分 as written in personnel lists (and the labels of both languages), after {@link #headerKey}. */
    private static final Map<String, EmploymentType> TYPES = types();
    private static final Set<String> YES = Set.of("○", "◯", "〇", "●", "◎", "1", "true", "yes", "y", "はい", "有", "あり", "該当");
    private static final Set<String> NO = Set.of("", "×", "✕", "-", "ー", "0", "false", "no", "n", "いいえ", "無", "なし", "非該当");

    private final Database db;
    private final StaffService staffService;
    private final Supplier<Actor> actor;
    private final StaffRepository staff = new StaffRepository();
    private final SectionRepository sections = new SectionRepository();

    StaffImportService(Database db, StaffService staffService, Supplier<Actor> actor) {
        this.db = db;
        this.staffService = staffService;
        this.actor = actor;
    }

    private static Map<String, EmploymentType> types() {
        Map<String, EmploymentType> types = new HashMap<>();
        for (String name : List.of("職員", "正職員", "常勤", "常勤職員", "一般職員", "正規", "正規職員", "regular",
                "regularstaff")) {
            types.put(name, EmploymentType.REGULAR);
        }
        for (String name : List.of("非常勤", "非常勤職員", "会計年度任用職員", "会計年度", "part-time", "parttime")) {
            types.put(name, EmploymentType.PART_TIME);
        }
        for (String name : List.of("臨時", "臨時職員", "臨時的任用職員", "temporary")) {
            types.put(name, EmploymentType.TEMPORARY);
        }
        for (String name : List.of("委託", "委託職員", "委託先", "contractor")) {
            types.put(name, EmploymentType.CONTRACTOR);
        }
        for (EmploymentType type : EmploymentType.values()) {
            types.put(headerKey(type.name()), type);
        }
        return Map.copyOf(types);
    }

    // ---------------------------------------------------------------- reading

    /** Reads a file, guessing a CSV file's encoding (see {@link #detectEncoding}). */
    public ImportTable read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a file: a workbook's first sheet, or a CSV file in {@code encoding} (null: detected). The header row
     * is the first row that is not empty; empty rows after it are left out, keeping the row numbers Excel shows.
     *
     * @throws ImportFileException when the file is not a spreadsheet or CSV file, cannot be read, is protected
     *                             with a password, or has no header row
     */
    public ImportTable read(Path file, Charset encoding) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            return readWorkbook(file, name);
        }
        if (lower.endsWith(".csv")) {
            return readCsv(file, name, encoding);
        }
        throw new ImportFileException("staff.import.error.unsupported", null, name);
    }

    /**
     * UTF-8 when the file starts with the byte-order mark or is valid UTF-8 throughout (plain ASCII is too);
     * otherwise Windows-31J, the Shift_JIS that Japanese Excel writes.
     */
    public static Charset detectEncoding(byte[] bytes) {
        if (startsWithBom(bytes)) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return WINDOWS_31J;
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    private static byte[] bytesOf(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportFileException("staff.import.error.notFound", e, name);
        } catch (IOException e) {
            throw new ImportFileException("staff.import.error.unreadable", e, name, String.valueOf(e.getMessage()));
        }
    }

    private static ImportTable readCsv(Path file, String name, Charset chosen) {
        byte[] bytes = bytesOf(file, name);
        Charset encoding = chosen != null ? chosen : detectEncoding(bytes);
        int skip = encoding.equals(StandardCharsets.UTF_8) && startsWithBom(bytes) ? UTF8_BOM.length : 0;
        String text = new String(bytes, skip, bytes.length - skip, encoding);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
                numbers.add((int) record.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("staff.import.error.unreadable", e, name, String.valueOf(e.getMessage()));
        }
        return table(name, encoding, lines, numbers);
    }

    private static ImportTable readWorkbook(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException("staff.import.error.notFound", null, name);
        }
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook book = WorkbookFactory.create(in)) {
            if (book.getNumberOfSheets() == 0) {
                throw new ImportFileException("staff.import.error.empty", null, name);
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.JAPAN);
            FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(cellText(row.getCell(i), formatter, evaluator));
                }
                lines.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
        } catch (EncryptedDocumentException e) {
            throw new ImportFileException("staff.import.error.encrypted", e, name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportFileException known) {
                throw known;
            }
            throw new ImportFileException("staff.import.error.unreadable", e, name, String.valueOf(e.getMessage()));
        }
        return table(name, null, lines, numbers);
    }

    /** A cell as Excel shows it; a date as 2026/4/1 whatever its format (和暦 included). */
    private static String cellText(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && isDate(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return CELL_DATE.format(date);
        }
        if (type == CellType.ERROR) {
            return "";
        }
        try {
            return formatter.formatCellValue(cell, evaluator).strip();
        } catch (RuntimeException unevaluable) {
            return formatter.formatCellValue(cell).strip();
        }
    }

    /**
     * Whether a number cell holds a date. POI knows the western formats; Japanese Excel also writes 和暦 formats
     * (ggge年m月d日, ge.m.d) and its own built-in date formats 27–31, 34–36 and 50–58, which POI does not.
     */
    private static boolean isDate(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return true;
        }
        short index = cell.getCellStyle().getDataFormat();
        if (index >= 27 && index <= 31 || index >= 34 && index <= 36 || index >= 50 && index <= 58) {
            return DateUtil.isValidExcelDate(cell.getNumericCellValue());
        }
        String format = cell.getCellStyle().getDataFormatString();
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^\\]]*]", "").replaceAll("\\\\.", "");
        return bare.matches(".*[gGeE].*") && bare.matches(".*[mMdD].*") && !bare.equalsIgnoreCase("General")
                && DateUtil.isValidExcelDate(cell.getNumericCellValue());
    }

    private static ImportTable table(String name, Charset encoding, List<List<String>> lines, List<Integer> numbers) {
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!isBlank(lines.get(i))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new ImportFileException("staff.import.error.empty", null, name);
        }
        List<String> headers = lines.get(header).stream().map(String::strip).toList();
        List<ImportRow> rows = new ArrayList<>();
        for (int i = header + 1; i < lines.size(); i++) {
            if (!isBlank(lines.get(i))) {
                rows.add(new ImportRow(numbers.get(i), lines.get(i).stream().map(String::strip).toList()));
            }
        }
        return new ImportTable(name, encoding, headers, rows);
    }

    private static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    // ---------------------------------------------------------------- columns

    /**
     * The column of each field whose header names it (職員番号 or 職員コード, 氏名 or 名前, ふりがな / フリガナ / カナ,
     * 所属, 任用区分, 採用日, 退職日, 同意書提出日, 情報セキュリティ管理者, 情報システム管理者). Fields without a
     * column are not in the map.
     */
    public Map<StaffField, Integer> guessMapping(ImportTable table) {
        List<String> keys = table.headers().stream().map(StaffImportService::headerKey).toList();
        Map<StaffField, Integer> mapping = new EnumMap<>(StaffField.class);
        for (StaffField field : StaffField.values()) {
            for (int i = 0; i < keys.size(); i++) {
                if (!mapping.containsValue(i) && HEADERS.get(field).contains(keys.get(i))) {
                    mapping.put(field, i);
                    break;
                }
            }
        }
        for (StaffField field : CONTAINS_ORDER) {
            if (mapping.containsKey(field)) {
                continue;
            }
            for (int i = 0; i < keys.size() && !mapping.containsKey(field); i++) {
                String key = keys.get(i);
                if (!mapping.containsValue(i) && CONTAINED.get(field).stream().anyMatch(key::contains)) {
                    mapping.put(field, i);
                }
            }
        }
        return mapping;
    }

    /** A header or a choice as compared: NFKC (full-width letters become half-width), lower case, no spaces. */
    static String headerKey(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_]+", "").replace("*", "").replace("※", "");
    }

    /** ふりがな as the form wants it: katakana (full- or half-width) becomes hiragana; ー and spaces stay. */
    public static String toHiragana(String text) {
        String normal = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            out.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- preview

    /** Checks every row against the registered staff and sections; writes nothing. */
    public ImportPreview preview(ImportTable table, Map<StaffField, Integer> mapping) {
        return db.read(c -> build(table, mapping, staff.findAll(c), sections.findAll(c)));
    }

    static ImportPreview build(ImportTable table, Map<StaffField, Integer> mapping, List<Staff> current,
            List<Section> sectionList) {
        Map<String, Staff> byStaffNo = new HashMap<>();
        current.forEach(s -> byStaffNo.put(s.staffNo(), s));
        Map<String, Section> sectionsByName = new HashMap<>();
        sectionList.forEach(s -> sectionsByName.putIfAbsent(headerKey(s.name()), s));
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<StaffImportRow> rows = new ArrayList<>(table.rows().size());
        for (ImportRow row : table.rows()) {
            rows.add(checkRow(table, mapping, row, byStaffNo, sectionsByName, firstRowOf));
        }
        return new ImportPreview(table, mapping, rows);
    }

    private static StaffImportRow checkRow(ImportTable table, Map<StaffField, Integer> mapping, ImportRow row,
            Map<String, Staff> byStaffNo, Map<String, Section> sectionsByName, Map<String, Integer> firstRowOf) {
        Map<StaffField, String> cells = new EnumMap<>(StaffField.class);
        mapping.forEach((field, column) -> cells.put(field, row.cell(column)));
        cells.computeIfPresent(StaffField.KANA, (field, text) -> toHiragana(text));

        String staffNo = Normalizer.normalize(cells.getOrDefault(StaffField.STAFF_NO, ""), Normalizer.Form.NFKC).strip();
        Staff before = staffNo.isEmpty() ? null : byStaffNo.get(staffNo);
        List<FieldError> own = new ArrayList<>();
        StaffDraft base = before != null ? StaffDraft.of(before, DateStyle.SEIREKI)
                : new StaffDraft("", "", "", null, null, "", "", false, false, "");
        StaffDraft draft = new StaffDraft(
                cells.getOrDefault(StaffField.STAFF_NO, base.staffNo()),
                cells.getOrDefault(StaffField.NAME, base.name()),
                cells.getOrDefault(StaffField.KANA, base.kana()),
                cells.containsKey(StaffField.SECTION) ? section(own, cells.get(StaffField.SECTION), sectionsByName)
                        : base.sectionId(),
                cells.containsKey(StaffField.EMPLOYMENT_TYPE) ? type(own, cells.get(StaffField.EMPLOYMENT_TYPE))
                        : base.employmentType(),
                cells.getOrDefault(StaffField.HIRED_ON, base.hiredOn()),
                cells.getOrDefault(StaffField.LEFT_ON, base.leftOn()),
                cells.containsKey(StaffField.SECURITY_MANAGER)
                        ? flag(own, StaffField.SECURITY_MANAGER, cells.get(StaffField.SECURITY_MANAGER))
                        : base.securityManager(),
                cells.containsKey(StaffField.SYSTEM_MANAGER)
                        ? flag(own, StaffField.SYSTEM_MANAGER, cells.get(StaffField.SYSTEM_MANAGER))
                        : base.systemManager(),
                cells.getOrDefault(StaffField.CONSENT_ON, base.consentOn()));

        Validation<Staff> checked = StaffValidator.validate(before == null ? null : before.id(), draft);
        List<FieldError> errors = new ArrayList<>(own);
        for (FieldError error : checked.errors()) {
            if (own.stream().anyMatch(o -> o.field().equals(error.field()))) {
                continue; // the import's own message about this cell says more
            }
            // a file has no list to choose from: an empty 所属 or 任用区分 is missing, not unchosen
            errors.add("validation.choose".equals(error.messageKey())
                    ? new FieldError(error.field(), error.labelKey(), "validation.required", error.args()) : error);
        }
        if (!staffNo.isEmpty()) {
            Integer first = firstRowOf.putIfAbsent(staffNo, row.rowNumber());
            if (first != null) {
                errors.add(0, FieldError.of(StaffField.STAFF_NO, "staff.import.error.duplicate", staffNo,
                        String.valueOf(first)));
            }
        }
        if (!errors.isEmpty()) {
            List<StaffImportError> located = errors.stream().map(e -> new StaffImportError(row.rowNumber(),
                    columnOf(table, mapping, StaffField.valueOf(e.field())), e)).toList();
            return new StaffImportRow(row.rowNumber(), ImportStatus.ERROR, cells, null, before, List.of(), located);
        }
        Staff after = checked.value();
        if (before == null) {
            return new StaffImportRow(row.rowNumber(), ImportStatus.NEW, cells, after, null, List.of(), List.of());
        }
        Map<String, String> old = RecordFields.of(before);
        Map<String, String> now = RecordFields.of(after);
        List<StaffField> changed = new ArrayList<>();
        for (StaffField field : StaffField.values()) {
            if (now.containsKey(field.name()) && !now.get(field.name()).equals(old.get(field.name()))) {
                changed.add(field);
            }
        }
        return new StaffImportRow(row.rowNumber(), changed.isEmpty() ? ImportStatus.UNCHANGED : ImportStatus.UPDATE,
                cells, after, before, changed, List.of());
    }

    /** The header of the column a field was read from; null when it has none (the field's label is shown). */
    private static String columnOf(ImportTable table, Map<StaffField, Integer> mapping, StaffField field) {
        Integer column = mapping.get(field);
        return column == null ? null : table.columnName(column);
    }

    private static Long section(List<FieldError> errors, String text, Map<String, Section> sectionsByName) {
        if (text.isBlank()) {
            return null;
        }
        Section section = sectionsByName.get(headerKey(text));
        if (section == null) {
            errors.add(FieldError.of(StaffField.SECTION, "staff.import.error.unknownSection", text));
            return null;
        }
        return section.id();
    }

    private static EmploymentType type(List<FieldError> errors, String text) {
        if (text.isBlank()) {
            return null;
        }
        EmploymentType type = TYPES.get(headerKey(text));
        if (type == null) {
            errors.add(FieldError.of(StaffField.EMPLOYMENT_TYPE, "staff.import.error.unknownType", text));
        }
        return type;
    }

    private static boolean flag(List<FieldError> errors, StaffField field, String text) {
        String key = headerKey(text);
        if (YES.contains(key)) {
            return true;
        }
        if (!NO.contains(key)) {
            errors.add(FieldError.of(field, "staff.import.error.flag", text));
        }
        return false;
    }

    /** The fields a new staff member cannot do without. */
    public static boolean isRequired(StaffField field) {
        return REQUIRED.contains(field);
    }

    // ---------------------------------------------------------------- commit

    /**
     * Writes every new and changed staff member in one transaction, each with its change-history entry. The rows
     * are checked again against the register as it is now; if any is wrong, nothing is written.
     *
     * @throws ImportRejectedException when a row has errors (nothing was written)
     * @throws PermissionException     unless the account keeps records (事務担当 or システム管理者)
     */
    public ImportResult commit(ImportPreview preview) {
        actor.get().require("error.notPermitted.records", Role.CLERK, Role.ADMIN);
        if (preview.hasErrors()) {
            throw new ImportRejectedException(preview);
        }
        return db.inTransaction(c -> {
            ImportPreview now = build(preview.table(), preview.mapping(), staff.findAll(c), sections.findAll(c));
            if (now.hasErrors()) {
                throw new ImportRejectedException(now);
            }
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            for (StaffImportRow row : now.rows()) {
                switch (row.status()) {
                    case NEW -> {
                        staffService.write(c, row.staff());
                        created++;
                    }
                    case UPDATE -> {
                        staffService.write(c, row.staff());
                        updated++;
                    }
                    default -> unchanged++;
                }
            }
            return new ImportResult(created, updated, unchanged);
        });
    }
}
