package org.daicho.cli;

import java.time.Clock;
import org.daicho.i18n.Messages;
import org.daicho.service.ErrorMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs the command line. A failure prints one clear line on stderr and exits non-zero; the stack trace
 * only with {@code --verbose} (it always goes to the log).
 */
public final class DaichoCli {

    private static final Logger LOG = LoggerFactory.getLogger(DaichoCli.class);

    public static final int EXIT_FAILED = 1;

    private DaichoCli() {
    }

    public static int run(String[] args, GuiLauncher gui, Clock clock) {
        DaichoCommand root = new DaichoCommand(gui, clock);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            Messages messages = root.options().messages();
            LOG.error("command failed", error);
            String text = error instanceof CliException cli ? messages.get(cli.messageKey(), cli.args().toArray())
                    : ErrorMessages.describe(error, messages);
            cmd.getErr().println("daicho: " + text.replace("\n", " / "));
            if (root.verbose()) {
                error.printStackTrace(cmd.getErr());
            }
            return EXIT_FAILED;
        });
        return commandLine.execute(args);
    }
}
