package org.daicho.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.daicho.domain.AssetField;
import org.daicho.domain.AssetKind;
import org.daicho.domain.AssetStatus;
import org.daicho.domain.AttentionKind;
import org.daicho.domain.DateStyle;
import org.daicho.domain.EmploymentType;
import org.daicho.domain.HandlingRestriction;
import org.daicho.domain.NetworkZone;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Ownership;
import org.daicho.domain.PersonalInfoKind;
import org.daicho.domain.StaffField;
import org.daicho.domain.StorageWarning;
import org.daicho.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both bundles load, hold the same keys, and hold every key the code asks for. */
class MessagesBundleTest {

    private static final String EN = "org/daicho/i18n/messages.properties";
    private static final String JA = "org/daicho/i18n/messages_ja.properties";

    private static Properties en;
    private static Properties ja;

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    @BeforeAll
    static void loadBundles() throws IOException {
        en = load(EN);
        ja = load(JA);
    }

    @Test
    void bothBundlesLoadThroughMessages() {
        Messages japanese = Messages.japanese();
        Messages english = Messages.forLanguage("en");
        assertThat(japanese.locale()).isEqualTo(Locale.JAPANESE);
        assertThat(japanese.get("nav.home")).isEqualTo("ホーム");
        assertThat(english.get("nav.home")).isEqualTo("Home");
        assertThat(Messages.forLanguage("ja").get("app.subtitle")).isEqualTo("情報セキュリティ記録台帳");
        assertThat(english.get("no.such.key")).isEqualTo("!no.such.key!");
        assertThat(japanese.label(AssetStatus.DISPOSED)).isEqualTo("廃棄済");
        assertThat(japanese.label(null)).isEmpty();
    }

    @Test
    void theJapaneseBundleIsNotMisreadAsLatin1() {
        assertThat(ja.getProperty("nav.home")).isEqualTo("ホーム");
        assertThat(Messages.japanese().bundle().getString("nav.home")).isEqualTo("ホーム");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> missingInJa = new TreeSet<>(en.stringPropertyNames());
        missingInJa.removeAll(ja.stringPropertyNames());
        Set<String> missingInEn = new TreeSet<>(ja.stringPropertyNames());
        missingInEn.removeAll(en.stringPropertyNames());

        assertThat(missingInJa).as("keys in messages.properties missing from messages_ja.properties").isEmpty();
        assertThat(missingInEn).as("keys in messages_ja.properties missing from messages.properties").isEmpty();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void bothLanguagesShowTheSameDetailsInEachMessage() {
        Map<String, String> different = new TreeMap<>();
        for (String key : en.stringPropertyNames()) {
            String other = ja.getProperty(key);
            if (other != null && !placeholders(en.getProperty(key)).equals(placeholders(other))) {
                different.put(key, "en " + placeholders(en.getProperty(key)) + " ja " + placeholders(other));
            }
        }
        assertThat(different).as("messages whose {n} placeholders differ between the languages").isEmpty();
    }

    @Test
    void everyMessageWithPlaceholdersIsAValidPattern() {
        List<String> broken = new ArrayList<>();
        for (Properties bundle : List.of(en, ja)) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                if (!placeholders(pattern).isEmpty()) {
                    try {
                        String formatted = new MessageFormat(pattern)
                                .format(new Object[] {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"});
                        if (pattern.contains("'") || formatted.contains("{")) {
                            broken.add(key + " → " + formatted);
                        }
                    } catch (IllegalArgumentException e) {
                        broken.add(key + " → " + e.getMessage());
                    }
                }
            }
        }
        assertThat(broken).as("an apostrophe or brace swallows text in MessageFormat").isEmpty();
    }

    private static void assertKeys(String what, Stream<String> keys) {
        List<String> wanted = keys.toList();
        List<String> missing = new ArrayList<>();
        for (String key : wanted) {
            if (!en.containsKey(key)) {
                missing.add("messages.properties: " + key);
            }
            if (!ja.containsKey(key)) {
                missing.add("messages_ja.properties: " + key);
            }
        }
        assertThat(missing).as(what).isEmpty();
    }

    private static <E extends Enum<E>> Stream<String> keysOf(Class<E> type, Function<E, String> key) {
        return Stream.of(type.getEnumConstants()).map(key);
    }

    @Test
    void everyChoiceHasALabel() {
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(AssetKind.class, NetworkZone.class,
                PersonalInfoKind.class, Ownership.class, AssetStatus.class, EmploymentType.class, DateStyle.class)) {
            assertKeys(type.getSimpleName(), Stream.of(type.getEnumConstants())
                    .map(e -> "enum." + type.getSimpleName() + "." + e.name()));
        }
    }

    @Test
    void everyRestrictionWarningAndStoreErrorHasAText() {
        assertKeys("restrictions", keysOf(HandlingRestriction.class, r -> "restriction." + r.name()));
        assertKeys("short restrictions", keysOf(HandlingRestriction.class, r -> "restriction.short." + r.name()));
        assertKeys("warnings", keysOf(StorageWarning.class, w -> "warning." + w.name()));
        assertKeys("store errors", keysOf(StoreException.Reason.class, r -> "store.error." + r.name()));
    }

    @Test
    void everyFieldHasALabel() {
        assertKeys("asset fields", keysOf(AssetField.class, f -> "asset.field." + f.name()));
        assertKeys("staff fields", keysOf(StaffField.class, f -> "staff.field." + f.name()));
        assertKeys("setup fields", keysOf(OrganisationSetup.Field.class, f -> "setup.field." + f.name()));
    }

    @Test
    void everyAttentionItemHasATitleAndAHint() {
        assertKeys("attention items", keysOf(AttentionKind.class, a -> "home.attention." + a.name()));
        assertKeys("attention hints", keysOf(AttentionKind.class, a -> "home.attention." + a.name() + ".hint"));
    }

    /** A key-shaped literal: lower-case start, at least one dot, not ending in a dot. */
    private static final String KEY = "([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)";
    /** Not followed by {@code +}: a literal that is only the start of a key built by concatenation. */
    private static final String WHOLE = "\"(?!\\s*\\+)";
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("\\.get\\(\\s*\"" + KEY + WHOLE),
            Pattern.compile("\"(validation\\.[A-Za-z0-9_.]*[A-Za-z0-9_])" + WHOLE),
            Pattern.compile("FieldError\\.of\\([^,()]+,\\s*\"" + KEY + WHOLE),
            Pattern.compile("ExportException\\(\\s*\"" + KEY + WHOLE));

    @Test
    void everyKeyTheCodeAsksForIsInBothBundles() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).isDirectory();
        Map<String, String> usedAt = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern use : KEY_USES) {
                    Matcher m = use.matcher(code);
                    while (m.find()) {
                        usedAt.putIfAbsent(m.group(1), sources.relativize(file).toString());
                    }
                }
            }
        }
        assertThat(usedAt).as("keys found in the code").containsKeys("validation.required", "assets.title");

        List<String> missing = new ArrayList<>();
        usedAt.forEach((key, file) -> {
            if (!en.containsKey(key)) {
                missing.add(key + " (" + file + ") missing from messages.properties");
            }
            if (!ja.containsKey(key)) {
                missing.add(key + " (" + file + ") missing from messages_ja.properties");
            }
        });
        assertThat(missing).isEmpty();
    }
}
