package org.daicho.service;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file as a list shows it: where it is, when it was made (from its manifest, or its name when the
 * manifest cannot be read), its size, the app version that made it and whether it checked out. {@code problem}
 * is null for a good backup, else the bundle key of what is wrong ({@code backup.problem.*}).
 */
public record BackupInfo(Path file, Instant createdAt, long sizeBytes, String appVersion, boolean good, String problem) {

    /** The folder the backup is in. */
    public Path folder() {
        return file.toAbsolutePath().getParent();
    }
}
