package org.daicho.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.daicho.domain.LedgerEntry;
import org.daicho.i18n.Messages;
import org.daicho.service.DaichoServices;
import org.daicho.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code daicho export FORM --out PATH}: writes a form as the window would. Later issues add forms. */
@Command(name = "export", description = "Write an Excel form", subcommands = ExportCommand.Assets.class)
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
}
