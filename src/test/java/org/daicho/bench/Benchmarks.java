package org.daicho.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetFilter;
import org.daicho.domain.DateStyle;
import org.daicho.domain.HandlingRestriction;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.OrganisationSettings;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.forms.AssetLedgerForm;
import org.daicho.forms.FormProgress;
import org.daicho.i18n.Messages;
import org.daicho.service.DemoDataService;

/**
 * The performance targets of the foundation issue, measured (never asserted in unit tests):
 * <ul>
 *   <li>with 100,000 assets, each key press of the search box answers in under 50 ms;</li>
 *   <li>the ledger export writes 100,000 rows with -Xmx256m in under 1.5 × the time a bare SXSSF loop
 *       takes to write the same cells.</li>
 * </ul>
 * Run: {@code mvn -Pbench verify -DskipTests} (the profile starts this main with -Xmx256m).
 */
public final class Benchmarks {

    private static final int ROWS = 100_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Daicho benchmarks — %,d assets, max heap %d MB, %s%n", ROWS,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("java.version"));
        List<LedgerEntry> entries = syntheticLedger(ROWS);
        search(entries);
        export(entries);
    }

    static List<LedgerEntry> syntheticLedger(int count) {
        List<Section> sections = List.of(new Section(1L, "総務課", 0), new Section(2L, "業務課", 1),
                new Section(3L, "施設管理課", 2));
        List<Staff> staff = new ArrayList<>();
        int id = 1;
        for (Staff s : DemoDataService.syntheticStaff(500, sections, TODAY, new Random(1))) {
            staff.add(s.withId(id++));
        }
        List<Asset> assets = DemoDataService.syntheticAssets(count, sections, staff, TODAY, new Random(2));
        List<LedgerEntry> entries = new ArrayList<>(count);
        long assetId = 1;
        for (Asset asset : assets) {
            Staff manager = staff.get((int) (asset.managerStaffId() - 1));
            entries.add(new LedgerEntry(asset.withId(assetId++), sections.get((int) asset.sectionId() - 1).name(),
                    manager.name()));
        }
        return entries;
    }

    /** Typing a query one character at a time, as the search box sees it: domain filter and the table's lists. */
    static void search(List<LedgerEntry> entries) {
        // as AssetLedgerViewModel does: the ledger kept in the table's order, filtered into the shown list
        ObservableList<LedgerEntry> shown = FXCollections.observableArrayList(entries);
        String[] queries = {"sn1234", "md-00", "usbメモリ", "見本 花子", "施錠書庫"};
        for (int warm = 0; warm < 3; warm++) {
            for (String q : queries) {
                typeIn(q, shown, entries, new long[q.length()], new long[q.length()]);
            }
        }
        System.out.println();
        System.out.println("Search as you type (per key press, ms): domain filter alone | filter + the table's shown list");
        List<Long> allKeyPresses = new ArrayList<>();
        for (String q : queries) {
            long[] domain = new long[q.length()];
            long[] table = new long[q.length()];
            int left = typeIn(q, shown, entries, domain, table);
            for (long t : table) {
                allKeyPresses.add(t);
            }
            System.out.printf("  %-12s domain max %6.1f | table max %6.1f median %6.1f  (%,d rows left)%n", q,
                    max(domain) / 1e6, max(table) / 1e6, median(table) / 1e6, left);
        }
        long[] every = allKeyPresses.stream().mapToLong(Long::longValue).toArray();
        System.out.printf("  all key presses: median %.1f ms, worst %.1f ms (target < 50 ms)%n", median(every) / 1e6,
                max(every) / 1e6);
    }

    private static int typeIn(String query, ObservableList<LedgerEntry> shown, List<LedgerEntry> entries, long[] domain,
            long[] table) {
        for (int i = 1; i <= query.length(); i++) {
            AssetFilter filter = new AssetFilter(query.substring(0, i), null, null, null, null, null);
            long start = System.nanoTime();
            filter.apply(entries, TODAY);
            domain[i - 1] = System.nanoTime() - start;
            start = System.nanoTime();
            shown.setAll(filter.apply(entries, TODAY));
            table[i - 1] = System.nanoTime() - start;
        }
        return shown.size();
    }

    /** The ledger export against a bare SXSSF loop writing the same cells (same values, no layout). */
    static void export(List<LedgerEntry> entries) throws IOException {
        Messages messages = Messages.japanese();
        OrganisationSettings settings = new OrganisationSettings("架空市見本町環境衛生事業組合（ベンチマーク）",
                List.of("担当", "係長", "課長", "事務局長"), DateStyle.WAREKI, OrganisationSettings.defaultPrefixes());
        Path dir = Files.createTempDirectory("daicho-bench");
        AssetLedgerForm form = new AssetLedgerForm(messages, settings);
        System.out.println();
        System.out.println("Ledger export of " + entries.size() + " rows (s): bare SXSSF loop | AssetLedgerForm | ratio");
        List<Double> ratios = new ArrayList<>();
        long peak = 0;
        for (int round = 1; round <= 5; round++) {
            // alternate which runs first, so that neither always inherits the other's garbage
            long bare = 0;
            long daicho = 0;
            for (int turn = 0; turn < 2; turn++) {
                boolean bareTurn = (round + turn) % 2 == 0;
                System.gc();
                long start = System.nanoTime();
                if (bareTurn) {
                    bareLoop(entries, messages, settings.dateStyle(), dir.resolve("bare.xlsx"));
                    bare = System.nanoTime() - start;
                } else {
                    try (OutputStream out = Files.newOutputStream(dir.resolve("form.xlsx"))) {
                        form.write(entries, "", TODAY, out, FormProgress.NONE);
                    }
                    daicho = System.nanoTime() - start;
                }
                peak = Math.max(peak, Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
            }
            double ratio = (double) daicho / bare;
            ratios.add(ratio);
            System.out.printf("  round %d: %6.2f | %6.2f | %.2f   (files %,d KB and %,d KB)%n", round, bare / 1e9,
                    daicho / 1e9, ratio, Files.size(dir.resolve("bare.xlsx")) / 1024,
                    Files.size(dir.resolve("form.xlsx")) / 1024);
        }
        ratios.sort(null);
        System.out.printf("  median ratio %.2f, best %.2f (target < 1.5); heap in use at the end of a run up to %d MB of %d MB%n",
                ratios.get(ratios.size() / 2), ratios.get(0), peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.deleteIfExists(dir.resolve("bare.xlsx"));
        Files.deleteIfExists(dir.resolve("form.xlsx"));
        Files.deleteIfExists(dir);
    }

    /** The cells of forms.md A written the plainest way: strings, numbers and 和暦 text, nothing else. */
    private static void bareLoop(List<LedgerEntry> entries, Messages messages, DateStyle style, Path file)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("台帳");
            int r = 0;
            for (LedgerEntry e : entries) {
                Asset a = e.asset();
                Row row = sheet.createRow(r++);
                Object[] values = {a.assetNo(), a.businessCategory(), a.name(), messages.label(a.kind()), a.medium(),
                    messages.label(a.networkZone()), a.maker(), a.model(), a.serialNo(), e.sectionName(),
                    e.managerName(), a.users(), a.classes().confidentiality(), a.classes().integrity(),
                    a.classes().availability(), restrictions(a, messages), messages.label(a.personalInfo()),
                    a.storagePlace(), a.lockedStorage() ? "○" : "×", a.encrypted() ? "○" : "×",
                    style.format(a.acquiredOn()), messages.label(a.ownership()), style.format(a.leaseEndsOn()),
                    messages.label(a.status()), style.format(a.retentionUntil()), style.format(a.registeredOn()),
                    style.format(a.lastReviewedOn()), a.disposalRecordNo(), a.note()};
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    if (values[c] instanceof Integer number) {
                        cell.setCellValue(number);
                    } else {
                        cell.setCellValue((String) values[c]);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static String restrictions(Asset asset, Messages messages) {
        List<HandlingRestriction> rules = asset.restrictions();
        StringBuilder text = new StringBuilder();
        for (HandlingRestriction rule : rules) {
            if (text.length() > 0) {
                text.append('、');
            }
            text.append(messages.get("restriction." + rule.name()));
        }
        return text.toString();
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static long median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
