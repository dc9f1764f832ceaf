package org.daicho.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one message bundle of the app ({@code org/daicho/i18n/messages*.properties}, UTF-8). Japanese is the
 * default UI; English when the OS locale is not Japanese or {@code --lang en} is given.
 */
public final class Messages {

    public static final String BUNDLE = "org.daicho.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    /** Enum labels are asked for once per cell in large exports: look each up only once. */
    private final Map<Enum<?>, String> labels = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: an English UI must not pick up Japanese and vice versa.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(locale);
    }

    /** {@code ja} or {@code en} as asked; with no choice, Japanese unless the OS locale is another language. */
    public static Messages forLanguage(String language) {
        String chosen = language != null ? language : Locale.getDefault().getLanguage();
        return new Messages("ja".equals(chosen) ? Locale.JAPANESE : Locale.ENGLISH);
    }

    public static Messages japanese() {
        return forLocale(Locale.JAPANESE);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The label of an enum constant: key {@code enum.SimpleName.CONSTANT}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return labels.computeIfAbsent(value,
                v -> get("enum." + v.getDeclaringClass().getSimpleName() + "." + v.name()));
    }
}
