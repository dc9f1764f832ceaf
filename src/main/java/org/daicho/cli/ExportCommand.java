package org.daicho.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.DateInput;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalExport;
import org.daicho.service.DisposalService;
import org.daicho.service.EvidenceCheck;
import org.daicho.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code daicho export FORM --out PATH}: writes a form as the window would. Later issues add forms. */
@Command(name = "export", description = "Write an Excel form", subcommands = {ExportCommand.Assets.class, ExportCommand.CarryLog.class,
        ExportCommand.Disposals.class})
final class ExportCommand {

    @ParentCommand
    DaichoCommand root;

    /** {@code daicho export assets --out PATH}: the whole 情報資産管理台帳. */
    @Command(name = "assets", description = "The asset ledger (情報資産管理台帳), all assets")
    static final class Assets implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "The file to write, or an existing folder (the file is then named with its classification)")
        Path out;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            try (DaichoServices services = root.login()) {
                List<LedgerEntry> entries = services.ledger().entries();
                Path written = services.exports().exportAssetLedger(entries, "", out, messages, Progress.NONE);
                System.out.println(messages.get("cli.export.done", written.toAbsolutePath(), entries.size()));
            }
            return 0;
        }
    }

    /** {@code daicho export carry-log --fy 2026 --out PATH}: the 持出・持込記録簿 of 年度 2026 (2026-04-01 … 2027-03-31). */
    @Command(name = "carry-log", description = "The carry-out / bring-in log (持出・持込記録簿) of a fiscal year, with its overdue sheet")
    static final class CarryLog implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--fy", required = true, paramLabel = "YEAR",
                description = "The fiscal year by the year it starts in: 2026 = 1 April 2026 to 31 March 2027")
        int fiscalYear;

        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "The file to write, or an existing folder (the file is then named with its classification)")
        Path out;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            if (fiscalYear < 2000 || fiscalYear > 2999) {
                throw new CliException("cli.error.fiscalYear", String.valueOf(fiscalYear));
            }
            FiscalYear year = new FiscalYear(fiscalYear);
            try (DaichoServices services = root.login()) {
                Path written = services.carry().exportCarryLog(year, out, messages, Progress.NONE);
                int count = services.carry().list(CarryFilter.fiscalYear(year)).size();
                int overdue = services.carry().overdue().size();
                System.out.println(messages.get("cli.export.carryDone", written.toAbsolutePath(), count, overdue));
            }
            return 0;
        }
    }

    /**
     * {@code daicho export disposals --fy 2026 --out PATH}, or {@code --from 2026-04-01 --to 2026-09-30} instead of
     * {@code --fy}: the 廃棄記録簿 of the records done in the period, and beside it the evidence folder with its
     * {@code SHA256SUMS.txt}. An evidence file whose bytes no longer match its SHA-256 is named on stderr and the
     * command exits {@value #EXIT_EVIDENCE_CHANGED}; the workbook is written all the same (the file is marked in it).
     */
    @Command(name = "disposals", description = "The disposal log (廃棄記録簿) of a fiscal year or a period, with the "
            + "evidence files and their SHA256SUMS.txt in a folder beside it (exit 3: an evidence file has changed)")
    static final class Disposals implements Callable<Integer> {

        static final int EXIT_EVIDENCE_CHANGED = VerifyCommand.EXIT_BROKEN;

        @ParentCommand
        ExportCommand export;

        @Option(names = "--fy", paramLabel = "YEAR",
                description = "The fiscal year by the year it starts in: 2026 = 1 April 2026 to 31 March 2027")
        Integer fiscalYear;

        @Option(names = "--from", paramLabel = "DATE",
                description = "The first day of the period (e.g. 2026-04-01), with --to, instead of --fy")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "The last day of the period (e.g. 2026-09-30)")
        String to;

        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "The file to write, or an existing folder (the file is then named with its classification)")
        Path out;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            LocalDate[] period = period();
            try (DaichoServices services = root.login()) {
                DisposalExport result = services.disposal().exportLog(period[0], period[1], out, messages,
                        Progress.NONE);
                System.out.println(messages.get("cli.disposal.done", result.workbook().toAbsolutePath(),
                        result.records(), result.evidenceFiles()));
                if (result.evidenceFolder() != null) {
                    System.out.println(messages.get("cli.disposal.evidenceFolder",
                            result.evidenceFolder().toAbsolutePath(), DisposalService.MANIFEST));
                }
                if (result.changed().isEmpty()) {
                    return 0;
                }
                System.err.println("daicho: " + messages.get("cli.disposal.changed", result.changed().size()));
                for (EvidenceCheck check : result.changed()) {
                    System.err.println("daicho: " + evidenceChanged(check, messages));
                }
                return EXIT_EVIDENCE_CHANGED;
            }
        }

        /** [first day, last day]: exactly one of --fy and --from/--to, checked before the store is opened. */
        private LocalDate[] period() {
            boolean byDates = from != null || to != null;
            if ((fiscalYear == null) == !byDates || (byDates && (from == null || to == null))) {
                throw new CliException("cli.disposal.error.period");
            }
            if (fiscalYear != null) {
                if (fiscalYear < 2000 || fiscalYear > 2999) {
                    throw new CliException("cli.error.fiscalYear", String.valueOf(fiscalYear));
                }
                FiscalYear year = new FiscalYear(fiscalYear);
                return new LocalDate[] {year.firstDay(), year.lastDay()};
            }
            LocalDate first = date(from);
            LocalDate last = date(to);
            if (first.isAfter(last)) {
                throw new CliException("cli.disposal.error.order", first.toString(), last.toString());
            }
            return new LocalDate[] {first, last};
        }

        private static LocalDate date(String text) {
            try {
                Optional<LocalDate> day = DateInput.parse(text);
                return day.orElseThrow(() -> new CliException("cli.disposal.error.date", text));
            } catch (DateInput.InvalidDateException e) {
                throw new CliException("cli.disposal.error.date", text);
            }
        }
    }

    /** The warning for one evidence file whose bytes changed: its name, 記録番号 and both SHA-256. */
    static String evidenceChanged(EvidenceCheck check, Messages messages) {
        return messages.get("disposal.error.evidenceChanged", check.file().fileName(), check.recordNo(),
                check.file().sha256(), check.actualSha256());
    }
}
