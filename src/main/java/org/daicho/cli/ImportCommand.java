package org.daicho.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.daicho.domain.StaffField;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.ImportFileException;
import org.daicho.service.ImportPreview;
import org.daicho.service.ImportRejectedException;
import org.daicho.service.ImportResult;
import org.daicho.service.ImportStatus;
import org.daicho.service.ImportTable;
import org.daicho.service.StaffImportError;
import org.daicho.service.StaffImportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code daicho import staff FILE [--dry-run] [--encoding UTF-8|Windows-31J]}: the staff list from a file. */
@Command(name = "import", description = "Import records from a file", subcommands = {ImportCommand.StaffFile.class})
final class ImportCommand {

    /** Some rows are wrong: nothing was changed. */
    static final int EXIT_REJECTED = 2;

    @ParentCommand
    DaichoCommand root;

    /**
     * Reads the file as the window's import does (columns matched by their headers), prints what it would do,
     * and writes all rows in one transaction; a file with any wrong row changes nothing and exits
     * {@value #EXIT_REJECTED} with each error, by row and column, on stderr.
     */
    @Command(name = "staff", description = "The staff list (職員) from .xlsx or .csv (UTF-8 or Shift_JIS); "
            + "existing staff are updated by their staff number. Exit 0: imported (or checked, with --dry-run), "
            + "2: rows with errors, nothing changed.")
    static final class StaffFile implements Callable<Integer> {

        @ParentCommand
        ImportCommand parent;

        @Parameters(index = "0", paramLabel = "FILE", description = "The .xlsx or .csv file; its first non-empty row "
                + "holds the column names (職員番号, 氏名, ふりがな, 所属, 任用区分, 採用日, …)")
        Path file;

        @Option(names = "--dry-run", description = "Check the file and print what would change, changing nothing")
        boolean dryRun;

        @Option(names = "--encoding", paramLabel = "UTF-8|Windows-31J",
                description = "The encoding of a CSV file (default: detected; Shift_JIS means Windows-31J)")
        String encoding;

        @Override
        public Integer call() {
            DaichoCommand root = parent.root;
            Messages messages = root.options().messages();
            Charset charset = charset(encoding);
            try (DaichoServices services = root.login()) {
                StaffImportService imports = services.staffImport();
                ImportTable table;
                try {
                    table = imports.read(file, charset);
                } catch (ImportFileException e) {
                    throw new CliException(e.messageKey(), e.args().toArray());
                }
                ImportPreview preview = imports.preview(table, imports.guessMapping(table));
                if (table.isCsv()) {
                    System.out.println(messages.get("cli.import.encoding", encodingName(table.encoding())));
                }
                System.out.println(messages.get("cli.import.columns", columns(preview, messages)));
                System.out.println(counts(preview, messages));
                if (preview.hasErrors()) {
                    return rejected(preview, messages);
                }
                if (dryRun) {
                    System.out.println(messages.get("cli.import.dryRun"));
                    return 0;
                }
                try {
                    ImportResult result = imports.commit(preview);
                    System.out.println(messages.get("cli.import.done", String.valueOf(result.created()),
                            String.valueOf(result.updated()), String.valueOf(result.unchanged())));
                } catch (ImportRejectedException e) {
                    return rejected(e.preview(), messages);
                }
                return 0;
            }
        }

        private static int rejected(ImportPreview preview, Messages messages) {
            List<StaffImportError> errors = preview.errors();
            for (StaffImportError error : errors) {
                System.err.println(error.describe(messages));
            }
            System.err.println(messages.get("cli.import.rejected", String.valueOf(errors.size())));
            return EXIT_REJECTED;
        }

        static Charset charset(String name) {
            if (name == null) {
                return null;
            }
            String key = name.strip().toLowerCase(Locale.ROOT).replace("_", "-");
            return switch (key) {
                case "utf-8", "utf8" -> StandardCharsets.UTF_8;
                case "windows-31j", "shift-jis", "sjis", "ms932", "cp932" -> StaffImportService.WINDOWS_31J;
                default -> throw new CliException("cli.import.error.encoding", name);
            };
        }

        static String encodingName(Charset charset) {
            return charset.equals(StaffImportService.WINDOWS_31J) ? "Windows-31J (Shift_JIS)" : charset.name();
        }

        /** 職員番号 ← 「職員コード」、氏名 ← 「氏名」…: which column each field was read from. */
        private static String columns(ImportPreview preview, Messages messages) {
            List<String> parts = new ArrayList<>();
            for (StaffField field : StaffField.values()) {
                Integer column = preview.mapping().get(field);
                if (column != null) {
                    parts.add(messages.get("cli.import.column", messages.get("staff.field." + field.name()),
                            preview.table().columnName(column)));
                }
            }
            return parts.isEmpty() ? "-" : String.join("  ", parts);
        }

        static String counts(ImportPreview preview, Messages messages) {
            Map<ImportStatus, Long> n = new java.util.EnumMap<>(ImportStatus.class);
            for (ImportStatus status : ImportStatus.values()) {
                n.put(status, preview.count(status));
            }
            return messages.get("staff.import.counts", String.valueOf(n.get(ImportStatus.NEW)),
                    String.valueOf(n.get(ImportStatus.UPDATE)), String.valueOf(n.get(ImportStatus.UNCHANGED)),
                    String.valueOf(n.get(ImportStatus.ERROR)));
        }
    }
}
