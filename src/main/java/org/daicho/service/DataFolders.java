package org.daicho.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Daicho keeps its data when {@code --data-dir} is not given: the per-user application data folder
 * of each OS. The demo organisation gets a folder of its own beside it, so demo and real records never mix.
 */
public final class DataFolders {

    private DataFolders() {
    }

    public static Path defaultFolder() {
        return defaultFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The rule, with the OS, environment and home folder passed in so that each OS's answer can be tested. */
    public static Path defaultFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Daicho");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Daicho");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("daicho");
    }

    /** The demo organisation's folder: beside the real one, e.g. ~/.local/share/daicho-demo. */
    public static Path demoFolder(Path dataFolder) {
        return dataFolder.resolveSibling(dataFolder.getFileName() + "-demo");
    }
}
