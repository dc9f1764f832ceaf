package org.daicho.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.daicho.service.DaichoServices;
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
        subcommands = {DemoCommand.class, ExportCommand.class})
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

    /** The data folder: --data-dir, or the OS's default. */
    Path dataDir() {
        return options.dataDir != null ? options.dataDir : DataFolders.defaultFolder();
    }

    @Override
    public Integer call() {
        return gui.launch(dataDir(), options.dataDir != null, demo, options.messages());
    }
}
