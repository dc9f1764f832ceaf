package org.daicho.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.daicho.domain.Account;
import org.daicho.domain.Asset;
import org.daicho.domain.CarryDevice;
import org.daicho.domain.CarryKind;
import org.daicho.domain.CarryMeasure;
import org.daicho.domain.CarryRecord;
import org.daicho.domain.CarryRules;
import org.daicho.domain.CarryStatus;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.Classification;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.FiscalYear;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.RecordFields;
import org.daicho.domain.RecordType;
import org.daicho.domain.Section;
import org.daicho.domain.Staff;
import org.daicho.store.AssetRepository;
import org.daicho.store.CarryRepository;
import org.daicho.store.Database;
import org.daicho.store.SectionRepository;
import org.daicho.store.StaffRepository;
import org.daicho.store.TrainingRepository;

/**
 * The demo organisation: 3 sections, 60 staff and 300 assets covering every kind, class and status, 持出・持込
 * records and two 年度 of training, so that a newcomer sees full screens at once. Every name is obviously synthetic (policy 2.6.3(3)②(ウ): no
 * real personal data as test data). Seeded, so the same day gives the same data.
 */
public final class DemoDataService {

    static final OrganisationSetup SETUP = new OrganisationSetup("架空市見本町環境衛生事業組合（デモ）",
            List.of("総務課", "業務課", "施設管理課"), List.of("担当", "係長", "課長", "事務局長"));

    private static final String[][] FAMILY = {
        {"試験", "しけん"}, {"見本", "みほん"}, {"仮名", "かめい"}, {"架空", "かくう"}, {"例示", "れいじ"},
        {"模擬", "もぎ"}, {"検証", "けんしょう"}, {"練習", "れんしゅう"}, {"標本", "ひょうほん"}, {"雛形", "ひながた"}};
    private static final String[][] GIVEN = {
        {"太郎", "たろう"}, {"花子", "はなこ"}, {"一郎", "いちろう"}, {"次郎", "じろう"}, {"桜", "さくら"},
        {"葵", "あおい"}, {"翔", "しょう"}, {"恵", "めぐみ"}, {"健", "けん"}, {"陽子", "ようこ"}, {"誠", "まこと"},
        {"三郎", "さぶろう"}};
    private static final String[] MAKERS = {"サンプル電機", "テスト工業", "架空精機", "見本データ", "デモ通信"};
    private static final String[] PLACES = {"事務室 施錠書庫A", "事務室 キャビネット2", "サーバ室 ラック1",
        "会議室 備品棚", "施設管理棟 保管庫", "総務課 金庫"};

    private final Database db;
    private final SettingsService settings;
    private final Clock clock;
    private final HistoryService history;
    private final Supplier<Actor> actor;

    DemoDataService(Database db, SettingsService settings, Clock clock, HistoryService history, Supplier<Actor> actor) {
        this.db = db;
        this.settings = settings;
        this.clock = clock;
        this.history = history;
        this.actor = actor;
    }

