package org.daicho.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.daicho.domain.CarryFilter;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code daicho export FORM --out PATH}: writes a form as the window would. Later issues add forms. */
@Command(name = "export", description = "Write an Excel form", subcommands = {ExportCommand.Assets.class, ExportCommand.CarryLog.class})
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
}
