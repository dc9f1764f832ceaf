package org.daicho.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The field changes of a change-history entry, and their canonical text as stored and hashed.
 *
 * <p>The text has one line per change: field, value before, value after, separated by a tab. Backslash,
 * tab, line feed and carriage return inside a value are written {@code \\ \t \n \r}; a missing value
 * (before a record existed, after it was deleted) is {@code \N}. So every list has exactly one text and
 * every text at most one list.
 */
public final class FieldChanges {

    private static final String NULL = "\\N";

    private FieldChanges() {
    }

    /**
     * The fields that differ between two states of a record: first the fields of {@code after} in its order,
     * then the fields only {@code before} had. Empty when nothing changed.
     */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!before.containsKey(field) || !Objects.equals(old, value)) {
                changes.add(new FieldChange(field, before.containsKey(field) ? old : null, value));
            }
        });
        before.forEach((field, old) -> {
            if (!after.containsKey(field)) {
                changes.add(new FieldChange(field, old, null));
            }
        });
        return changes;
    }

    /** Applies changes to a record's state: each field gets its value after; a field whose after is null goes. */
    public static void apply(Map<String, String> state, List<FieldChange> changes) {
        for (FieldChange change : changes) {
            if (change.after() == null) {
                state.remove(change.field());
            } else {
                state.put(change.field(), change.after());
            }
        }
    }

    public static String encode(List<FieldChange> changes) {
        StringBuilder text = new StringBuilder();
        for (FieldChange change : changes) {
            if (text.length() > 0) {
                text.append('\n');
            }
            escape(text, change.field());
            text.append('\t');
            escape(text, change.before());
            text.append('\t');
            escape(text, change.after());
        }
        return text.toString();
    }

    /** @throws IllegalArgumentException for text that is not the canonical form of a list of changes */
    public static List<FieldChange> decode(String text) {
        List<FieldChange> changes = new ArrayList<>();
        if (text.isEmpty()) {
            return changes;
        }
        for (String line : text.split("\n", -1)) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a field change: " + line);
            }
            changes.add(new FieldChange(unescape(parts[0]), unescape(parts[1]), unescape(parts[2])));
        }
        if (!encode(changes).equals(text)) {
            throw new IllegalArgumentException("not in canonical form");
        }
        return changes;
    }

    /** A record's fields as one canonical text, independent of their order: what verify compares. */
    public static String canonical(Map<String, String> fields) {
        List<FieldChange> all = new ArrayList<>();
        new TreeMap<>(fields).forEach((field, value) -> all.add(new FieldChange(field, null, value)));
        return encode(all);
    }

    /** A copy that keeps the order of {@code fields}. */
    public static Map<String, String> copy(Map<String, String> fields) {
        return new LinkedHashMap<>(fields);
    }

    private static void escape(StringBuilder out, String value) {
        if (value == null) {
            out.append(NULL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }

    private static String unescape(String text) {
        if (text.equals(NULL)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            if (++i == text.length()) {
                throw new IllegalArgumentException("dangling escape: " + text);
            }
            switch (text.charAt(i)) {
                case '\\' -> out.append('\\');
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("unknown escape in: " + text);
            }
        }
        return out.toString();
    }
}