    /**
     * Adds the demo staff and assets, each with its change-history entry, to a store made with {@link #SETUP}.
     * One transaction.
     */
    void fill() {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20_261_124L);
        db.inTransaction(c -> {
            List<Section> sections = new SectionRepository().findAll(c);
            StaffRepository staffRepository = new StaffRepository();
            List<Staff> staff = new ArrayList<>();
            List<HistoryService.Change> changes = new ArrayList<>();
            for (Staff s : syntheticStaff(60, sections, today, random)) {
                Staff stored = staffRepository.insert(c, s);
                staff.add(stored);
                changes.add(new HistoryService.Change(RecordType.STAFF, stored.id(), Map.of(), RecordFields.of(stored), ""));
            }
            AssetRepository assets = new AssetRepository();
            assets.insertAll(c, syntheticAssets(300, sections, staff, today, random));
            // the store was made moments ago: every asset in it is a demo asset
            assets.forEachAsset(c, asset -> changes.add(new HistoryService.Change(RecordType.ASSET, asset.id(), Map.of(),
                    RecordFields.of(asset), "")));
            history.recordAll(c, actor.get(), changes);
            return null;
        });
    }

    /**
     * Adds synthetic 持出・持込 records in every state, two of them overdue, once the demo accounts exist:
     * applied by {@code clerk}, decided by {@code manager} (or on paper by another 情報セキュリティ管理者), carried
     * by other staff (兼務の禁止 holds in the demo too). Assets of records that are out become 持出中. One
     * transaction, with every history entry in the app's name.
     */
    void fillCarries(Account clerk, Account manager) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = now.toLocalDate();
        db.inTransaction(c -> {
            List<Staff> staff = new StaffRepository().findAll(c);
            List<Staff> carriers = staff.stream().filter(m -> m.isActiveOn(today) && !m.securityManager()
                    && !m.systemManager() && m.id() != clerk.staffId() && m.id() != manager.staffId()).toList();
            Staff paperApprover = staff.stream().filter(m -> m.securityManager() && m.isActiveOn(today)
                    && m.id() != manager.staffId()).findFirst().orElse(null);
            AssetRepository assetRepository = new AssetRepository();
            List<Asset> portable = new ArrayList<>();
            assetRepository.forEachAsset(c, a -> {
                boolean usable = (a.status() == AssetStatus.IN_USE || a.status() == AssetStatus.IN_STORAGE)
                        && a.networkZone() != NetworkZone.MY_NUMBER;
                boolean carriable = a.kind() == AssetKind.MOBILE || a.kind() == AssetKind.STORAGE_MEDIUM
                        || a.kind() == AssetKind.TERMINAL || a.kind() == AssetKind.DOCUMENT_DATA;
                if (usable && carriable) {
                    portable.add(a);
                }
                return true;
            });
            if (carriers.size() < 2 || portable.size() < 20) {
                return null; // not the demo organisation: nothing to add
            }
            CarryRepository carries = new CarryRepository();
            List<HistoryService.Change> changes = new ArrayList<>();
            int[] next = {0};
            DemoCarry demo = new DemoCarry(carries, assetRepository, changes, clerk, manager, now);
            String[] purposes = {"出張先での説明資料の提示", "在宅勤務（承認済み）での資料作成", "関係機関との打合せ",
                "収集運搬業者への立入検査", "研修会での発表"};
            String[] places = {"架空県庁 第3会議室", "見本町役場 本庁舎", "職員宅（在宅勤務）", "試験処理場 事務所",
                "架空市民会館"};
            for (int i = 0; i < 16; i++) {
                Staff carrier = carriers.get((i * 7) % carriers.size());
                String purpose = purposes[i % purposes.length];
                String place = places[i % places.length];
                if (i == 3 || i == 9) {
                    demo.bringIn(c, i, carrier, purpose, paperApprover);
                } else {
                    Asset asset = pick(portable, next, i == 0);
                    Staff checker = carriers.get((i * 7 + 1) % carriers.size());
                    demo.carryOut(c, i, carrier, asset, purpose, place, paperApprover, checker);
                }
            }
            history.recordAll(c, Actor.SYSTEM, changes);
            return null;
        });
    }

    /**
     * Adds the synthetic 廃棄記録 (see {@link DemoDisposals}) once the demo accounts exist: applied by {@code clerk},
     * permitted by {@code manager}, done and witnessed by other staff. One transaction.
     */
    void fillDisposals(Account clerk, Account manager) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = now.toLocalDate();
        db.inTransaction(c -> {
            List<Staff> workers = new StaffRepository().findAll(c).stream().filter(m -> m.isActiveOn(today)
                    && !m.securityManager() && m.id() != clerk.staffId() && m.id() != manager.staffId()).toList();
            if (workers.size() < 2) {
                return null; // not the demo organisation: nothing to add
            }
            List<HistoryService.Change> changes = new ArrayList<>();
            new DemoDisposals(changes, clerk, manager, workers, now).fill(c);
            history.recordAll(c, Actor.SYSTEM, changes);
            return null;
        });
    }

    /**
     * Adds two 年度 of synthetic training sessions and attendance (the year before and the running one), with
     * gaps for the home screen to find (see {@link DemoTraining}). One transaction, with every history entry in
     * the app's name.
     */
    void fillTraining() {
        LocalDate today = LocalDate.now(clock);
        db.inTransaction(c -> {
            List<Staff> staff = new StaffRepository().findAll(c);
            List<HistoryService.Change> changes = new ArrayList<>();
            new DemoTraining(new TrainingRepository(), changes, today).fill(c, staff);
            history.recordAll(c, Actor.SYSTEM, changes);
            return null;
        });
    }

    /** The next asset, or with {@code confidential3} the next 機密性3 one. */
    private static Asset pick(List<Asset> assets, int[] next, boolean confidential3) {
        for (int tries = 0; tries < assets.size(); tries++) {
            Asset a = assets.get(next[0]++ % assets.size());
            if (!confidential3 || a.classes().confidentiality() == 3) {
                assets.remove(a);
                return a;
            }
        }
        return assets.remove(0);
    }

    /** Makes the demo's carry records; the index {@code i} decides each one's state. */
    private final class DemoCarry {

        private final CarryRepository carries;
        private final AssetRepository assets;
        private final List<HistoryService.Change> changes;
        private final Account clerk;
        private final Account manager;
        private final LocalDateTime now;

        DemoCarry(CarryRepository carries, AssetRepository assets, List<HistoryService.Change> changes, Account clerk,
                Account manager, LocalDateTime now) {
            this.carries = carries;
            this.assets = assets;
            this.changes = changes;
            this.clerk = clerk;
            this.manager = manager;
            this.now = now;
        }

        /**
         * 0–2 申請中 (waiting), 4–5 許可 (one on paper), 6 却下, 7–8 持出中 and overdue, 10–11 持出中, 12–14 返却済,
         * 15 取消.
         */
        void carryOut(Connection c, int i, Staff carrier, Asset asset, String purpose, String place, Staff paper,
                Staff checker) throws SQLException {
            LocalDateTime out = switch (i) {
                case 7 -> now.minusDays(6).withHour(9).withMinute(0);
                case 8 -> now.minusDays(3).withHour(13).withMinute(30);
                case 10, 11 -> now.minusDays(1).withHour(9).withMinute(0);
                case 12, 13, 14 -> now.minusDays(20L * (i - 11)).withHour(9).withMinute(0);
                default -> now.plusDays(1 + i % 5).withHour(9).withMinute(0);
            };
            LocalDateTime plannedReturn = switch (i) {
                case 7 -> now.minusDays(2).withHour(17).withMinute(0);
                case 8 -> now.minusDays(1).withHour(17).withMinute(0);
                case 10, 11 -> now.plusDays(2).withHour(17).withMinute(0);
                default -> out.plusDays(1).withHour(17).withMinute(0);
            };
            boolean c3 = asset.classes().confidentiality() == 3;
            boolean confidential = asset.classes().isConfidential();
            Set<CarryMeasure> measures = i % 4 == 1 ? EnumSet.of(CarryMeasure.LOCKED_CASE)
                    : EnumSet.of(CarryMeasure.ENCRYPTION, CarryMeasure.LOCKED_CASE);
            boolean warning = confidential && !measures.contains(CarryMeasure.ENCRYPTION);
            boolean required = CarryRules.permissionRequired(CarryKind.CARRY_OUT, List.of(asset));
            CarryRecord r = new CarryRecord(null, CarryKind.CARRY_OUT, CarryStatus.REQUESTED, List.of(asset.id()), null,
                    carrier.id(), clerk.id(), clerk.staffId(), appliedBefore(out), purpose,
                    place, out, plannedReturn, measures, c3 ? "説明に原本データが必要なため（デモ）" : "",
                    warning ? "暗号化できない機器のため鍵付きケースで運搬（デモ）" : "", false, false, required, null, null,
                    null, false, null, "", null, null, null, null, "");
            LocalDateTime decided = r.appliedAt().plusHours(3);
            if (i == 6) {
                r = r.decided(CarryStatus.REJECTED, manager.id(), manager.staffId(), decided, false, null,
                        "持出先で閲覧できるため持出は不要です（デモ）");
            } else if (i == 15) {
                r = r.cancelled(decided, "打合せが延期になったため（デモ）");
            } else if (i >= 4) {
                if (i == 5 && paper != null) {
                    r = r.decided(CarryStatus.APPROVED, null, paper.id(), decided, true, decided.toLocalDate(), "");
                } else {
                    r = r.decided(CarryStatus.APPROVED, manager.id(), manager.staffId(), decided, false, null,
                            i % 3 == 0 ? "返却時に暗号化を確認すること（デモ）" : "");
                }
                if (i >= 7) {
                    r = r.wentOut(out);
                }
                if (i >= 12) {
                    Staff returnChecker = checker.id() == carrier.id() ? paper : checker;
                    r = r.returned(plannedReturn.minusHours(1), returnChecker.id());
                }
            }
            CarryRecord stored = carries.insert(c, r);
            changes.add(new HistoryService.Change(RecordType.CARRY, stored.id(), Map.of(), RecordFields.of(stored), ""));
            if (stored.status() == CarryStatus.OUT) {
                Asset gone = new Asset(asset.id(), asset.assetNo(), asset.businessCategory(), asset.name(), asset.kind(),
                        asset.medium(), asset.networkZone(), asset.maker(), asset.model(), asset.serialNo(),
                        asset.sectionId(), asset.managerStaffId(), asset.users(), asset.classes(), asset.personalInfo(),
                        asset.storagePlace(), asset.lockedStorage(), asset.encrypted(), asset.acquiredOn(),
                        asset.ownership(), asset.leaseEndsOn(), AssetStatus.CARRIED_OUT, asset.retentionUntil(),
                        asset.registeredOn(), asset.lastReviewedOn(), asset.disposalRecordNo(), asset.note());
                assets.update(c, gone);
                changes.add(new HistoryService.Change(RecordType.ASSET, asset.id(), RecordFields.of(asset),
                        RecordFields.of(gone), ""));
            }
        }

        /** Two days before going out at 10:15, and never later than yesterday: an application is in the past. */
        private LocalDateTime appliedBefore(LocalDateTime out) {
            LocalDateTime twoDaysBefore = out.minusDays(2).withHour(10).withMinute(15);
            LocalDateTime yesterday = now.minusDays(1).withHour(10).withMinute(15);
            return twoDaysBefore.isBefore(yesterday) ? twoDaysBefore : yesterday;
        }

        /** 3: 持込 waiting for permission; 9: 持込 in use now, permitted on paper. */
        void bringIn(Connection c, int i, Staff carrier, String purpose, Staff paper) throws SQLException {
            LocalDateTime from = i == 3 ? now.plusDays(2).withHour(9).withMinute(0) : now.minusDays(2).withHour(9).withMinute(0);
            CarryRecord r = new CarryRecord(null, CarryKind.BRING_IN, CarryStatus.REQUESTED, List.of(),
                    new CarryDevice("委託事業者 架空システム株式会社", "ノートパソコン", "DEMO-NB" + (100 + i)), carrier.id(),
                    clerk.id(), clerk.staffId(), appliedBefore(from), purpose,
                    "事務室 打合せスペース", from, from.plusDays(4).withHour(17).withMinute(0),
                    EnumSet.of(CarryMeasure.ENCRYPTION, CarryMeasure.PASSWORD), "", "", true, i != 3, true, null, null,
                    null, false, null, "", null, null, null, null, "");
            if (i == 9) {
                Staff approver = paper;
                LocalDateTime decided = r.appliedAt().plusHours(2);
                r = approver != null
                        ? r.decided(CarryStatus.APPROVED, null, approver.id(), decided, true, decided.toLocalDate(), "")
                        : r.decided(CarryStatus.APPROVED, manager.id(), manager.staffId(), decided, false, null, "");
                r = r.wentOut(from);
            }
            CarryRecord stored = carries.insert(c, r);
            changes.add(new HistoryService.Change(RecordType.CARRY, stored.id(), Map.of(), RecordFields.of(stored), ""));
        }
    }

    /**
     * Synthetic staff: one 情報セキュリティ管理者 per section, one 情報システム管理者, a few who left, a few hired this
     * 年度 (on 1 April, and one in the autumn) and two the year before; 非常勤・臨時 staff signed their 同意書 on their
     * first day, except a couple (every seventh place on the roster).
     */
    public static List<Staff> syntheticStaff(int count, List<Section> sections, LocalDate today, Random random) {
        List<Staff> staff = new ArrayList<>();
        FiscalYear thisYear = FiscalYear.of(today);
        for (int i = 0; i < count; i++) {
            String[] family = FAMILY[i % FAMILY.length];
            String[] given = GIVEN[(i / FAMILY.length + i) % GIVEN.length];
            Section section = sections.get(i % sections.size());
            EmploymentType type = i < count * 3 / 4 ? EmploymentType.REGULAR
                    : EmploymentType.values()[1 + i % (EmploymentType.values().length - 1)];
            LocalDate hired = today.minusDays(30 + random.nextInt(365 * 25));
            // drawn all the same, so that the rest of the data does not move
            if (i % 15 == 7) {
                LocalDate autumn = thisYear.firstDay().plusMonths(5);
                hired = (i / 15) % 3 == 2 && autumn.isBefore(today) ? autumn : thisYear.firstDay();
            } else if (i % 30 == 12) {
                hired = thisYear.firstDay().minusYears(1);
            }
            LocalDate left = i % 20 == 19 ? today.minusDays(1 + random.nextInt(200)) : null;
            if (left != null && left.isBefore(hired)) {
                left = null;
            }
            boolean securityManager = i < sections.size();
            boolean systemManager = i == sections.size();
            LocalDate consent = type.needsConsent() && i % 7 != 6 ? hired : null;
            staff.add(new Staff(null, String.format("S%05d", 1001 + i), family[0] + " " + given[0],
                    family[1] + " " + given[1], section.id(), type, hired, left, securityManager, systemManager,
                    consent));
        }
        return staff;
    }

    /**
     * Synthetic assets that cycle through every kind, class, zone and status, with some of each attention
     * item of the home screen. Also used by the benchmarks to make 100,000 rows.
     */
    public static List<Asset> syntheticAssets(int count, List<Section> sections, List<Staff> staff, LocalDate today,
            Random random) {
        List<Asset> assets = new ArrayList<>(count);
        FiscalYear thisYear = FiscalYear.of(today);
        AssetKind[] kinds = AssetKind.values();
        AssetStatus[] statuses = AssetStatus.values();
        int[] perKind = new int[kinds.length];
        for (int i = 0; i < count; i++) {
            AssetKind kind = kinds[i % kinds.length];
            int number = ++perKind[kind.ordinal()];
            // the section turns at a different pace from the kind, so that every kind is found in every section
            int sectionIndex = (i + i / kinds.length) % sections.size();
            Section section = sections.get(sectionIndex);
            // the first staff of each section is its 情報セキュリティ管理者 (see syntheticStaff)
            Staff manager = staff.get(sectionIndex % staff.size());
            int c = 1 + (i / kinds.length) % 3;
            int integrity = 1 + (i / 3) % 2;
            int availability = 1 + (i / 5) % 2;
            PersonalInfoKind personal = c == 1 ? PersonalInfoKind.NONE : PersonalInfoKind.values()[i % 4];
            AssetStatus status = i % 10 < 6 ? AssetStatus.IN_USE : statuses[i % statuses.length];
            NetworkZone zone = NetworkZone.values()[(i / 2) % NetworkZone.values().length];
            boolean leased = kind == AssetKind.TERMINAL || kind == AssetKind.MULTIFUNCTION ? i % 2 == 0 : i % 7 == 0;
            LocalDate acquired = today.minusDays(60 + random.nextInt(365 * 6));
            LocalDate leaseEnds = leased ? acquired.plusYears(5) : null;
            if (leased && i % 11 == 0) {
                leaseEnds = today.plusDays(10 + random.nextInt(60));
            }
            if (leaseEnds != null && !leaseEnds.isAfter(acquired)) {
                leaseEnds = acquired.plusYears(1);
            }
            // most were reviewed this year; about one in eight is still due
            LocalDate reviewed = i % 8 == 3 ? thisYear.firstDay().minusDays(1 + random.nextInt(300))
                    : maxOf(thisYear.firstDay(), acquired).plusDays(random.nextInt(30));
            if (reviewed.isAfter(today)) {
                reviewed = today;
            }
            boolean locked = i % 9 != 4;
            boolean encrypted = kind.isPortableMedium() ? i % 6 != 1 : i % 3 == 0;
            LocalDate retention = i % 13 == 0 ? today.minusDays(1 + random.nextInt(90)) : today.plusYears(1 + i % 5);
            String holder = staff.get(i % staff.size()).name();
            assets.add(new Asset(null, String.format("%s-%04d", kind.defaultPrefix(), number), businessCategory(i),
                    assetName(kind, i), kind, medium(kind), zone, MAKERS[i % MAKERS.length],
                    String.format("DM-%03d", i % 97), String.format("SN%08d", 10_000_000 + random.nextInt(89_999_999)),
                    section.id(), manager.id(), kind == AssetKind.DOCUMENT_DATA ? section.name() + " 全員" : holder,
                    new Classification(c, integrity, availability), personal, PLACES[i % PLACES.length], locked,
                    encrypted, acquired, leased ? Ownership.LEASED : Ownership.PURCHASED, leaseEnds, status, retention,
                    acquired, reviewed, status.isFinal() ? String.format("D-%05d", i) : "",
                    i % 17 == 0 ? "デモ用の架空データです" : ""));
        }
        return assets;
    }

    private static LocalDate maxOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String businessCategory(int i) {
        String[] categories = {"総務事務", "ごみ収集運搬", "施設運転管理", "会計事務", "人事給与"};
        return categories[i % categories.length];
    }

    /** A synthetic asset name of {@code kind}, varied by {@code i} (also the ten-year benchmark data's). */
    public static String assetName(AssetKind kind, int i) {
        return switch (kind) {
            case TERMINAL -> "事務用パソコン " + (1 + i % 40) + "号機";
            case MOBILE -> i % 2 == 0 ? "持出用ノートパソコン" : "業務用タブレット";
            case SERVER -> i % 2 == 0 ? "ファイルサーバ" : "計量管理サーバ";
            case STORAGE_MEDIUM -> new String[] {"USBメモリ", "外付けHDD", "DVD-R", "SDカード"}[i % 4];
            case MULTIFUNCTION -> "複合機（事務室）";
            case SPECIAL_PURPOSE -> "トラックスケール計量端末";
            case IC_CARD -> "職員証ICカード";
            case DOCUMENT_DATA -> i % 2 == 0 ? "収集運搬許可業者台帳データ" : "給与計算データ";
            case SOFTWARE -> "表計算ソフト ライセンス";
        };
    }

    /** The storage medium a synthetic asset of {@code kind} is recorded with. */
    public static String medium(AssetKind kind) {
        return switch (kind) {
            case TERMINAL, MOBILE -> "内蔵SSD";
            case SERVER -> "RAID HDD";
            case STORAGE_MEDIUM -> "可搬媒体";
            case DOCUMENT_DATA -> "ファイルサーバ共有フォルダ";
            default -> "";
        };
    }
}
