package org.daicho.app;

import java.nio.file.Path;
import org.daicho.i18n.Messages;
import org.daicho.service.DataFolders;

/**
 * What the command line decided before the window opens: the data folder, the language, and whether to
 * open on the demo organisation. JavaFX creates the {@code Application} itself, so these are handed over here.
 */
public record LaunchOptions(Path dataDir, boolean dataDirGiven, boolean demo, Messages messages) {

    private static LaunchOptions current;

    static synchronized void set(LaunchOptions options) {
        current = options;
    }

    static synchronized LaunchOptions get() {
        if (current == null) {
            return new LaunchOptions(DataFolders.defaultFolder(), false, false, Messages.forLanguage(null));
        }
        return current;
    }

    /** The folder to open: with {@code --demo} and no {@code --data-dir}, the separate demo folder. */
    public Path effectiveDataDir() {
        return demo && !dataDirGiven ? DataFolders.demoFolder(dataDir) : dataDir;
    }
}
