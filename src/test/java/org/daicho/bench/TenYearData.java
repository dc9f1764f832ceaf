package org.daicho.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.daicho.domain.Account;
import org.daicho.domain.Asset;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Attendance;
import org.daicho.domain.AttendanceResult;
import org.daicho.domain.CarryDevice;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.CarryRules;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.Comprehension;
import org.daicho.domain.DisposalDecision;
import org.daicho.domain.DisposalDraft;
import org.daicho.domain.DisposalEnd;
import org.daicho.domain.DisposalExecution;
import org.daicho.domain.DisposalPlace;
import org.daicho.domain.DisposalRecord;
import org.daicho.domain.DisposalStatus;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FieldChanges;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Role;
import org.daicho.domain.SanitisationMethod;
import org.daicho.domain.SanitisationTechnique;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.domain.TrainingFormat;
import org.daicho.domain.TrainingKind;
import org.daicho.domain.TrainingSession;
import org.daicho.domain.TrainingTarget;
import org.daicho.service.DaichoServices;
import org.daicho.service.DemoDataService;
import org.daicho.store.AssetRepository;
import org.daicho.store.Database;
import org.daicho.store.HistoryChain;
import org.daicho.store.HistoryRepository;
import org.daicho.store.KeySlots;
import org.daicho.store.SectionRepository;
import org.daicho.store.StaffRepository;
import org.daicho.testing.MutableClock;
import org.daicho.testing.TestStores;

/**
 * A synthetic ten-year store (fiscal years 2017–2026) for the performance targets of issue 7: at scale 1,
 * 100,000 assets, 500,000 持出・持込 records, 50,000 disposals, 500 staff with ten years of training attendance
 * and 1,000,000 change-history entries whose hash chain and record replay verify. Every name is made up.
 *
 * <p>The store is a real encrypted store made as the app makes one ({@link TestStores}: administrator
 * {@code admin} / {@link TestStores#PASSWORD}); the records are then written with plain JDBC batches straight
 * into the tables, a few thousand rows per transaction, and the history entries are chained exactly as
 * {@link HistoryRepository#appendAll} chains them ({@link HistoryChain#hash}), in time order.
 *
 * <p>Each record is a pure function of its index (its own seeded random), so the rows and the states its
 * history replays are computed twice without being held in memory; only the list of history events (one long
 * each) is sorted in memory. Old 持出 records carry a single CREATE entry with their final state ("transcribed
 * from the paper log"); the newest ones get their whole 申請 → 許可 → 持出 → 返却 history, as many as the
 * history budget allows, so that the total is the target count.
 *
 * <p>Run: {@code java -cp … org.daicho.bench.TenYearData [--scale 1] [--dir /tmp/daicho-tenyear]}. The folder
 * is kept and reused while its marker file names the same generator version and scale.
 */
public final class TenYearData {

    /** Bump when the data changes, so that a cached store is made again. */
    public static final int VERSION = 1;
    public static final String MARKER = "tenyear.properties";
    public static final Path DEFAULT_DIR = Paths.get(System.getProperty("java.io.tmpdir"), "daicho-tenyear");

