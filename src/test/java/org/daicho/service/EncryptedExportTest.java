package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Staff;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export written with a password (policy 2.3(2)⑦⑨): an ECMA-376 agile AES-256 / SHA-512 container that POI — like
 * Excel and LibreOffice — opens only with the password, under the form's usual .xlsx name.
 */
class EncryptedExportTest {

    private static final String PASSWORD = "kanri-Pass-2026";
    private static final FiscalYear FY2026 = new FiscalYear(2026);

    /** One store for the class: the tests only read it. */
    @TempDir
    static Path storeDir;
    private static DaichoServices services;

    @TempDir
    Path dir;

    private Path out;
    private final Messages messages = Messages.japanese();

    @BeforeAll
    static void makeStore() {
        services = ServiceFixtures.create(storeDir.resolve("store"));
        Staff manager = ServiceFixtures.manager(services);
        services.ledger().save(null, ServiceFixtures.assetDraft("PC-0001", manager.sectionId(), manager.id()));
    }

    @AfterAll
    static void closeStore() {
        services.close();
    }

    @BeforeEach
    void makeFolder() throws IOException {
        out = Files.createDirectory(dir.resolve("出力"));
    }

    private static ExportProtection password() {
        return ExportProtection.withPassword(PASSWORD.toCharArray());
    }

    private Path exportLedger() {
        ExportProtection protection = password();
        try {
            return services.exports().exportAssetLedger(services.ledger().entries(), "", out, protection, messages,
                    Progress.NONE);
        } finally {
            protection.clear();
        }
    }

    @Test
    void theEncryptedLedgerKeepsItsNameAndIsACompoundFileNotAZip() throws IOException {
        Path file = exportLedger();

        assertThat(file.getFileName().toString()).isEqualTo("機密性2_情報資産管理台帳_20261124.xlsx");
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(in.read(start)).isEqualTo(4);
        }
        assertThat(start).containsExactly(0xD0, 0xCF, 0x11, 0xE0);
    }

    @Test
    void itIsAgileEncryptionWithAes256AndSha512() throws IOException {
        Path file = exportLedger();

        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(container);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            assertThat(info.getHeader().getCipherAlgorithm()).isEqualTo(CipherAlgorithm.aes256);
            assertThat(info.getHeader().getHashAlgorithm()).isEqualTo(HashAlgorithm.sha512);
        }
    }

    @Test
    void withoutThePasswordItDoesNotOpen() throws IOException {
        Path file = exportLedger();

        assertThatThrownBy(() -> WorkbookFactory.create(file.toFile()).close())
                .isInstanceOf(EncryptedDocumentException.class);
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
            assertThat(decryptor.verifyPassword("kanri-Pass-2025")).isFalse();
            assertThat(decryptor.verifyPassword("")).isFalse();
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withThePasswordTheLedgerReadsAsWritten() throws Exception {
        Path file = exportLedger();

        try (XSSFWorkbook book = decrypt(file, PASSWORD)) {
            assertThat(texts(book.getSheetAt(0))).contains("PC-0001", "試験用端末", "事務室 施錠書庫A");
        }
    }

    @Test
    void theTrainingStatusIsEncryptedTooAndNamesItsPeople() throws Exception {
        assertThat(services.training().formsConfidentiality()).as("training forms list staff: 機密性2").isEqualTo(2);
        ExportProtection protection = password();
        Path file = services.training().exportStatus(FY2026, out, protection, messages, Progress.NONE);
        protection.clear();

        assertThat(file.getFileName().toString()).isEqualTo(services.training().statusFileName(FY2026, messages));
        assertThatThrownBy(() -> WorkbookFactory.create(file.toFile()).close())
                .isInstanceOf(EncryptedDocumentException.class);
        try (XSSFWorkbook book = decrypt(file, PASSWORD)) {
            assertThat(texts(book.getSheetAt(0))).contains("試験 太郎");
        }
    }

    @Test
    void theCarryLogIsEncryptedWithItsOwnClassInItsName() throws Exception {
        ExportProtection protection = password();
        Path file = services.carry().exportCarryLog(FY2026, out, protection, messages, Progress.NONE);
        protection.clear();

        assertThat(file.getFileName().toString()).isEqualTo(services.carry().carryLogFileName(FY2026, messages))
                .startsWith("機密性" + services.carry().carryLogConfidentiality(FY2026) + "_");
        try (XSSFWorkbook book = decrypt(file, PASSWORD)) {
            assertThat(texts(book.getSheetAt(0))).anyMatch(text -> text.contains("持出・持込記録簿"));
        }
    }

    @Test
    void aCancelledEncryptedExportLeavesNoFileAndNoPart() throws IOException {
        List<LedgerEntry> twoRows = new ArrayList<>(services.ledger().entries());
        twoRows.add(twoRows.get(0));
        ExportProtection protection = password();

        assertThatThrownBy(() -> services.exports().exportAssetLedger(twoRows, "", out, protection, messages,
                new CancelAtFirstRow())).isInstanceOf(CancellationException.class);

        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no workbook and no .part file").isEmpty();
        }
    }

    @Test
    void theHighestClassesThatPreselectEncryptionAreTheOnesInTheFileNames() {
        assertThat(services.exports().assetLedgerConfidentiality(services.ledger().entries())).isEqualTo(2);
        assertThat(services.exports().assetLedgerConfidentiality(List.of())).isEqualTo(1);
        assertThat(services.disposal().logConfidentiality(FY2026)).isEqualTo(1);
        assertThat(services.disposal().logFileName(FY2026.firstDay(), FY2026.lastDay(), messages)).startsWith("機密性1_");
    }

    /** Opens an encrypted .xlsx as Excel does after asking for the password. */
    static XSSFWorkbook decrypt(Path file, String password) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(container));
            assertThat(decryptor.verifyPassword(password)).as("the password opens the file").isTrue();
            try (InputStream plain = decryptor.getDataStream(container)) {
                return new XSSFWorkbook(plain);
            }
        }
    }

    private static List<String> texts(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                texts.add(format.formatCellValue(cell));
            }
        }
        return texts;
    }

    /** Stops as soon as the first row is written, as the 中止 button would. */
    private static final class CancelAtFirstRow implements Progress {
        private boolean cancelled;

        @Override
        public void update(long done, long total) {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
