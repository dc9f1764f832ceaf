package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the data lives when --data-dir is not given, on each OS. */
class DataFoldersTest {

    private static final Path HOME = Path.of("/home/shiken");

    @Test
    void windowsUsesAppData() {
        Path appData = Path.of("/users/shiken/AppData/Roaming");
        assertThat(DataFolders.defaultFolder("Windows 11", Map.of("APPDATA", appData.toString()), HOME))
                .isEqualTo(appData.resolve("Daicho"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderInHome() {
        assertThat(DataFolders.defaultFolder("Windows 10", Map.of(), HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Daicho"));
        assertThat(DataFolders.defaultFolder("Windows Server 2022", Map.of("APPDATA", " "), HOME))
                .isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Daicho"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolders.defaultFolder("Mac OS X", Map.of("XDG_DATA_HOME", "/tmp/xdg"), HOME))
                .isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("Daicho"));
    }

    @Test
    void linuxFollowsXdg() {
        assertThat(DataFolders.defaultFolder("Linux", Map.of("XDG_DATA_HOME", "/data/shiken"), HOME))
                .isEqualTo(Path.of("/data/shiken/daicho"));
    }

    @Test
    void linuxWithoutXdgUsesLocalShare() {
        assertThat(DataFolders.defaultFolder("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/shiken/.local/share/daicho"));
        assertThat(DataFolders.defaultFolder("FreeBSD", Map.of("XDG_DATA_HOME", ""), HOME))
                .isEqualTo(Path.of("/home/shiken/.local/share/daicho"));
    }

    @Test
    void theDemoFolderSitsBesideTheRealOne() {
        assertThat(DataFolders.demoFolder(Path.of("/home/shiken/.local/share/daicho")))
                .isEqualTo(Path.of("/home/shiken/.local/share/daicho-demo"));
        assertThat(DataFolders.demoFolder(HOME.resolve("Library/Application Support/Daicho")))
                .isEqualTo(HOME.resolve("Library/Application Support/Daicho-demo"));
    }

    @Test
    void thisMachinesDefaultIsAFolderNamedForDaicho() {
        assertThat(DataFolders.defaultFolder().getFileName().toString()).isEqualToIgnoringCase("daicho");
    }
}
