package org.daicho.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.daicho.domain.LedgerEntry;
import org.daicho.forms.AssetLedgerForm;
import org.daicho.forms.FormProgress;
import org.daicho.i18n.Messages;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes the Excel forms. A form is written to a temporary file beside the target and moved into place
 * only when complete, so a cancelled or failed export never leaves a partial file.
 */
public final class ExportService {

    private final SettingsService settings;
    private final Clock clock;

    ExportService(SettingsService settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The file name the app gives the ledger export, with its classification (policy 2.3(2)②). */
    public String assetLedgerFileName(List<LedgerEntry> entries, Messages messages) {
        return new AssetLedgerForm(messages, settings.settings())
                .fileName(AssetLedgerForm.highestConfidentiality(entries), LocalDate.now(clock));
    }

    /** The highest 機密性 of {@code entries} (1 when none): 2 or more pre-selects encryption (policy 2.3(2)⑦⑨). */
    public int assetLedgerConfidentiality(List<LedgerEntry> entries) {
        return AssetLedgerForm.highestConfidentiality(entries);
    }

    /**
     * Writes the 情報資産管理台帳 of {@code entries}.
     *
     * @param out a file, or an existing folder in which the file is named as {@link #assetLedgerFileName} says
     * @param protection plain, or encrypted with a password; the file keeps its .xlsx name either way (Excel asks for
     *                   the password on opening). The caller clears it after the export.
     * @return the file written
     * @throws CancellationException when {@code progress} was cancelled (nothing is left behind)
     * @throws ExportException       when the folder is missing or the file cannot be written
     */
    public Path exportAssetLedger(List<LedgerEntry> entries, String filterDescription, Path out,
            ExportProtection protection, Messages messages, Progress progress) {
        AssetLedgerForm form = new AssetLedgerForm(messages, settings.settings());
        LocalDate today = LocalDate.now(clock);
        Path target = target(out, form.fileName(AssetLedgerForm.highestConfidentiality(entries), today));
        writeAtomically(target, protection,
                stream -> form.write(entries, filterDescription, today, stream, asFormProgress(progress)));
        return target;
    }

    /**
     * Where an export goes: a folder gets the form's own file name (with its classification); anything else must
     * be an .xlsx file — "--out ./exports" meant a folder, and a file called "exports" is never written.
     */
    static Path target(Path out, String fileName) {
        if (Files.isDirectory(out)) {
            return out.resolve(fileName);
        }
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new ExportException("export.error.folder", null, out.toAbsolutePath());
        }
        return out;
    }

    static FormProgress asFormProgress(Progress progress) {
        return (done, total) -> {
            progress.update(done, total);
            return !progress.isCancelled();
        };
    }

    @FunctionalInterface
    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    static void writeAtomically(Path target, StreamWriter writer) {
        writeAtomically(target, ExportProtection.NONE, writer);
    }

    /**
     * Writes {@code target} through a hidden .part file moved into place only when complete; with a password the
     * workbook goes straight into an ECMA-376 agile encrypted container (AES-256 / SHA-512, toolchain.md), so the
     * plain workbook never touches the disk.
     */
    static void writeAtomically(Path target, ExportProtection protection, StreamWriter writer) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("export.error.folder", null, String.valueOf(folder));
        }
        Path partial;
        try {
            partial = Files.createTempFile(folder, ".daicho-", ".part");
            // if the app is closed mid-export the worker thread dies without its finally: clean up at exit
            partial.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new ExportException("export.error.write", e, target.toString());
        }
        boolean done = false;
        try {
            try (OutputStream stream = Files.newOutputStream(partial)) {
                if (protection.encrypted()) {
                    writeEncrypted(stream, protection.password().orElseThrow(), writer);
                } else {
                    writer.write(stream);
                }
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } catch (IOException e) {
            throw new ExportException("export.error.write", e, target.toString());
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the partial file is hidden and named .part; nothing more can be done here
                }
            }
        }
    }

    private static void writeEncrypted(OutputStream out, char[] password, StreamWriter writer) throws IOException {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512,
                    -1, -1, null);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(new String(password));
            // the agile encryptor buffers the encrypted package in a temporary file, not in memory
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                writer.write(encrypted);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            container.writeFilesystem(out);
        }
    }
}
