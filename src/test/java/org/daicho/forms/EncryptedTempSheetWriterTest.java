package org.daicho.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daicho.domain.DateStyle;
import org.daicho.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * A streamed sheet's rows wait in a temporary file until the workbook is written; that file never holds them in
 * plain text (policy 2.3(2)①(イ), ③(ウ)), and the workbook still gets every row back whole.
 */
class EncryptedTempSheetWriterTest {

    private static final String SECRET = "機密性3 試験用の秘密の値";

    @Test
    void rowsWaitEncryptedInTheTempFolderAndComeBackWholeInTheWorkbook() throws IOException {
        int rows = FormWorkbook.ROW_WINDOW * 30; // far more than stay in memory: most go to the temp file
        List<Path> before = poiTempFiles();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormWorkbook book = new FormWorkbook(Messages.japanese(), TrainingFormFixtures.settings(DateStyle.WAREKI),
                "試験台帳", 3, LocalDate.of(2026, 11, 24))) {
            FormSheet sheet = book.createSheet("試験台帳", List.of(new FormColumn("番号", 8), new FormColumn("内容", 30)));
            sheet.writeTitleBlock("試験");
            for (int i = 1; i <= rows; i++) {
                sheet.addRow().number(i).text(SECRET + " " + i);
            }
            sheet.finish();

            List<Path> written = new ArrayList<>(poiTempFiles());
            written.removeAll(before);
            assertThat(written).as("the sheet's temporary file").isNotEmpty();
            byte[] plain = SECRET.getBytes(StandardCharsets.UTF_8);
            for (Path file : written) {
                byte[] content = Files.readAllBytes(file);
                assertThat(content.length).as("rows were flushed to %s", file).isGreaterThan(rows * 10);
                assertThat(indexOf(content, plain)).as("%s holds the value in plain text", file).isEqualTo(-1);
                assertThat(indexOf(content, "<row".getBytes(StandardCharsets.US_ASCII))).as("%s holds XML", file)
                        .isEqualTo(-1);
            }
            book.write(out);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = read.getSheet("試験台帳");
            int found = 0;
            for (var row : sheet) {
                var cell = row.getCell(1);
                if (cell != null && cell.getStringCellValue().startsWith(SECRET)) {
                    found++;
                    assertThat(cell.getStringCellValue()).isEqualTo(SECRET + " " + found);
                }
            }
            assertThat(found).isEqualTo(rows);
        }
        assertThat(poiTempFiles()).as("the temporary files are deleted").containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> poiTempFiles() throws IOException {
        Path folder = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf")).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
