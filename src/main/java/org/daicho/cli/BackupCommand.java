package org.daicho.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.daicho.i18n.Messages;
import org.daicho.service.BackupResult;
import org.daicho.service.Backups;
import org.daicho.service.DaichoServices;
import org.daicho.service.ErrorMessages;
import org.daicho.service.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code daicho backup [--to DIR]}: a verified backup of the store (it logs in, so the app must be closed: H2 lets one
 * process open the store; the open app makes its own daily backups). With
 * {@code --to DIR} (for a scheduled task) it goes to that folder only; without, as the app does it: the data
 * folder's {@code backups} folder and the folder chosen in the settings. Old backups are removed by the retention
 * rule. A folder that is missing, read-only or full exits non-zero with a message naming it.
 */
@Command(name = "backup", description = "Make a verified backup of the store (close the app first). "
        + "--to DIR: into that folder only (for a scheduled task); without: into the data folder's backups folder "
        + "and the folder chosen in the settings")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    DaichoCommand root;

    @Option(names = "--to", paramLabel = "DIR", description = "Folder to write the backup to (must exist)")
    Path to;

    @Override
    public Integer call() {
        Messages messages = root.options().messages();
        try (DaichoServices services = root.login()) {
            BackupResult result = to != null ? services.backups().backUpTo(to, Progress.NONE)
                    : services.backups().backUpNow(Progress.NONE);
            System.out.println(messages.get("cli.backup.done", result.file().toAbsolutePath(),
                    Backups.sizeText(result.sizeBytes())));
            if (result.copy() != null) {
                System.out.println(messages.get("cli.backup.copied", result.copy().toAbsolutePath()));
            }
            if (!result.removed().isEmpty()) {
                System.out.println(messages.get("cli.backup.removed", result.removed().size()));
            }
            if (result.copyFailed()) {
                System.err.println("daicho: " + messages.get("backup.copyFailed",
                        ErrorMessages.describe(result.copyFailure(), messages)));
                return DaichoCli.EXIT_FAILED;
            }
        }
        return 0;
    }
}
