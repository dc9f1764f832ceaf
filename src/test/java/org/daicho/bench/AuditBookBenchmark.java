package org.daicho.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.daicho.domain.FiscalYear;
import org.daicho.i18n.Messages;
import org.daicho.service.AuditBookService;
import org.daicho.service.DaichoServices;
import org.daicho.service.ExportProtection;
import org.daicho.service.Progress;
import org.daicho.service.VerifyResult;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Issue 7's first target, measured (never asserted in unit tests): with the ten-year store ({@link TenYearData}),
 * one year's 監査証跡ブック is written with {@code -Xmx256m} in under 1.5 × the time a bare POI SXSSF loop takes to
 * write the same cells.
 *
 * <p>How the comparison is kept fair: the book is exported as the app does it ({@link AuditBookService#export}:
 * the queries, the check of the year's change history it makes while writing, styles, print setup, each sheet's SHA-256, the atomic file).
 * Then, untimed, its cells are read back once with POI's streaming SAX reader into a plain dump file (sheet name;
 * per row the cells as text or number). The bare loop reads that dump and writes exactly those cells — same
 * sheets, same rows and columns, same values — into an {@code SXSSFWorkbook} with no styles, no layout and no
 * data from the store. Reading the dump alone is timed too and reported (it is part of the bare loop's time, and
 * small). So the ratio is what the app's book costs over the cheapest way POI can write its cells.
 *
 * <p>Peak heap is the sum of the heap pools' peaks while the export ran (MemoryMXBean); run with
 * {@code -Xlog:gc:file=…} for the collector's own account.
 *
 * <p>Run: {@code mvn -Pbench verify -DskipTests} (execution {@code bench-auditbook}, -Xmx256m), or
 * {@code java -Xmx256m -cp … org.daicho.bench.AuditBookBenchmark [store folder] [--rounds N] [--year 2026]
 * [--verify]}; {@code --verify} also times the whole-store 改ざんチェック, which the book does not run.
 */
public final class AuditBookBenchmark {

    private static final byte TEXT = 1;
    private static final byte NUMBER = 2;
    private static final byte ROW = 3;
    private static final byte SHEET = 4;

