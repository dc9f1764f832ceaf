package org.daicho.cli;

import java.nio.file.Path;
import org.daicho.i18n.Messages;

/** Opens the window; the command line calls it when no command is given. Returns the exit code. */
@FunctionalInterface
public interface GuiLauncher {
    int launch(Path dataDir, boolean dataDirGiven, boolean demo, Messages messages);
}
