package org.daicho.crash;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.daicho.domain.AttendanceMark;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.Comprehension;
import org.daicho.domain.LedgerEntry;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingSession;
import org.daicho.service.DaichoServices;
import org.daicho.testing.TestStores;

/**
 * Run in a child JVM by {@link KillTest}: logs in to the test store in the folder given as the first argument and
 * writes records through the real services in a loop until it is killed, printing one line per commit, flushed,
 * only after the commit returned:
 * <pre>
 * ACK asset &lt;id&gt; &lt;version&gt;   an asset added (version 0) or changed (version n), with its history entry
 * ACK session &lt;id&gt;          a training session added
 * ACK mark &lt;session&gt; &lt;n&gt;     n people marked 出席 for it in one transaction, n history entries with them
 * </pre>
 * The second argument makes the 管理番号 of this run unique; the optional third is how many writes to make before
 * stopping by itself (default {@link #MAX_WRITES}).
 */
public final class CrashWriter {

    static final int MAX_WRITES = 400;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        String run = args[1];
        int writes = args.length > 2 ? Integer.parseInt(args[2]) : MAX_WRITES;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        try (DaichoServices services = TestStores.open(dataDir, Clock.systemDefaultZone())) {
            // the staff the test made (employed since 2010), not the administrator hired on the day the store was made
            List<Staff> staff = services.staff().all().stream().filter(m -> m.staffNo().startsWith("C")).toList();
            List<Long> staffIds = staff.stream().map(Staff::id).toList();
            long section = staff.get(0).sectionId();
            long manager = staff.get(0).id();
            out.println("READY");
            out.flush();
            List<LedgerEntry> mine = new ArrayList<>();
            for (int i = 0; i < writes; i++) {
                switch (i % 4) {
                    case 0, 1 -> {
                        LedgerEntry added = services.ledger().save(null,
                                CrashRecords.asset("K" + run + "-" + i, 0, section, manager));
                        mine.add(added);
                        ack(out, "asset " + added.asset().id() + " 0");
                    }
                    case 2 -> {
                        LedgerEntry last = mine.get(mine.size() - 1);
                        int version = CrashRecords.versionOf(last) + 1;
                        LedgerEntry changed = services.ledger().save(last.asset().id(),
                                CrashRecords.asset(last.asset().assetNo(), version, section, manager));
                        mine.set(mine.size() - 1, changed);
                        ack(out, "asset " + changed.asset().id() + " " + version);
                    }
                    default -> {
                        TrainingSession session = services.training().saveSession(null,
                                CrashRecords.session("強制終了試験 " + run + "-" + i));
                        ack(out, "session " + session.id());
                        services.training().mark(new AttendanceMark(session.id(), staffIds, AttendanceResult.ATTENDED,
                                Comprehension.GOOD, "", null));
                        ack(out, "mark " + session.id() + " " + staffIds.size());
                    }
                }
            }
            out.println("DONE");
            out.flush();
        }
    }

    private static void ack(PrintStream out, String what) {
        out.println("ACK " + what);
        out.flush();
    }
}
