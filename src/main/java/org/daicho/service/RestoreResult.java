package org.daicho.service;

import java.nio.file.Path;

/**
 * A restore done: the backup it came from, and the folder the store found in its place was moved to
 * ({@code <data folder>/set-aside/<time>}; null when there was no store to set aside).
 */
public record RestoreResult(Path restoredFrom, Path setAsideFolder) {
}
