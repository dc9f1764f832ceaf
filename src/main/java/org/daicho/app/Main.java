package org.daicho.app;

import java.time.Clock;
import java.util.Arrays;
import org.daicho.cli.DaichoCli;
import org.daicho.service.DataFolders;

/**
 * The jar's entry point: a plain class (a JavaFX {@code Application} as Main-Class of a plain jar fails
 * with "JavaFX runtime components are missing"; toolchain.md). Parses the command line, then either runs
 * a command or opens the window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        configureLogging(args);
        int exitCode = DaichoCli.run(args, (dataDir, dataDirGiven, demo, messages) -> {
            LaunchOptions.set(new LaunchOptions(dataDir, dataDirGiven, demo, messages));
            javafx.application.Application.launch(DaichoApp.class);
            return 0;
        }, Clock.systemDefaultZone());
        System.exit(exitCode);
    }

    /** Before the first logger exists: the log file beside the data folders; --verbose also logs to stderr. */
    private static void configureLogging(String[] args) {
        System.setProperty("daicho.log.dir", DataFolders.defaultFolder().resolveSibling("daicho-logs").toString());
        if (Arrays.asList(args).contains("--verbose")) {
            System.setProperty("daicho.log.level", "DEBUG");
            System.setProperty("daicho.console.level", "DEBUG");
        }
    }
}
