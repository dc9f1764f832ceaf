package org.daicho.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Work folders of the services (a backup's, the warm-up's), removed with everything in them. */
final class FileTrees {

    private FileTrees() {
    }

    /** Deletes {@code folder} and all it holds; nothing when it is null or absent. */
    static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
