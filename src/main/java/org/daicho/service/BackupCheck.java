package org.daicho.service;

import java.nio.file.Path;

/**
 * What checking a backup file found: whether its manifest reads and every entry has the size and SHA-256 the
 * manifest names. {@code problem} is null when good, else the bundle key of what is wrong
 * ({@code backup.problem.*}); {@code manifest} is null when it could not be read.
 */
public record BackupCheck(Path file, boolean good, String problem, BackupManifest manifest) {

    static BackupCheck good(Path file, BackupManifest manifest) {
        return new BackupCheck(file, true, null, manifest);
    }

    static BackupCheck bad(Path file, String problem, BackupManifest manifest) {
        return new BackupCheck(file, false, problem, manifest);
    }
}