    /** "Now" in the data: the last day of the data set, in fiscal year 2026. */
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 9, 0);
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    static final LocalDate START = LocalDate.of(2017, 4, 1);
    private static final LocalDateTime EPOCH = START.atStartOfDay();
    /** The day the paper ledger was entered: assets acquired before it are registered on it. */
    private static final LocalDate LEDGER_LOAD = LocalDate.of(2017, 4, 3);

    private static final int BATCH = 1000;
    private static final int ROWS_PER_TRANSACTION = 20_000;

    static final List<String> SECTIONS = List.of("総務課", "企画課", "会計課", "業務課", "施設管理課", "環境保全課",
            "計量管理課", "情報管理室");
    static final OrganisationSetup SETUP = new OrganisationSetup("架空市見本町環境衛生事業組合（十年分の試験データ）",
            SECTIONS, List.of("担当", "係長", "課長", "事務局長"));

    // made-up family and given names (none is a real person; combined they only sound like names)
    private static final String[][] FAMILY = {
        {"試験", "しけん"}, {"見本", "みほん"}, {"仮名", "かめい"}, {"架空", "かくう"}, {"例示", "れいじ"},
        {"模擬", "もぎ"}, {"検証", "けんしょう"}, {"練習", "れんしゅう"}, {"標本", "ひょうほん"}, {"雛形", "ひながた"},
        {"試作", "しさく"}, {"参考", "さんこう"}, {"仮置", "かりおき"}};
    private static final String[][] GIVEN = {
        {"太郎", "たろう"}, {"花子", "はなこ"}, {"一郎", "いちろう"}, {"次郎", "じろう"}, {"桜", "さくら"},
        {"葵", "あおい"}, {"翔", "しょう"}, {"恵", "めぐみ"}, {"健", "けん"}, {"陽子", "ようこ"}, {"誠", "まこと"},
        {"三郎", "さぶろう"}, {"明日香", "あすか"}, {"大地", "だいち"}};
    private static final String[] MAKERS = {"サンプル電機", "テスト工業", "架空精機", "見本データ", "デモ通信"};
    private static final String[] PLACES = {"事務室 施錠書庫A", "事務室 キャビネット2", "サーバ室 ラック1",
        "会議室 備品棚", "施設管理棟 保管庫", "総務課 金庫"};
    private static final String[] CATEGORIES = {"総務事務", "ごみ収集運搬", "施設運転管理", "会計事務", "人事給与"};
    private static final String[] PURPOSES = {"住民説明会の資料投影", "施設点検の記録", "研修会での説明",
        "関係機関との打合せ", "現地調査の記録", "災害対応訓練"};
    private static final String[] DESTINATIONS = {"見本町公民館", "第一処理施設", "県庁 会議室", "架空市役所",
        "最終処分場", "見本町防災センター"};

    /** What a generated store holds: the counts the test and the benchmarks check. */
    public record Summary(Path dir, double scale, int staff, int assets, int carries, int disposals, int sessions,
            int attendance, long history, Duration took, long storeBytes) {
    }

    private final Path dir;
    private final double scale;
    private final int staffCount;
    private final int assetCount;
    private final int carryCount;
    private final int disposalCount;
    private final long historyTarget;
    private final long spanSeconds;

    // filled while generating
    private List<Section> sections;
    private final List<Staff> staff = new ArrayList<>();
    private final List<TrainingSession> sessions = new ArrayList<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private long adminAccount;
    private long kanriAccount;
    private long tantoAccount;
    private long kanriStaff;
    private long paperApproverStaff;
    private long tantoStaff;
    /** Asset indexes that a disposal names; never chosen for a 持出. */
    private final BitSet disposalAssets = new BitSet();
    /** Asset indexes that may be carried out, in index order. */
    private int[] carryable;
    /** For each asset index now 持出中, the carry index that took it out. */
    private final Map<Integer, Integer> outNow = new HashMap<>();
    /** For each asset index named by a disposal, the disposal index. */
    private int[] disposalOfAsset;
    /** The first history stage written for each carry (0 = the whole life; its last stage = one CREATE). */
    private byte[] carryFirstStage;

    private TenYearData(Path dir, double scale) {
        this.dir = dir;
        this.scale = scale;
        this.staffCount = Math.max(20, (int) Math.round(500 * scale));
        this.assetCount = Math.max(50, (int) Math.round(100_000 * scale));
        this.carryCount = Math.max(100, (int) Math.round(500_000 * scale));
        this.disposalCount = Math.max(10, (int) Math.round(50_000 * scale));
        this.historyTarget = Math.round(1_000_000 * scale);
        this.spanSeconds = Duration.between(EPOCH, NOW).getSeconds();
        if (carryCount >= (1 << 20) || assetCount >= (1 << 20)) {
            throw new IllegalArgumentException("scale " + scale + " is too large for the event encoding");
        }
    }

    public static void main(String[] args) {
        double scale = 1.0;
        Path dir = DEFAULT_DIR;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scale" -> scale = Double.parseDouble(args[++i]);
                case "--dir" -> dir = Paths.get(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Summary summary = ensure(dir, scale);
        System.out.println(describe(summary));
    }

    public static String describe(Summary s) {
        return String.format("ten-year store %s (scale %s): %,d staff, %,d assets, %,d carry records, %,d disposals, "
                + "%,d sessions, %,d attendance rows, %,d history entries; generated in %.1f s, store %,d MB",
                s.dir(), s.scale(), s.staff(), s.assets(), s.carries(), s.disposals(), s.sessions(), s.attendance(),
                s.history(), s.took().toMillis() / 1000.0, s.storeBytes() / (1024 * 1024));
    }

    /** A clock standing at {@link #NOW}, as the benchmarks open the store. */
    public static Clock clock() {
        return new MutableClock(NOW.atZone(ZONE).toInstant(), ZONE);
    }

    /**
     * The store in {@code dir}: reused when its marker names this generator version and scale, otherwise
     * (re)made. Returns the summary recorded when it was made.
     */
    public static Summary ensure(Path dir, double scale) {
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker) && Database.exists(dir)) {
            Properties p = load(marker);
            if (String.valueOf(VERSION).equals(p.getProperty("version"))
                    && String.valueOf(scale).equals(p.getProperty("scale"))) {
                return fromProperties(dir, p);
            }
        }
        deleteFolder(dir);
        return generate(dir, scale);
    }

    /** Makes a new store in {@code dir} (which must not hold one) and writes its marker. */
    public static Summary generate(Path dir, double scale) {
        long start = System.nanoTime();
        TenYearData data = new TenYearData(dir, scale);
        long history = data.run();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        Summary summary = new Summary(dir, scale, data.staff.size(), data.assetCount, data.carryCount,
                data.disposalCount, data.sessions.size(), data.attendance.size(), history, took, size(dir));
        writeMarker(dir.resolve(MARKER), summary);
        return summary;
    }

    // ---- the run ---------------------------------------------------------------------------------------

    private long phaseStart = System.nanoTime();

    /** Prints how long the last phase took (generation of the full store takes minutes; say where they go). */
    private void phase(String name) {
        long now = System.nanoTime();
        System.out.printf("  %-28s %6.1f s%n", name, (now - phaseStart) / 1e9);
        phaseStart = now;
    }

    private long run() {
        MutableClock clock = new MutableClock(START.atTime(8, 0).atZone(ZONE).toInstant(), ZONE);
        try (DaichoServices services = TestStores.create(dir, SETUP, clock)) {
            sections = services.settings().sections();
            adminAccount = services.actor().accountId();
        }
        phase("store made");
        Database db = openDatabase();
        try {
            db.inTransaction(this::insertStaff);
        } finally {
            db.close();
        }
        // the two accounts that apply and permit, made through the service as the window makes them
        try (DaichoServices services = TestStores.open(dir, clock)) {
            kanriAccount = services.accounts().create("kanri", kanriStaff, EnumSet.of(Role.SECURITY_MANAGER),
                    TestStores.PASSWORD.toCharArray()).id();
            tantoAccount = services.accounts().create("tanto", tantoStaff, EnumSet.of(Role.CLERK),
                    TestStores.PASSWORD.toCharArray()).id();
        }
        phase("staff and accounts");
        db = openDatabase();
        try {
            planAssets();
            phase("planned");
            insertAssets(db);
            phase("assets");
            insertDisposals(db);
            phase("disposals");
            insertCarries(db);
            phase("carry records");
            insertTraining(db);
            phase("training");
            long entries = writeHistory(db);
            phase("history");
            return entries;
        } finally {
            db.close();
            phase("closed");
        }
    }

    private Database openDatabase() {
        try {
            return Database.open(dir, KeySlots.load(dir).open(TestStores.ADMIN, TestStores.PASSWORD.toCharArray()));
        } catch (org.daicho.store.Secrets.WrongSecretException e) {
            throw new IllegalStateException("the generated store does not open with the test password", e);
        }
    }

    // ---- staff -----------------------------------------------------------------------------------------

    /**
     * Staff: the first of each section is its 情報セキュリティ管理者, the next one the 情報システム管理者; 60 % were hired
     * before the ledger began, the rest on 1 April of a later year (a few in the autumn); one in four of those
     * who are not role holders leaves on a day between hiring and now. 非常勤・臨時 sign their 同意書 on their
     * first day, except every seventh.
     */
    private Void insertStaff(Connection c) throws SQLException {
        StaffRepository repository = new StaffRepository();
        int nsec = sections.size();
        for (int k = 0; k < staffCount; k++) {
            SplittableRandom r = random(1, k);
            String[] family = FAMILY[k % FAMILY.length];
            String[] given = GIVEN[(k / FAMILY.length + k) % GIVEN.length];
            EmploymentType type = k % 4 != 3 || k <= nsec + 1 ? EmploymentType.REGULAR
                    : EmploymentType.values()[1 + (k / 4) % (EmploymentType.values().length - 1)];
            boolean early = k <= nsec + 1 || k < staffCount * 6 / 10;
            LocalDate hired;
            if (early) {
                hired = LocalDate.of(1990 + r.nextInt(27), 4, 1).plusDays(r.nextInt(3) == 0 ? r.nextInt(300) : 0);
            } else {
                int year = 2017 + (k - staffCount * 6 / 10) * 10 / (staffCount - staffCount * 6 / 10);
                hired = LocalDate.of(Math.min(year, 2026), 4, 1).plusMonths(k % 9 == 4 ? 6 : 0);
                if (!hired.isBefore(NOW.toLocalDate())) {
                    hired = LocalDate.of(2026, 4, 1);
                }
            }
            LocalDate left = null;
            if (k > nsec + 1 && k % 4 == 1) {
                LocalDate from = later(hired.plusYears(1), START.plusDays(30));
                long days = Duration.between(from.atStartOfDay(), NOW.toLocalDate().atStartOfDay()).toDays();
                if (days > 30) {
                    left = from.plusDays(r.nextLong(days - 1));
                }
            }
            LocalDate consent = type.needsConsent() && k % 7 != 6 ? hired : null;
            Staff s = new Staff(null, String.format("B%05d", 1 + k), family[0] + " " + given[0],
                    family[1] + " " + given[1], sections.get(k % nsec).id(), type, hired, left, k < nsec, k == nsec,
                    consent);
            staff.add(repository.insert(c, s));
        }
        kanriStaff = staff.get(0).id();
        paperApproverStaff = staff.get(1).id();
        tantoStaff = staff.get(nsec + 1).id();
        return null;
    }

    /** The staff as first recorded: without the day they left (recorded when they left). */
    private static Staff hiredState(Staff s) {
        return new Staff(s.id(), s.staffNo(), s.name(), s.kana(), s.sectionId(), s.employmentType(), s.hiredOn(), null,
                s.securityManager(), s.systemManager(), s.consentOn());
    }

    private LocalDateTime staffCreatedAt(Staff s) {
        return s.hiredOn().isAfter(START) ? s.hiredOn().atTime(8, 45) : START.atTime(9, 0);
    }

    // ---- assets ----------------------------------------------------------------------------------------

    /** 40 % of the assets were entered on the ledger's first day, the rest registered evenly until now. */
    private LocalDate registeredOn(int i) {
        int initial = assetCount * 4 / 10;
        if (i < initial) {
            return LEDGER_LOAD;
        }
        long days = Duration.between(LEDGER_LOAD.atStartOfDay(), NOW.toLocalDate().atStartOfDay()).toDays();
        return LEDGER_LOAD.plusDays(1 + (long) (i - initial) * (days - 1) / (assetCount - initial));
    }

    /** How many assets were registered by {@code day} (asset indexes are in order of registration). */
    private int registeredBy(LocalDate day) {
        int lo = 0;
        int hi = assetCount;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (registeredOn(mid).isAfter(day)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Decides which assets the disposals name and which may be carried out. */
    private void planAssets() {
        disposalOfAsset = new int[assetCount];
        Arrays.fill(disposalOfAsset, -1);
        for (int j = 0; j < disposalCount; j++) {
            int a = disposalAssetIndex(j);
            disposalAssets.set(a);
            disposalOfAsset[a] = j;
        }
        carryable = new int[assetCount - disposalAssets.cardinality()];
        int n = 0;
        for (int i = 0; i < assetCount; i++) {
            if (!disposalAssets.get(i)) {
                carryable[n++] = i;
            }
        }
        // the records still out now each hold their own asset
        for (int i = 0; i < carryCount; i++) {
            CarryPlan p = carryPlan(i);
            if (p.finalStatus() == CarryStatus.OUT) {
                for (int a : p.assets) {
                    outNow.put(a, i);
                }
            }
        }
    }

    /** Disposal j names the asset at 0.8 × (assets / disposals) × j: always one registered years before. */
    private int disposalAssetIndex(int j) {
        return (int) ((long) j * (assetCount * 8L / 10) / disposalCount);
    }

    /** The asset as registered: in use, last reviewed on the day it was registered. */
    private Asset assetRegistered(int i) {
        SplittableRandom r = random(2, i);
        AssetKind[] kinds = AssetKind.values();
        AssetKind kind = kinds[i % kinds.length];
        int number = i / kinds.length + 1;
        int sectionIndex = (i + i / kinds.length) % sections.size();
        Section section = sections.get(sectionIndex);
        int c = 1 + (i / kinds.length) % 3;
        int integrity = 1 + (i / 3) % 2;
        int availability = 1 + (i / 5) % 2;
        PersonalInfoKind personal = c == 1 ? PersonalInfoKind.NONE : PersonalInfoKind.values()[i % 4];
        AssetStatus status = switch (i % 10) {
            case 7, 8 -> AssetStatus.IN_STORAGE;
            case 9 -> AssetStatus.UNDER_REPAIR;
            default -> AssetStatus.IN_USE;
        };
        NetworkZone zone = NetworkZone.values()[(i / 2) % NetworkZone.values().length];
        boolean leased = kind == AssetKind.TERMINAL || kind == AssetKind.MULTIFUNCTION ? i % 2 == 0 : i % 7 == 0;
        LocalDate registered = registeredOn(i);
        LocalDate acquired = registered.equals(LEDGER_LOAD) ? registered.minusDays(1 + r.nextInt(365 * 6))
                : registered.minusDays(r.nextInt(30));
        LocalDate leaseEnds = leased ? acquired.plusYears(5) : null;
        boolean locked = i % 9 != 4;
        boolean encrypted = kind.isPortableMedium() ? i % 6 != 1 : i % 3 == 0;
        LocalDate retention = registered.plusYears(5 + i % 6);
        String holder = staff.get(i % staff.size()).name();
        long manager = staff.get(sectionIndex % staff.size()).id();
        return new Asset(null, String.format("%s-%06d", kind.defaultPrefix(), number), CATEGORIES[i % CATEGORIES.length],
                DemoDataService.assetName(kind, i), kind, DemoDataService.medium(kind), zone, MAKERS[i % MAKERS.length],
                String.format("TY-%03d", i % 97), String.format("SN%09d", 100_000_000L + r.nextInt(899_999_999)),
                section.id(), manager, kind == AssetKind.DOCUMENT_DATA ? section.name() + " 全員" : holder,
                new Classification(c, integrity, availability), personal, PLACES[i % PLACES.length], locked, encrypted,
                acquired, leased ? Ownership.LEASED : Ownership.PURCHASED, leaseEnds, status, retention, registered,
                registered, "", i % 17 == 0 ? "架空データ（十年分の試験データ）" : "");
    }

    /**
     * The day of the asset's last review: this 年度 for most assets still held (one in twelve is still due),
     * the 年度 before its disposal for disposed ones. Never before it was registered.
     */
    private LocalDate lastReviewed(int i, LocalDate registered) {
        SplittableRandom r = random(3, i);
        LocalDate day;
        int j = disposalOfAsset[i];
        DisposalPlan d = j < 0 ? null : disposalPlan(j);
        if (d != null && d.finalStatus() == DisposalStatus.COMPLETED) {
            LocalDate disposed = d.executedAt.toLocalDate();
            day = FiscalYear.of(disposed).firstDay().minusDays(1 + r.nextInt(150));
            if (!day.isBefore(disposed)) {
                day = disposed.minusDays(1);
            }
        } else if (i % 12 == 5) {
            day = FiscalYear.of(NOW.toLocalDate()).firstDay().minusDays(1 + r.nextInt(200));
        } else {
            day = FiscalYear.of(NOW.toLocalDate()).firstDay().plusDays(20 + r.nextInt(180));
            if (day.isAfter(NOW.toLocalDate())) {
                day = NOW.toLocalDate().minusDays(1);
            }
        }
        return day.isAfter(registered) ? day : registered;
    }

    /** The asset at history stage 0 (registered), 1 (reviewed) or 2 (disposed, returned or 持出中). */
    private Asset assetAt(int i, int stage) {
        Asset a = assetRegistered(i);
        LocalDate reviewed = stage >= 1 ? lastReviewed(i, a.registeredOn()) : a.lastReviewedOn();
        AssetStatus status = a.status();
        String disposalNo = "";
        if (stage >= 2) {
            int j = disposalOfAsset[i];
            if (j >= 0 && disposalPlan(j).finalStatus() == DisposalStatus.COMPLETED) {
                DisposalPlan d = disposalPlan(j);
                status = d.end.statusAfter();
                disposalNo = d.recordNo;
            } else if (outNow.containsKey(i)) {
                status = AssetStatus.CARRIED_OUT;
            }
        }
        return new Asset(null, a.assetNo(), a.businessCategory(), a.name(), a.kind(), a.medium(), a.networkZone(),
                a.maker(), a.model(), a.serialNo(), a.sectionId(), a.managerStaffId(), a.users(), a.classes(),
                a.personalInfo(), a.storagePlace(), a.lockedStorage(), a.encrypted(), a.acquiredOn(), a.ownership(),
                a.leaseEndsOn(), status, a.retentionUntil(), a.registeredOn(), reviewed, disposalNo, a.note())
                .withId(i + 1L);
    }

    /** When each asset stage happened, or null when the asset has no such stage. */
    private LocalDateTime assetStageTime(int i, int stage) {
        Asset registered = assetRegistered(i);
        LocalDateTime created = registered.registeredOn().atTime(10, 0).plusSeconds(i % 3600);
        if (stage == 0) {
            return created;
        }
        LocalDate reviewed = lastReviewed(i, registered.registeredOn());
        LocalDateTime reviewedAt = reviewed.isAfter(registered.registeredOn())
                ? reviewed.atTime(14, 0).plusSeconds(i % 3600) : null;
        if (stage == 1) {
            return reviewedAt;
        }
        LocalDateTime after = reviewedAt != null ? reviewedAt : created;
        int j = disposalOfAsset[i];
        LocalDateTime at = null;
        if (j >= 0 && disposalPlan(j).finalStatus() == DisposalStatus.COMPLETED) {
            at = disposalPlan(j).executedAt.plusSeconds(1);
        } else if (outNow.containsKey(i)) {
            at = carryPlan(outNow.get(i)).actualOut.plusSeconds(1);
        }
        return at == null ? null : later(at, after.plusMinutes(1));
    }

    private void insertAssets(Database db) {
        AssetRepository repository = new AssetRepository();
        for (int from = 0; from < assetCount; from += ROWS_PER_TRANSACTION) {
            int first = from;
            db.inTransaction(c -> {
                List<Asset> rows = new ArrayList<>();
                for (int i = first; i < Math.min(assetCount, first + ROWS_PER_TRANSACTION); i++) {
                    rows.add(assetAt(i, 2));
                }
                repository.insertAll(c, rows);
                return null;
            });
        }
        long maxId = db.read(c -> single(c, "SELECT MAX(id) FROM asset"));
        if (maxId != assetCount) {
            throw new IllegalStateException("asset ids are not 1.." + assetCount + ": max " + maxId);
        }
    }

    // ---- disposals -------------------------------------------------------------------------------------

    /** One disposal's choices and times; its stages are 申請 (0), 許可 or 却下 (1), 実施 or 取消 (2). */
    private final class DisposalPlan {
        final int j;
        final int asset;
        final String recordNo;
        final DisposalEnd end;
        final LocalDateTime appliedAt;
        final LocalDateTime decidedAt;
        final LocalDateTime executedAt;
        final boolean rejected;
        final boolean cancelled;
        final boolean paper;
        final SanitisationTechnique technique;
        final boolean inside;
        final boolean noWitness;
        final long performer;
        final String performerName;
        final long witness;
        final int confidentiality;

        DisposalPlan(int j) {
            this.j = j;
            SplittableRandom r = random(4, j);
            this.asset = disposalAssetIndex(j);
            Asset a = assetRegistered(asset);
            this.confidentiality = a.classes().confidentiality();
            this.appliedAt = spread(j, disposalCount).withHour(9 + r.nextInt(7)).withMinute(r.nextInt(60))
                    .withSecond(0).withNano(0);
            this.decidedAt = appliedAt.plusDays(1 + r.nextInt(3)).withHour(10).plusMinutes(r.nextInt(300));
            this.executedAt = decidedAt.plusDays(2 + r.nextInt(12)).withHour(13).plusMinutes(r.nextInt(180));
            this.rejected = j % 50 == 7;
            this.cancelled = j % 50 == 13;
            this.paper = j % 10 == 3;
            this.end = a.ownership() == Ownership.LEASED ? DisposalEnd.LEASE_RETURN : DisposalEnd.DISPOSE;
            // 機密性2+: purge or destroy; a few records fail the 自己点検 on purpose (OS initialisation, no witness)
            SanitisationTechnique t;
            if (a.classes().isConfidential()) {
                t = j % 499 == 11 ? SanitisationTechnique.OS_INITIALISE
                        : a.kind().isPortableMedium() || j % 2 == 0 ? SanitisationTechnique.PHYSICAL_DESTRUCTION
                        : SanitisationTechnique.OVERWRITE;
            } else {
                t = j % 3 == 0 ? SanitisationTechnique.QUICK_FORMAT : SanitisationTechnique.OVERWRITE;
            }
            this.technique = t;
            this.inside = j % 4 != 0;
            this.noWitness = j % 397 == 5;
            int nsec = sections.size();
            Staff performing = staff.get(nsec + 2 + j % Math.max(1, staff.size() - nsec - 2));
            this.performer = performing.id();
            this.performerName = performing.name();
            this.witness = staff.get(j % nsec).id();
            this.recordNo = String.format("D-%d-%05d", FiscalYear.of(appliedAt.toLocalDate()).startYear(),
                    1 + j - firstDisposalOfYear(FiscalYear.of(appliedAt.toLocalDate())));
        }

        DisposalStatus finalStatus() {
            return statusAt(lastStage());
        }

        int lastStage() {
            if (!decidedAt.isBefore(NOW)) {
                return 0;
            }
            return rejected || !executedAt.isBefore(NOW) ? 1 : 2;
        }

        DisposalStatus statusAt(int stage) {
            return switch (stage) {
                case 0 -> DisposalStatus.REQUESTED;
                case 1 -> rejected ? DisposalStatus.REJECTED : DisposalStatus.APPROVED;
                default -> cancelled ? DisposalStatus.CANCELLED : DisposalStatus.COMPLETED;
            };
        }

        LocalDateTime timeAt(int stage) {
            return switch (stage) {
                case 0 -> appliedAt;
                case 1 -> decidedAt;
                default -> executedAt;
            };
        }

        DisposalRecord recordAt(int stage) {
            DisposalDraft application = new DisposalDraft(List.of(asset + 1L), end,
                    technique.methods().iterator().next(), technique, inside ? DisposalPlace.INSIDE : DisposalPlace.OUTSIDE,
                    appliedAt.toLocalDate().plusDays(7), "保存期限満了・老朽化のため", inside ? "" : "見本リサイクル株式会社");
            DisposalRecord r = new DisposalRecord(j + 1L, recordNo, DisposalStatus.REQUESTED, List.of(asset + 1L),
                    application, tantoAccount, tantoStaff, appliedAt, null, null, null, "", List.of());
            if (stage >= 1) {
                DisposalDecision decision = paper
                        ? new DisposalDecision(null, paperApproverStaff, decidedAt, true, decidedAt.toLocalDate(), "")
                        : new DisposalDecision(kanriAccount, kanriStaff, decidedAt, false, null,
                                rejected ? "方法を見直してください" : "");
                r = r.decided(statusAt(1), decision);
            }
            if (stage >= 2) {
                if (cancelled) {
                    r = r.cancelled(executedAt, "再利用することになったため");
                } else {
                    SanitisationMethod method = technique.methods().stream().max(Comparator.naturalOrder()).orElseThrow();
                    // a contractor's certificate arrives five days later (not yet, for the newest records)
                    LocalDate received = executedAt.toLocalDate().plusDays(5);
                    boolean certificate = !inside && !noWitness && received.isBefore(NOW.toLocalDate());
                    r = r.executed(new DisposalExecution(executedAt, performer,
                            inside ? performerName : "見本リサイクル 作業員", inside && !noWitness ? witness : null,
                            method, technique, "", technique.needsTool() ? "消去ツール見本" : "",
                            technique.needsTool() ? "3.1" : "", "目視及びツールの報告", "読み出し不可を確認",
                            inside ? DisposalPlace.INSIDE : DisposalPlace.OUTSIDE, inside ? "" : "見本リサイクル株式会社",
                            certificate ? String.format("C-%06d", j) : "", certificate ? received : null, false, "",
                            "産業廃棄物として処分", ""));
                }
            }
            return r;
        }
    }

    private final Map<Integer, Integer> firstDisposalByYear = new HashMap<>();

    private int firstDisposalOfYear(FiscalYear year) {
        return firstDisposalByYear.computeIfAbsent(year.startYear(), y -> {
            int lo = 0;
            int hi = disposalCount;
            LocalDateTime first = FiscalYear.of(LocalDate.of(y, 4, 1)).firstDay().atStartOfDay();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (spread(mid, disposalCount).withHour(23).isBefore(first)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        });
    }

    private DisposalPlan disposalPlan(int j) {
        return new DisposalPlan(j);
    }

    private void insertDisposals(Database db) {
        String sql = "INSERT INTO disposal_record (id, record_no, status, disposal_end, planned_method, "
                + "planned_technique, planned_place, planned_on, reason, planned_contractor, applicant_account_id, "
                + "applicant_staff_id, applied_at, approver_account_id, approver_staff_id, decided_at, paper_approval, "
                + "paper_decided_on, decision_comment, executed_at, performer_staff_id, performer_name, witness_staff_id, "
                + "method, technique, method_details, tool, tool_version, verification_method, verification_result, "
                + "place, contractor, certificate_no, certificate_received_on, backed_up, backup_location, destination, "
                + "note, cancelled_at, cancel_reason) VALUES (" + "?, ".repeat(39) + "?)";
        for (int from = 0; from < disposalCount; from += ROWS_PER_TRANSACTION) {
            int first = from;
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql);
                     PreparedStatement link = c.prepareStatement(
                             "INSERT INTO disposal_asset (disposal_id, asset_id, line_no) VALUES (?, ?, ?)")) {
                    Batch rows = new Batch(ps);
                    Batch links = new Batch(link, rows);
                    for (int j = first; j < Math.min(disposalCount, first + ROWS_PER_TRANSACTION); j++) {
                        DisposalPlan p = disposalPlan(j);
                        DisposalRecord r = p.recordAt(p.lastStage());
                        bindDisposal(ps, r);
                        rows.add();
                        int line = 1;
                        for (long assetId : r.assetIds()) {
                            link.setLong(1, r.id());
                            link.setLong(2, assetId);
                            link.setInt(3, line++);
                            links.add();
                        }
                    }
                    rows.finish();
                    links.finish();
                }
                return null;
            });
        }
        restartIdentity(db, "disposal_record", disposalCount);
    }

    private static void bindDisposal(PreparedStatement ps, DisposalRecord r) throws SQLException {
        int i = 1;
        DisposalDraft a = r.application();
        ps.setLong(i++, r.id());
        ps.setString(i++, r.recordNo());
        ps.setString(i++, r.status().name());
        ps.setString(i++, a.end().name());
        ps.setString(i++, a.plannedMethod().name());
        ps.setString(i++, a.plannedTechnique().name());
        ps.setString(i++, a.plannedPlace().name());
        ps.setObject(i++, a.plannedOn());
        ps.setString(i++, a.reason());
        ps.setString(i++, a.plannedContractor());
        ps.setObject(i++, r.applicantAccountId());
        ps.setObject(i++, r.applicantStaffId());
        ps.setObject(i++, r.appliedAt());
        DisposalDecision d = r.decision();
        ps.setObject(i++, d == null ? null : d.approverAccountId());
        ps.setObject(i++, d == null ? null : d.approverStaffId());
        ps.setObject(i++, d == null ? null : d.decidedAt());
        ps.setBoolean(i++, d != null && d.paperApproval());
        ps.setObject(i++, d == null ? null : d.paperDecidedOn());
        ps.setString(i++, d == null ? "" : d.comment());
        DisposalExecution e = r.execution();
        ps.setObject(i++, e == null ? null : e.executedAt());
        ps.setObject(i++, e == null ? null : e.performerStaffId());
        ps.setString(i++, e == null ? "" : e.performerName());
        ps.setObject(i++, e == null ? null : e.witnessStaffId());
        ps.setString(i++, e == null ? null : e.method().name());
        ps.setString(i++, e == null ? null : e.technique().name());
        ps.setString(i++, e == null ? "" : e.methodDetails());
        ps.setString(i++, e == null ? "" : e.tool());
        ps.setString(i++, e == null ? "" : e.toolVersion());
        ps.setString(i++, e == null ? "" : e.verificationMethod());
        ps.setString(i++, e == null ? "" : e.verificationResult());
        ps.setString(i++, e == null ? null : e.place().name());
        ps.setString(i++, e == null ? "" : e.contractor());
        ps.setString(i++, e == null ? "" : e.certificateNo());
        ps.setObject(i++, e == null ? null : e.certificateReceivedOn());
        ps.setBoolean(i++, e != null && e.backedUp());
        ps.setString(i++, e == null ? "" : e.backupLocation());
        ps.setString(i++, e == null ? "" : e.destination());
        ps.setString(i++, e == null ? "" : e.note());
        ps.setObject(i++, r.cancelledAt());
        ps.setString(i, r.cancelReason());
    }

    // ---- 持出・持込 ---------------------------------------------------------------------------------------

    /**
     * One carry record's choices and times. Stages: 0 申請, then 許可 (or 却下) when permission is needed, 持出,
     * 返却 — or 取消 after 許可. The stages reached by now make its status; every hundred-and-fiftieth record of the
     * last month never came back (返却遅延).
     */
    private final class CarryPlan {
        final int i;
        final CarryKind kind;
        final int[] assets;
        final boolean permission;
        final int confidentiality;
        final LocalDateTime appliedAt;
        final LocalDateTime plannedOut;
        final LocalDateTime plannedReturn;
        final LocalDateTime decidedAt;
        final LocalDateTime actualOut;
        final LocalDateTime actualReturn;
        final boolean rejected;
        final boolean cancelled;
        final boolean neverBack;
        final boolean unprotected;
        final CarryStatus[] statuses;
        final LocalDateTime[] times;
        final int last;

        CarryPlan(int i) {
            this.i = i;
            SplittableRandom r = random(5, i);
            this.appliedAt = spread(i, carryCount).withHour(8 + r.nextInt(9)).withMinute(r.nextInt(60)).withSecond(0)
                    .withNano(0);
            this.kind = i % 20 == 19 ? CarryKind.BRING_IN : CarryKind.CARRY_OUT;
            LocalDate day = appliedAt.toLocalDate();
            boolean recent = day.isAfter(NOW.toLocalDate().minusDays(60));
            if (kind == CarryKind.BRING_IN) {
                assets = new int[0];
            } else if (recent) {
                // records of the last two months each take their own asset, so that those still out never share one
                int k = registeredCarryable(NOW.toLocalDate().minusDays(90));
                assets = new int[] {carryable[(int) ((i * 7919L) % k)]};
            } else {
                int k = Math.max(1, registeredCarryable(day));
                int first = carryable[r.nextInt(k)];
                int second = carryable[r.nextInt(k)];
                assets = i % 10 == 3 && second != first ? new int[] {first, second} : new int[] {first};
            }
            List<Asset> chosen = new ArrayList<>();
            int conf = 1;
            for (int a : assets) {
                Asset asset = assetRegistered(a);
                chosen.add(asset);
                conf = Math.max(conf, asset.classes().confidentiality());
            }
            this.confidentiality = conf;
            this.permission = CarryRules.permissionRequired(kind, chosen);
            this.plannedOut = later(appliedAt.plusDays(r.nextInt(3)).withHour(9).withMinute(30), appliedAt.plusMinutes(30));
            this.plannedReturn = plannedOut.plusDays(r.nextInt(4)).withHour(17).withMinute(0);
            this.decidedAt = appliedAt.plusMinutes(10 + r.nextInt(110));
            this.actualOut = later(plannedOut.plusMinutes(r.nextInt(30)), decidedAt.plusMinutes(1));
            // about one in 150 of the last two months, and the third newest record at any scale
            this.neverBack = recent && (i % 150 == 0 || i == carryCount - 3) && plannedReturn.isBefore(NOW)
                    && kind == CarryKind.CARRY_OUT;
            this.actualReturn = plannedReturn.minusMinutes(r.nextInt(120)).plusDays(i % 40 == 0 ? 2 : 0);
            this.rejected = permission && i % 97 == 5;
            this.cancelled = !rejected && i % 89 == 7;
            this.unprotected = confidentiality >= 2 && i % 1009 == 17;
            List<CarryStatus> s = new ArrayList<>();
            List<LocalDateTime> t = new ArrayList<>();
            s.add(CarryStatus.REQUESTED);
            t.add(appliedAt);
            if (permission) {
                s.add(rejected ? CarryStatus.REJECTED : CarryStatus.APPROVED);
                t.add(decidedAt);
            }
            if (!rejected) {
                if (cancelled) {
                    s.add(CarryStatus.CANCELLED);
                    t.add(later(decidedAt, appliedAt).plusMinutes(5));
                } else {
                    s.add(CarryStatus.OUT);
                    t.add(later(actualOut, t.get(t.size() - 1).plusMinutes(1)));
                    if (!neverBack) {
                        s.add(CarryStatus.RETURNED);
                        t.add(later(actualReturn, t.get(t.size() - 1).plusMinutes(1)));
                    }
                }
            }
            int reached = 0;
            while (reached + 1 < t.size() && t.get(reached + 1).isBefore(NOW)) {
                reached++;
            }
            this.statuses = s.toArray(new CarryStatus[0]);
            this.times = t.toArray(new LocalDateTime[0]);
            this.last = reached;
        }

        CarryStatus finalStatus() {
            return statuses[last];
        }

        CarryRecord recordAt(int stage) {
            List<Long> ids = new ArrayList<>(assets.length);
            for (int a : assets) {
                ids.add(a + 1L);
            }
            Set<CarryMeasure> measures = confidentiality >= 2 && !unprotected
                    ? EnumSet.of(CarryMeasure.ENCRYPTION, CarryMeasure.LOCKED_CASE)
                    : kind == CarryKind.BRING_IN ? EnumSet.of(CarryMeasure.PASSWORD) : EnumSet.noneOf(CarryMeasure.class);
            CarryDevice device = kind == CarryKind.BRING_IN ? new CarryDevice("委託先 見本システム株式会社", "ノートパソコン",
                    String.format("NB-%04d", i % 10_000)) : null;
            long carrier = staff.get(sections.size() + 2 + i % Math.max(1, staff.size() - sections.size() - 2)).id();
            Long approverAccount = null;
            Long approverStaff = null;
            LocalDateTime decided = null;
            String comment = "";
            LocalDateTime out = null;
            LocalDateTime back = null;
            Long checker = null;
            LocalDateTime cancelledAt = null;
            String cancelReason = "";
            for (int k = 1; k <= stage; k++) {
                switch (statuses[k]) {
                    case APPROVED, REJECTED -> {
                        approverAccount = kanriAccount;
                        approverStaff = kanriStaff;
                        decided = times[k];
                        comment = statuses[k] == CarryStatus.REJECTED ? "持出の必要性を再検討してください" : "";
                    }
                    case OUT -> out = times[k];
                    case RETURNED -> {
                        back = times[k];
                        checker = kanriStaff;
                    }
                    case CANCELLED -> {
                        cancelledAt = times[k];
                        cancelReason = "予定が中止になったため";
                    }
                    default -> {
                    }
                }
            }
            return new CarryRecord(i + 1L, kind, statuses[stage], ids, device, carrier, tantoAccount, tantoStaff,
                    appliedAt, PURPOSES[i % PURPOSES.length], DESTINATIONS[i % DESTINATIONS.length], plannedOut,
                    plannedReturn, measures, confidentiality >= 3 ? "窓口業務で原本の提示が必要なため" : "",
                    unprotected ? "暗号化できない機器のため" : "", kind == CarryKind.BRING_IN, kind == CarryKind.BRING_IN,
                    permission, approverAccount, approverStaff, decided, false, null, comment, out, back, checker,
                    cancelledAt, cancelReason);
        }
    }

    private CarryPlan carryPlan(int i) {
        return new CarryPlan(i);
    }

    /** How many of the carryable assets were registered by {@code day}. */
    private int registeredCarryable(LocalDate day) {
        int registered = registeredBy(day);
        int pos = Arrays.binarySearch(carryable, registered);
        return Math.max(1, pos >= 0 ? pos : -pos - 1);
    }

    private void insertCarries(Database db) {
        String sql = "INSERT INTO carry_record (id, carry_kind, status, device_owner, device_kind, device_model, "
                + "carrier_staff_id, applicant_account_id, applicant_staff_id, applied_at, purpose, destination, "
                + "planned_out, planned_return, measures, confidential3_reason, warning_reason, virus_scanned, "
                + "patches_applied, permission_required, approver_account_id, approver_staff_id, decided_at, "
                + "paper_approval, paper_decided_on, decision_comment, actual_out, actual_return, "
                + "return_checker_staff_id, cancelled_at, cancel_reason) VALUES (" + "?, ".repeat(30) + "?)";
        carryFirstStage = new byte[carryCount];
        for (int from = 0; from < carryCount; from += ROWS_PER_TRANSACTION) {
            int first = from;
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql);
                     PreparedStatement link = c.prepareStatement(
                             "INSERT INTO carry_asset (carry_id, asset_id, line_no) VALUES (?, ?, ?)")) {
                    Batch rows = new Batch(ps);
                    Batch links = new Batch(link, rows);
                    for (int i = first; i < Math.min(carryCount, first + ROWS_PER_TRANSACTION); i++) {
                        CarryPlan p = carryPlan(i);
                        CarryRecord r = p.recordAt(p.last);
                        bindCarry(ps, r);
                        rows.add();
                        int line = 1;
                        for (long assetId : r.assetIds()) {
                            link.setLong(1, r.id());
                            link.setLong(2, assetId);
                            link.setInt(3, line++);
                            links.add();
                        }
                    }
                    rows.finish();
                    links.finish();
                }
                return null;
            });
        }
        restartIdentity(db, "carry_record", carryCount);
    }

    private static void bindCarry(PreparedStatement ps, CarryRecord r) throws SQLException {
        int i = 1;
        CarryDevice device = r.device() == null ? new CarryDevice("", "", "") : r.device();
        ps.setLong(i++, r.id());
        ps.setString(i++, r.kind().name());
        ps.setString(i++, r.status().name());
        ps.setString(i++, device.owner());
        ps.setString(i++, device.kind());
        ps.setString(i++, device.model());
        ps.setLong(i++, r.carrierStaffId());
        ps.setObject(i++, r.applicantAccountId());
        ps.setObject(i++, r.applicantStaffId());
        ps.setObject(i++, r.appliedAt());
        ps.setString(i++, r.purpose());
        ps.setString(i++, r.destination());
        ps.setObject(i++, r.plannedOut());
        ps.setObject(i++, r.plannedReturn());
        ps.setString(i++, org.daicho.store.CarryRepository.measuresText(r.measures()));
        ps.setString(i++, r.confidential3Reason());
        ps.setString(i++, r.warningReason());
        ps.setBoolean(i++, r.virusScanned());
        ps.setBoolean(i++, r.patchesApplied());
        ps.setBoolean(i++, r.permissionRequired());
        ps.setObject(i++, r.approverAccountId());
        ps.setObject(i++, r.approverStaffId());
        ps.setObject(i++, r.decidedAt());
        ps.setBoolean(i++, r.paperApproval());
        ps.setObject(i++, r.paperDecidedOn());
        ps.setString(i++, r.decisionComment());
        ps.setObject(i++, r.actualOut());
        ps.setObject(i++, r.actualReturn());
        ps.setObject(i++, r.returnCheckerStaffId());
        ps.setObject(i++, r.cancelledAt());
        ps.setString(i, r.cancelReason());
    }

    // ---- training --------------------------------------------------------------------------------------

    private record SessionPlan(String title, TrainingKind kind, TrainingTarget target, TrainingFormat format, int month,
            int day) {
    }

    private static final List<SessionPlan> SESSIONS_OF_A_YEAR = List.of(
            new SessionPlan("新規採用職員研修（情報セキュリティ）", TrainingKind.NEW_HIRE, TrainingTarget.NEW_HIRES,
                    TrainingFormat.CLASSROOM, 4, 10),
            new SessionPlan("情報セキュリティ研修（全職員・前期）", TrainingKind.ANNUAL, TrainingTarget.ALL_STAFF,
                    TrainingFormat.CLASSROOM, 6, 15),
            new SessionPlan("情報セキュリティeラーニング（前期）", TrainingKind.ANNUAL, TrainingTarget.ALL_STAFF,
                    TrainingFormat.E_LEARNING, 7, 20),
            new SessionPlan("管理者研修", TrainingKind.ROLE_BASED, TrainingTarget.ROLE_HOLDERS, TrainingFormat.CLASSROOM,
                    8, 5),
            new SessionPlan("幹部研修", TrainingKind.EXECUTIVE, TrainingTarget.EXECUTIVES, TrainingFormat.CLASSROOM, 9, 10),
            new SessionPlan("標的型メール訓練", TrainingKind.EMERGENCY_DRILL, TrainingTarget.EMERGENCY, TrainingFormat.DRILL,
                    10, 20),
            new SessionPlan("情報セキュリティ研修（全職員・後期）", TrainingKind.ANNUAL, TrainingTarget.ALL_STAFF,
                    TrainingFormat.CLASSROOM, 11, 12),
            new SessionPlan("新規採用職員フォローアップ研修", TrainingKind.NEW_HIRE, TrainingTarget.NEW_HIRES,
                    TrainingFormat.E_LEARNING, 12, 8),
            new SessionPlan("情報セキュリティeラーニング（後期）", TrainingKind.ANNUAL, TrainingTarget.ALL_STAFF,
                    TrainingFormat.E_LEARNING, 1, 20),
            new SessionPlan("インシデント対応訓練", TrainingKind.EMERGENCY_DRILL, TrainingTarget.EMERGENCY,
                    TrainingFormat.DRILL, 2, 18));

    /**
     * Ten sessions a 年度, held until now; everyone a session is for is marked: most attended, one in twenty absent
     * and one in twenty made it up two weeks later. One person in sixty-one misses every session of this 年度.
     */
    private void insertTraining(Database db) {
        long sessionId = 0;
        long attendanceId = 0;
        for (int year = 2017; year <= FiscalYear.of(NOW.toLocalDate()).startYear(); year++) {
            for (SessionPlan plan : SESSIONS_OF_A_YEAR) {
                LocalDate held = LocalDate.of(plan.month() >= 4 ? year : year + 1, plan.month(), plan.day());
                if (!held.isBefore(NOW.toLocalDate())) {
                    continue;
                }
                TrainingSession session = new TrainingSession(++sessionId, plan.title(), plan.kind(), held,
                        plan.format(), plan.format() == TrainingFormat.E_LEARNING ? "" : "情報管理室 研修担当",
                        plan.target(), "", null);
                sessions.add(session);
                boolean thisYear = FiscalYear.of(held).equals(FiscalYear.of(NOW.toLocalDate()));
                for (Staff person : staff) {
                    if (!session.isFor(person)) {
                        continue;
                    }
                    long n = attendanceId + person.id() * 31;
                    AttendanceResult result = thisYear && person.id() % 61 == 7 ? AttendanceResult.ABSENT
                            : n % 20 == 3 ? AttendanceResult.ABSENT
                            : n % 20 == 11 && held.plusDays(14).isBefore(NOW.toLocalDate()) ? AttendanceResult.MAKE_UP
                            : AttendanceResult.ATTENDED;
                    LocalDate makeUp = result == AttendanceResult.MAKE_UP ? held.plusDays(14) : null;
                    LocalDateTime recorded = (makeUp != null ? makeUp : held).atTime(17, 30);
                    attendance.add(new Attendance(++attendanceId, session.id(), person.id(), result,
                            result.trained() ? Comprehension.GOOD : Comprehension.NOT_CHECKED,
                            result == AttendanceResult.ABSENT ? "公務のため" : "", makeUp, recorded));
                }
            }
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO training_session (id, title, training_kind, "
                    + "held_on, training_format, instructor, target_group, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Batch rows = new Batch(ps);
                for (TrainingSession s : sessions) {
                    ps.setLong(1, s.id());
                    ps.setString(2, s.title());
                    ps.setString(3, s.kind().name());
                    ps.setObject(4, s.heldOn());
                    ps.setString(5, s.format().name());
                    ps.setString(6, s.instructor());
                    ps.setString(7, s.target().name());
                    ps.setString(8, s.note());
                    rows.add();
                }
                rows.finish();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attendance (id, session_id, staff_id, result, "
                    + "comprehension, absence_reason, make_up_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                Batch rows = new Batch(ps);
                for (Attendance a : attendance) {
                    ps.setLong(1, a.id());
                    ps.setLong(2, a.sessionId());
                    ps.setLong(3, a.staffId());
                    ps.setString(4, a.result().name());
                    ps.setString(5, a.comprehension().name());
                    ps.setString(6, a.absenceReason());
                    ps.setObject(7, a.makeUpOn());
                    ps.setObject(8, a.recordedAt());
                    rows.add();
                }
                rows.finish();
            }
            return null;
        });
        restartIdentity(db, "training_session", sessions.size());
        restartIdentity(db, "attendance", attendance.size());
    }

    // ---- the change history ----------------------------------------------------------------------------

    // one history event is a long: seconds since EPOCH (29 bits), record type (3), stage (4), record index (20)
    private static final int T_STAFF = 0;
    private static final int T_ASSET = 1;
    private static final int T_SESSION = 2;
    private static final int T_ATTENDANCE = 3;
    private static final int T_DISPOSAL = 4;
    private static final int T_CARRY = 5;

    private long event(LocalDateTime at, int type, int stage, int index) {
        long seconds = Duration.between(EPOCH, at).getSeconds();
        if (seconds < 0 || seconds >= (1L << 29) || at.isAfter(NOW)) {
            throw new IllegalStateException("event time out of range: " + at + " type " + type + " index " + index);
        }
        return seconds << 27 | (long) type << 24 | (long) stage << 20 | index;
    }

    /**
     * Every history event, sorted by time; the newest carry records get their whole life until the target count
     * is reached (older ones one CREATE entry with their final state).
     */
    private long[] events() {
        LongList events = new LongList();
        for (int k = 0; k < staff.size(); k++) {
            Staff s = staff.get(k);
            events.add(event(staffCreatedAt(s), T_STAFF, 0, k));
            if (s.leftOn() != null) {
                events.add(event(later(s.leftOn().atTime(17, 0), staffCreatedAt(s).plusMinutes(1)), T_STAFF, 1, k));
            }
        }
        for (int i = 0; i < assetCount; i++) {
            for (int stage = 0; stage <= 2; stage++) {
                LocalDateTime at = assetStageTime(i, stage);
                if (at != null) {
                    events.add(event(at, T_ASSET, stage, i));
                }
            }
        }
        for (int k = 0; k < sessions.size(); k++) {
            events.add(event(later(sessions.get(k).heldOn().minusDays(14).atTime(10, 0), START.atTime(9, 10)), T_SESSION, 0,
                    k));
        }
        for (int k = 0; k < attendance.size(); k++) {
            events.add(event(attendance.get(k).recordedAt(), T_ATTENDANCE, 0, k));
        }
        for (int j = 0; j < disposalCount; j++) {
            DisposalPlan p = disposalPlan(j);
            for (int stage = 0; stage <= p.lastStage(); stage++) {
                events.add(event(p.timeAt(stage), T_DISPOSAL, stage, j));
            }
        }
        // the history budget left for the carry records' stages after their CREATE entries
        long budget = historyTarget - events.size() - carryCount;
        for (int i = carryCount - 1; i >= 0; i--) {
            CarryPlan p = carryPlan(i);
            int updates = (int) Math.max(0, Math.min(p.last, budget));
            budget -= updates;
            int first = p.last - updates;
            carryFirstStage[i] = (byte) first;
            for (int stage = first; stage <= p.last; stage++) {
                events.add(event(p.times[stage], T_CARRY, stage, i));
            }
        }
        long[] all = events.toArray();
        Arrays.sort(all);
        return all;
    }

    /** The history entry of one event: who, what record, and the fields that changed since the stage before. */
    private HistoryDraft draft(long e) {
        LocalDateTime at = EPOCH.plusSeconds(e >>> 27);
        int type = (int) (e >>> 24) & 7;
        int stage = (int) (e >>> 20) & 15;
        int index = (int) (e & ((1 << 20) - 1));
        Map<String, String> before;
        Map<String, String> after;
        RecordType recordType;
        long id;
        long account = tantoAccount;
        String user = "tanto";
        switch (type) {
            case T_STAFF -> {
                Staff s = staff.get(index);
                recordType = RecordType.STAFF;
                id = s.id();
                before = stage == 0 ? Map.of() : RecordFields.of(hiredState(s));
                after = stage == 0 ? RecordFields.of(hiredState(s)) : RecordFields.of(s);
                account = adminAccount;
                user = TestStores.ADMIN;
            }
            case T_ASSET -> {
                recordType = RecordType.ASSET;
                id = index + 1L;
                before = stage == 0 ? Map.of() : RecordFields.of(assetAt(index, stage - 1));
                after = RecordFields.of(assetAt(index, stage));
            }
            case T_SESSION -> {
                TrainingSession s = sessions.get(index);
                recordType = RecordType.TRAINING_SESSION;
                id = s.id();
                before = Map.of();
                after = RecordFields.of(s);
            }
            case T_ATTENDANCE -> {
                Attendance a = attendance.get(index);
                recordType = RecordType.ATTENDANCE;
                id = a.id();
                before = Map.of();
                after = RecordFields.of(a);
            }
            case T_DISPOSAL -> {
                DisposalPlan p = disposalPlan(index);
                recordType = RecordType.DISPOSAL;
                id = index + 1L;
                before = stage == 0 ? Map.of() : RecordFields.of(p.recordAt(stage - 1));
                after = RecordFields.of(p.recordAt(stage));
                if (stage == 1) {
                    account = kanriAccount;
                    user = "kanri";
                }
            }
            case T_CARRY -> {
                CarryPlan p = carryPlan(index);
                recordType = RecordType.CARRY;
                id = index + 1L;
                boolean create = stage == carryFirstStage[index];
                before = create ? Map.of() : RecordFields.of(p.recordAt(stage - 1));
                after = RecordFields.of(p.recordAt(stage));
                if (!create && (p.statuses[stage] == CarryStatus.APPROVED || p.statuses[stage] == CarryStatus.REJECTED)) {
                    account = kanriAccount;
                    user = "kanri";
                }
            }
            default -> throw new IllegalStateException("event type " + type);
        }
        String action = before.isEmpty() ? "CREATE" : "UPDATE";
        return new HistoryDraft(at, account, user, recordType.name(), id, action,
                FieldChanges.encode(FieldChanges.diff(before, after)));
    }

    private record HistoryDraft(LocalDateTime at, long account, String user, String type, long id, String action,
            String changes) {
    }

    /** Appends every event's entry to the chain after the entries the services wrote, in time order. */
    private long writeHistory(Database db) {
        long[] events = events();
        HistoryRepository.Head head = db.read(c -> new HistoryRepository().head(c)).orElseThrow();
        long[] seq = {head.lastSeq()};
        String[] prev = {head.lastHash()};
        String sql = "INSERT INTO history_entry (seq, changed_at, account_id, user_name, record_type, record_id, "
                + "change_action, reason, changes, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        for (int from = 0; from < events.length; from += ROWS_PER_TRANSACTION) {
            int first = from;
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    Batch rows = new Batch(ps);
                    for (int k = first; k < Math.min(events.length, first + ROWS_PER_TRANSACTION); k++) {
                        HistoryDraft d = draft(events[k]);
                        long next = seq[0] + 1;
                        String hash = HistoryChain.hash(next, d.at(), d.account(), d.user(), d.type(), d.id(),
                                d.action(), "", d.changes(), prev[0]);
                        ps.setLong(1, next);
                        ps.setObject(2, d.at());
                        ps.setLong(3, d.account());
                        ps.setString(4, d.user());
                        ps.setString(5, d.type());
                        ps.setLong(6, d.id());
                        ps.setString(7, d.action());
                        ps.setString(8, "");
                        ps.setString(9, d.changes());
                        ps.setString(10, prev[0]);
                        ps.setString(11, hash);
                        rows.add();
                        seq[0] = next;
                        prev[0] = hash;
                    }
                    rows.finish();
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE history_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
                    ps.setLong(1, seq[0]);
                    ps.setString(2, prev[0]);
                    ps.executeUpdate();
                }
                return null;
            });
        }
        return seq[0];
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /** The k-th of n moments spread evenly from the start of the data to now. */
    private LocalDateTime spread(long k, long n) {
        return EPOCH.plusSeconds((long) ((k + 0.5) * (spanSeconds - 86_400) / n));
    }

    private static SplittableRandom random(int kind, long index) {
        return new SplittableRandom(kind * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** After rows written with their own ids, the next id the app takes follows them. */
    private static void restartIdentity(Database db, String table, long last) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (last + 1));
            }
            return null;
        });
    }


    /**
     * A prepared statement's batch, executed every {@link #BATCH} rows; a batch of links executes the batch of the
     * rows they point to first (the foreign keys are checked row by row).
     */
    private static final class Batch {
        private final PreparedStatement ps;
        private final Batch parent;
        private int pending;

        Batch(PreparedStatement ps) {
            this(ps, null);
        }

        Batch(PreparedStatement ps, Batch parent) {
            this.ps = ps;
            this.parent = parent;
        }

        void add() throws SQLException {
            ps.addBatch();
            if (++pending == BATCH) {
                if (parent != null) {
                    parent.finish();
                }
                ps.executeBatch();
                pending = 0;
            }
        }

        void finish() throws SQLException {
            if (pending > 0) {
                ps.executeBatch();
                pending = 0;
            }
        }
    }

    /** A growable array of longs (a million boxed Longs would be 16 MB more). */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    // ---- the folder and its marker ---------------------------------------------------------------------

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static void writeMarker(Path file, Summary s) {
        Properties p = new Properties();
        p.setProperty("version", String.valueOf(VERSION));
        p.setProperty("scale", String.valueOf(s.scale()));
        p.setProperty("staff", String.valueOf(s.staff()));
        p.setProperty("assets", String.valueOf(s.assets()));
        p.setProperty("carries", String.valueOf(s.carries()));
        p.setProperty("disposals", String.valueOf(s.disposals()));
        p.setProperty("sessions", String.valueOf(s.sessions()));
        p.setProperty("attendance", String.valueOf(s.attendance()));
        p.setProperty("history", String.valueOf(s.history()));
        p.setProperty("tookMillis", String.valueOf(s.took().toMillis()));
        p.setProperty("storeBytes", String.valueOf(s.storeBytes()));
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "Daicho ten-year synthetic store (org.daicho.bench.TenYearData); admin / "
                    + TestStores.PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Summary fromProperties(Path dir, Properties p) {
        return new Summary(dir, Double.parseDouble(p.getProperty("scale")), Integer.parseInt(p.getProperty("staff")),
                Integer.parseInt(p.getProperty("assets")), Integer.parseInt(p.getProperty("carries")),
                Integer.parseInt(p.getProperty("disposals")), Integer.parseInt(p.getProperty("sessions")),
                Integer.parseInt(p.getProperty("attendance")), Long.parseLong(p.getProperty("history")),
                Duration.ofMillis(Long.parseLong(p.getProperty("tookMillis"))),
                Long.parseLong(p.getProperty("storeBytes")));
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteFolder(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
