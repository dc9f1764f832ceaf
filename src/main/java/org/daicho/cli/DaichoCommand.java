package org.daicho.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.daicho.service.DaichoServices;
import org.daicho.service.Unlocked;
import org.daicho.service.DataFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code daicho [--data-dir DIR] [--lang ja|en] [COMMAND]}: with no command it opens the window. The
 * window and the commands are two faces on the same services.
 */
@Command(name = "daicho", mixinStandardHelpOptions = true, version = "Daicho " + DaichoServices.VERSION,
        description = "情報セキュリティ記録台帳 Daicho. With no command, opens the window.",
        subcommands = {DemoCommand.class, ExportCommand.class, ImportCommand.class, RecoverCommand.class,
                VerifyCommand.class, BackupCommand.class, RestoreCommand.class})
public final class DaichoCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--demo", description = "Open the window on the synthetic demo organisation (its own data folder)")
    boolean demo;

    private final GuiLauncher gui;
    private final Clock clock;

    public DaichoCommand(GuiLauncher gui, Clock clock) {
        this.gui = gui;
        this.clock = clock;
    }

    CommonOptions options() {
        return options;
    }

    Clock clock() {
        return clock;
    }

    boolean verbose() {
        return options.verbose;
    }

    /**
     * Logs in the way the window does: the user from --user or DAICHO_USER, the password from DAICHO_PASSWORD
     * or --password-file, never from an argument (policy 2.6.2(5)①).
     */
    DaichoServices login() {
        String user = options.user().orElseThrow(() -> new CliException("cli.error.noUser"));
        char[] password = password();
        try {
            Unlocked unlocked = DaichoServices.login(dataDir(), user, password, clock);
            if (unlocked.mustChangePassword()) {
                unlocked.services().close();
                throw new CliException("cli.error.mustChangePassword", user);
            }
            return unlocked.services();
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    char[] password() {
        try {
            return options.password().orElseThrow(() -> new CliException("cli.error.noPassword"));
        } catch (java.io.IOException e) {
            throw new CliException("cli.error.passwordFile", options.passwordFile);
        }
    }

    /** The data folder: --data-dir, or the OS's default. */
    Path dataDir() {
        return options.dataDir != null ? options.dataDir : DataFolders.defaultFolder();
    }

    @Override
    public Integer call() {
        return gui.launch(dataDir(), options.dataDir != null, demo, options.messages());
    }
}
