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
import org.daicho.domain.TrainingCompliance;
import org.daicho.i18n.Messages;
import org.daicho.service.AuditBookService;
import org.daicho.service.DaichoServices;
import org.daicho.service.DisposalExport;
import org.daicho.service.DisposalService;
import org.daicho.service.EvidenceCheck;
import org.daicho.service.ExportProtection;
import org.daicho.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code daicho export FORM --out PATH}: writes a form as the window would. Later issues add forms. */
@Command(name = "export", description = "Write an Excel form", subcommands = {ExportCommand.Assets.class, ExportCommand.CarryLog.class,
        ExportCommand.Disposals.class, ExportCommand.TrainingStatus.class, ExportCommand.TrainingReport.class,
        ExportCommand.TrainingRoster.class, ExportCommand.AuditBook.class})
final class ExportCommand {

    @ParentCommand
    DaichoCommand root;

    /** {@code daicho export assets --out PATH}: the whole 情報資産管理台帳. */
    @Command(name = "assets", description = "The asset ledger (情報資産管理台帳), all assets")
    static final class Assets implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Mixin
        OutOption output;

        @Mixin
        EncryptOption encryption;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            ExportProtection protection = encryption.protection();
            try (DaichoServices services = root.login()) {
                List<LedgerEntry> entries = services.ledger().entries();
                Path written = services.exports().exportAssetLedger(entries, "", output.path(), protection, messages,
                        Progress.NONE);
                System.out.println(messages.get("cli.export.done", written.toAbsolutePath(), entries.size()));
                encryption.printNote(messages);
            } finally {
                protection.clear();
            }
            return 0;
        }
    }

    /** {@code daicho export carry-log --fy 2026 --out PATH}: the 持出・持込記録簿 of 年度 2026 (2026-04-01 … 2027-03-31). */
    @Command(name = "carry-log", description = "The carry-out / bring-in log (持出・持込記録簿) of a fiscal year, with its overdue sheet")
    static final class CarryLog implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Mixin
        FiscalYearOption fiscalYear;

        @Mixin
        OutOption output;

        @Mixin
        EncryptOption encryption;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            FiscalYear year = fiscalYear.year();
            ExportProtection protection = encryption.protection();
            try (DaichoServices services = root.login()) {
                Path written = services.carry().exportCarryLog(year, output.path(), protection, messages,
                        Progress.NONE);
                int count = services.carry().list(CarryFilter.fiscalYear(year)).size();
                int overdue = services.carry().overdue().size();
                System.out.println(messages.get("cli.export.carryDone", written.toAbsolutePath(), count, overdue));
                encryption.printNote(messages);
            } finally {
                protection.clear();
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

        @Mixin
        OutOption output;

        @Mixin
        EncryptOption encryption;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            LocalDate[] period = period();
            ExportProtection protection = encryption.protection();
            try (DaichoServices services = root.login()) {
                DisposalExport result = services.disposal().exportLog(period[0], period[1], output.path(),
                        protection, messages, Progress.NONE);
                System.out.println(messages.get("cli.disposal.done", result.workbook().toAbsolutePath(),
                        result.records(), result.evidenceFiles()));
                encryption.printNote(messages);
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
            } finally {
                protection.clear();
            }
        }

        /** [first day, last day]: exactly one of --fy and --from/--to, checked before the store is opened. */
        private LocalDate[] period() {
            boolean byDates = from != null || to != null;
            if ((fiscalYear == null) == !byDates || (byDates && (from == null || to == null))) {
                throw new CliException("cli.disposal.error.period");
            }
            if (fiscalYear != null) {
                FiscalYear year = FiscalYearOption.of(fiscalYear);
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

    /** {@code daicho export training-status --fy 2026 --out PATH}: the 年度受講状況, one line per person. */
    @Command(name = "training-status", description = "Training status per person (年度受講状況) of a fiscal year")
    static final class TrainingStatus implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Mixin
        FiscalYearOption fiscalYear;

        @Mixin
        OutOption output;

        @Mixin
        EncryptOption encryption;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            FiscalYear year = fiscalYear.year();
            ExportProtection protection = encryption.protection();
            try (DaichoServices services = root.login()) {
                Path written = services.training().exportStatus(year, output.path(), protection, messages,
                        Progress.NONE);
                TrainingCompliance compliance = services.training().compliance(year);
                System.out.println(messages.get("cli.training.statusDone", written.toAbsolutePath(),
                        compliance.people().size(), compliance.untrained().size()));
                encryption.printNote(messages);
            } finally {
                protection.clear();
            }
            return 0;
        }
    }

    /** {@code daicho export training-report --fy 2026 --out PATH}: the 研修実施状況報告 to the 情報セキュリティ委員会. */
    @Command(name = "training-report",
            description = "The yearly training report (研修実施状況報告) to the information security committee")
    static final class TrainingReport implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Mixin
        FiscalYearOption fiscalYear;

        @Mixin
        OutOption output;

        @Mixin
        EncryptOption encryption;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            FiscalYear year = fiscalYear.year();
            ExportProtection protection = encryption.protection();
            try (DaichoServices services = root.login()) {
                Path written = services.training().exportReport(year, output.path(), protection, messages,
                        Progress.NONE);
                org.daicho.domain.TrainingReport.Count total = services.training().report(year).total();
                System.out.println(messages.get("cli.training.reportDone", written.toAbsolutePath(), total.counted(),
                        total.trained()));
                encryption.printNote(messages);
            } finally {
                protection.clear();
            }
            return 0;
        }
    }

    /** {@code daicho export training-roster --session ID --out PATH}: the sign-in sheet of one session. */
    @Command(name = "training-roster", description = "The sign-in roster (研修受講者名簿) of one training session")
    static final class TrainingRoster implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--session", required = true, paramLabel = "ID", description = "The session's number")
        long sessionId;

        @Mixin
        OutOption output;

        @Mixin
        EncryptOption encryption;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            ExportProtection protection = encryption.protection();
            try (DaichoServices services = root.login()) {
                try {
                    services.training().session(sessionId);
                } catch (IllegalArgumentException noSuchSession) {
                    throw new CliException("cli.training.error.noSession", String.valueOf(sessionId));
                }
                Path written = services.training().exportRoster(sessionId, output.path(), protection, messages,
                        Progress.NONE);
                System.out.println(messages.get("cli.training.rosterDone", written.toAbsolutePath(),
                        services.training().staffFor(sessionId).size()));
                encryption.printNote(messages);
            } finally {
                protection.clear();
            }
            return 0;
        }
    }

    /**
     * {@code daicho export audit-book --fy 2026 --out PATH}: the 監査証跡ブック of a 年度 (policy 2.9.1). Exits
     * {@value VerifyCommand#EXIT_BROKEN} when the year's change history does not verify; the book is still written, and
     * says so on its cover.
     */
    @Command(name = "audit-book", description = "The audit evidence workbook (監査証跡ブック) of a fiscal year: ledger, "
            + "carry-outs, disposals, training, the year's change history with its tamper check, and the self-inspection")
    static final class AuditBook implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Mixin
        FiscalYearOption fiscalYear;

        @Mixin
        OutOption output;

        @Mixin
        EncryptOption encryption;

        @Override
        public Integer call() {
            DaichoCommand root = export.root;
            Messages messages = root.options().messages();
            FiscalYear year = fiscalYear.year();
            ExportProtection protection = encryption.protection();
            try (DaichoServices services = root.login()) {
                AuditBookService.Export book = services.auditBook().export(year, output.path(), protection, messages,
                        Progress.NONE);
                System.out.println(messages.get("cli.auditbook.done", book.file().toAbsolutePath()));
                for (AuditBookService.Sheet sheet : book.sheets()) {
                    System.out.println(messages.get("cli.auditbook.sheet", sheet.name(), String.valueOf(sheet.rows()),
                            sheet.sha256()));
                }
                System.out.println(book.chain().summary(messages));
                book.chain().firstBreak().ifPresent(b -> System.out.println(b.describe(messages)));
                System.out.println(book.chain().head(messages));
                encryption.printNote(messages);
                return book.chain().intact() ? 0 : VerifyCommand.EXIT_BROKEN;
            } finally {
                protection.clear();
            }
        }
    }

    /** {@code --out PATH}, shared by every export. */
    static final class OutOption {

        @Option(names = "--out", required = true, paramLabel = "PATH",
                description = "The file to write, or an existing folder (the file is then named with its classification)")
        Path out;

        Path path() {
            return out;
        }
    }

    /** {@code --fy YEAR}: the 年度 by the year it starts in, four digits. */
    static final class FiscalYearOption {

        @Option(names = "--fy", required = true, paramLabel = "YEAR",
                description = "The fiscal year by the year it starts in: 2026 = 1 April 2026 to 31 March 2027")
        int startYear;

        FiscalYear year() {
            return of(startYear);
        }

        static FiscalYear of(int startYear) {
            if (startYear < 2000 || startYear > 2999) {
                throw new CliException("cli.error.fiscalYear", String.valueOf(startYear));
            }
            return new FiscalYear(startYear);
        }
    }
}
