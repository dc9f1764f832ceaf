package org.daicho.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * Where backups go besides the data folder's own {@code backups} folder, and how many are kept. Kept in
 * {@code backup.properties} in the data folder, not in the store: the offer to restore a backup at start-up must
 * find the chosen folder when the store cannot be opened (docs/decisions/0011).
 *
 * @param folder      the folder chosen in the settings (a USB drive, a network share); null: none
 * @param generations how many of the newest backups are kept in each folder (besides one a month for a year)
 */
public record BackupSettings(Path folder, int generations) {

    public static final String FILE = "backup.properties";
    public static final int DEFAULT_GENERATIONS = 30;
    public static final int MAX_GENERATIONS = 999;
    public static final BackupSettings DEFAULT = new BackupSettings(null, DEFAULT_GENERATIONS);

    /** The settings of {@code dataDir}; the defaults when there is no file or it cannot be read. */
    public static BackupSettings load(Path dataDir) {
        Properties values = new Properties();
        try (InputStream in = Files.newInputStream(dataDir.resolve(FILE))) {
            values.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return DEFAULT;
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
        Path folder = null;
        String folderText = values.getProperty("folder", "").strip();
        if (!folderText.isEmpty()) {
            try {
                folder = Path.of(folderText);
            } catch (InvalidPathException e) {
                folder = null;
            }
        }
        int generations = DEFAULT_GENERATIONS;
        try {
            generations = Integer.parseInt(values.getProperty("generations", "").strip());
        } catch (NumberFormatException e) {
            generations = DEFAULT_GENERATIONS;
        }
        if (generations < 1 || generations > MAX_GENERATIONS) {
            generations = DEFAULT_GENERATIONS;
        }
        return new BackupSettings(folder, generations);
    }

    /** The folder as text ("" for none), as the file and the change history hold it. */
    public String folderText() {
        return folder == null ? "" : folder.toAbsolutePath().toString();
    }

    /** Writes the file whole or not at all (a temporary file moved into place). */
    void save(Path dataDir) throws IOException {
        Properties values = new Properties();
        values.setProperty("folder", folderText());
        values.setProperty("generations", Integer.toString(generations));
        Files.createDirectories(dataDir);
        Path partial = Files.createTempFile(dataDir, ".backup-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial);
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                values.store(writer, "Daicho backup settings (changed in the app: 設定 > バックアップ)");
            }
            try {
                Files.move(partial, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
