package org.daicho.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.daicho.domain.Asset;
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
import org.daicho.store.Database;
import org.daicho.store.SectionRepository;
import org.daicho.store.StaffRepository;

/**
 * The demo organisation: 3 sections, 60 staff and 300 assets covering every kind, class and status, so
 * that a newcomer sees full screens at once. Every name is obviously synthetic (policy 2.6.3(3)②(ウ): no
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

    /** Synthetic staff: one 情報セキュリティ管理者 per section, one 情報システム管理者, a few who left. */
    public static List<Staff> syntheticStaff(int count, List<Section> sections, LocalDate today, Random random) {
        List<Staff> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] family = FAMILY[i % FAMILY.length];
            String[] given = GIVEN[(i / FAMILY.length + i) % GIVEN.length];
            Section section = sections.get(i % sections.size());
            EmploymentType type = i < count * 3 / 4 ? EmploymentType.REGULAR
                    : EmploymentType.values()[1 + i % (EmploymentType.values().length - 1)];
            LocalDate hired = today.minusDays(30 + random.nextInt(365 * 25));
            LocalDate left = i % 20 == 19 ? today.minusDays(1 + random.nextInt(200)) : null;
            if (left != null && left.isBefore(hired)) {
                left = null;
            }
            boolean securityManager = i < sections.size();
            boolean systemManager = i == sections.size();
            staff.add(new Staff(null, String.format("S%05d", 1001 + i), family[0] + " " + given[0],
                    family[1] + " " + given[1], section.id(), type, hired, left, securityManager, systemManager));
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

    private static String assetName(AssetKind kind, int i) {
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

    private static String medium(AssetKind kind) {
        return switch (kind) {
            case TERMINAL, MOBILE -> "内蔵SSD";
            case SERVER -> "RAID HDD";
            case STORAGE_MEDIUM -> "可搬媒体";
            case DOCUMENT_DATA -> "ファイルサーバ共有フォルダ";
            default -> "";
        };
    }
}
