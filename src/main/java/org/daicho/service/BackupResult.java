package org.daicho.service;

import java.nio.file.Path;
import java.util.List;

/**
 * A backup made: the verified file in the data folder's {@code backups} folder, and the copy in the folder chosen
 * in the settings — or why that copy could not be made ({@code copyFailure}, described by
 * {@link ErrorMessages}), in which case the local backup still stands. {@code removed}: older backups that the
 * retention rule deleted.
 */
public record BackupResult(Path file, long sizeBytes, Path copy, RuntimeException copyFailure, List<Path> removed) {

    public boolean copyFailed() {
        return copyFailure != null;
    }
}