    private AuditBookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = TenYearData.DEFAULT_DIR;
        int rounds = 2;
        int yearStart = 2026;
        boolean verifyToo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--year" -> yearStart = Integer.parseInt(args[++i]);
                case "--verify" -> verifyToo = true;
                default -> dir = Paths.get(args[i]);
            }
        }
        System.out.printf("Audit book benchmark — max heap %d MB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        System.out.println(TenYearData.describe(TenYearData.ensure(dir, 1.0)));
        FiscalYear year = new FiscalYear(yearStart);
        Path work = Files.createTempDirectory("daicho-auditbook-bench");
        Path book = work.resolve("book.xlsx");
        Path bare = work.resolve("bare.xlsx");
        Path dump = work.resolve("cells.dump");
        Messages messages = Messages.japanese();

        try (DaichoServices services = HomeScreenBenchmark.login(dir)) {
            AuditBookService audit = services.auditBook();
            System.out.println("book holds: " + audit.contents(year));

            long start = System.nanoTime();
            if (verifyToo) {
                VerifyResult verify = services.history().verify();
                System.out.printf("the whole-store tamper check (not part of the book): %.1f s, %,d entries, %s%n",
                        (System.nanoTime() - start) / 1e9, verify.entriesChecked(), verify.intact() ? "intact" : "BROKEN");
            }

            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                System.gc();
                HomeScreenBenchmark.resetPeaks();
                start = System.nanoTime();
                AuditBookService.Export export = audit.export(year, book, ExportProtection.NONE, messages,
                        Progress.NONE);
                double bookSeconds = (System.nanoTime() - start) / 1e9;
                long bookPeak = HomeScreenBenchmark.peakHeap();
                if (round == 1) {
                    System.out.println("  " + export.chain().summary(messages));
                    for (AuditBookService.Sheet sheet : export.sheets()) {
                        System.out.printf("  sheet %-24s %,10d rows%n", sheet.name(), sheet.rows());
                    }
                    start = System.nanoTime();
                    long cells = dumpCells(book, dump);
                    System.out.printf("  (untimed) read back %,d cells in %.1f s into a %,d KB dump%n", cells,
                            (System.nanoTime() - start) / 1e9, Files.size(dump) >> 10);
                }
                System.gc();
                HomeScreenBenchmark.resetPeaks();
                start = System.nanoTime();
                readDump(dump, null);
                double readSeconds = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                writeBare(dump, bare);
                double bareSeconds = (System.nanoTime() - start) / 1e9;
                long barePeak = HomeScreenBenchmark.peakHeap();
                double ratio = bookSeconds / bareSeconds;
                ratios.add(ratio);
                System.out.printf("round %d: audit book %.1f s (peak heap %d MB, %,d KB) | bare SXSSF loop %.1f s "
                        + "(of which reading the dump %.1f s; peak heap %d MB, %,d KB) | ratio %.2f%n", round,
                        bookSeconds, bookPeak >> 20, Files.size(book) >> 10, bareSeconds, readSeconds, barePeak >> 20,
                        Files.size(bare) >> 10, ratio);
            }
            ratios.sort(null);
            System.out.printf("ratio median %.2f, best %.2f (target < 1.5)%n", ratios.get(ratios.size() / 2),
                    ratios.get(0));
        } finally {
            for (Path p : List.of(book, bare, dump, work)) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Reads every cell of every sheet with the SAX reader and writes them in order to {@code dump}. */
    static long dumpCells(Path xlsx, Path dump) throws Exception {
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dump),
                     1 << 16))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    out.writeByte(SHEET);
                    out.writeUTF(sheets.getSheetName());
                    XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            write(() -> {
                                out.writeByte(ROW);
                                out.writeInt(rowNum);
                            });
                        }

                        @Override
                        public void endRow(int rowNum) {
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            int column = new CellReference(ref).getCol();
                            cells[0]++;
                            write(() -> {
                                if (isNumber(value)) {
                                    out.writeByte(NUMBER);
                                    out.writeShort(column);
                                    out.writeDouble(Double.parseDouble(value));
                                } else {
                                    out.writeByte(TEXT);
                                    out.writeShort(column);
                                    writeText(out, value == null ? "" : value);
                                }
                            });
                        }
                    };
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler,
                            new org.apache.poi.ss.usermodel.DataFormatter(), false));
                    parser.parse(new InputSource(in));
                }
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
        return cells[0];
    }

    private interface IoWork {
        void run() throws IOException;
    }

    private static void write(IoWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A whole number or decimal as POI writes a numeric cell; anything else (dates as 和暦 text, codes) is text. */
    private static boolean isNumber(String value) {
        return value != null && value.matches("-?\\d{1,15}(\\.\\d+)?");
    }

    /** Text longer than writeUTF's 64 KB limit is written in chunks; cells hold at most 32,767 characters. */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        out.writeInt(text.length());
        out.writeChars(text);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = in.readChar();
        }
        return new String(chars);
    }

    /** The bare loop: the dump's cells into an SXSSF workbook, nothing else. {@code out} null only reads. */
    static void writeBare(Path dump, Path out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream file = Files.newOutputStream(out)) {
            readDump(dump, workbook);
            workbook.write(file);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void readDump(Path dump, SXSSFWorkbook workbook) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dump), 1 << 16))) {
            Sheet sheet = null;
            Row row = null;
            while (true) {
                byte tag;
                try {
                    tag = in.readByte();
                } catch (EOFException end) {
                    return;
                }
                switch (tag) {
                    case SHEET -> {
                        String name = in.readUTF();
                        sheet = workbook == null ? null : workbook.createSheet(name);
                    }
                    case ROW -> {
                        int r = in.readInt();
                        row = sheet == null ? null : sheet.createRow(r);
                    }
                    case NUMBER -> {
                        int c = in.readShort();
                        double value = in.readDouble();
                        if (row != null) {
                            Cell cell = row.createCell(c);
                            cell.setCellValue(value);
                        }
                    }
                    case TEXT -> {
                        int c = in.readShort();
                        String value = readText(in);
                        if (row != null) {
                            row.createCell(c).setCellValue(value);
                        }
                    }
                    default -> throw new IOException("bad dump tag " + tag);
                }
            }
        }
    }
}
