package org.daicho.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.daicho.i18n.Messages;
import org.daicho.service.Backups;
import org.daicho.service.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code daicho restore FILE}: checks the backup, moves the current store aside to {@code set-aside/<time>/} and
 * puts the backup's store in its place. No login: the store may be the damaged one. Refused when the backup is
 * bad or when a running Daicho has the store open; either way the current store is left as it is.
 */
@Command(name = "restore", description = "Restore a backup: check it, move the current store to the data folder's "
        + "set-aside folder (nothing is deleted), and put the backup in its place. Close the app first. "
        + "Passwords are those of the time of the backup")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    DaichoCommand root;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (daicho-backup-….zip)")
    Path file;

    @Override
    public Integer call() {
        Messages messages = root.options().messages();
        RestoreResult result = new Backups(root.dataDir(), root.clock()).restore(file);
        System.out.println(messages.get("cli.restore.done", result.restoredFrom()));
        if (result.setAsideFolder() != null) {
            System.out.println(messages.get("cli.restore.setAside", result.setAsideFolder().toAbsolutePath()));
        }
        System.out.println(messages.get("cli.restore.passwords"));
        return 0;
    }
}
