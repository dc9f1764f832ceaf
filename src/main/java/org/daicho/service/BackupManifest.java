package org.daicho.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code manifest.properties} inside a backup (UTF-8): what it is, which app made it and when, the organisation,
 * how many records of each kind it holds, and the size and SHA-256 of every other entry.
 */
public record BackupManifest(int format, String appVersion, Instant createdAt, String organisation,
        Map<String, Long> counts, Map<String, Entry> entries) {

    public static final String FILE = "manifest.properties";
    static final String KIND = "daicho-backup";
    static final int FORMAT = 1;

    /** One entry of the backup: its size in bytes and its SHA-256 (lower-case hex). */
    public record Entry(long size, String sha256) {
    }

    public BackupManifest {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    void write(OutputStream out) throws IOException {
        Properties p = new Properties() {
            // written in a fixed order, so that two manifests of the same backup are byte for byte the same
            @Override
            public synchronized java.util.Set<Map.Entry<Object, Object>> entrySet() {
                java.util.Set<Map.Entry<Object, Object>> sorted = new java.util.TreeSet<>(
                        (a, b) -> a.getKey().toString().compareTo(b.getKey().toString()));
                sorted.addAll(super.entrySet());
                return sorted;
            }
        };
        p.setProperty("kind", KIND);
        p.setProperty("format", Integer.toString(format));
        p.setProperty("appVersion", appVersion);
        p.setProperty("createdAt", createdAt.toString());
        p.setProperty("organisation", organisation);
        counts.forEach((name, count) -> p.setProperty("count." + name, Long.toString(count)));
        entries.forEach((name, entry) -> {
            p.setProperty("entry." + name + ".size", Long.toString(entry.size()));
            p.setProperty("entry." + name + ".sha256", entry.sha256());
        });
        Writer writer = new OutputStreamWriter(Hashing.nonClosing(out), StandardCharsets.UTF_8);
        p.store(writer, "Daicho backup manifest");
        writer.flush();
    }

    /**
     * Reads a manifest.
     *
     * @throws IllegalArgumentException when it is not a Daicho backup manifest, or one of a newer format
     */
    static BackupManifest read(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (!KIND.equals(p.getProperty("kind"))) {
            throw new IllegalArgumentException("not a Daicho backup manifest");
        }
        int format;
        Instant createdAt;
        try {
            format = Integer.parseInt(p.getProperty("format", ""));
            createdAt = Instant.parse(p.getProperty("createdAt", ""));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("unreadable manifest", e);
        }
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Entry> entries = new TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            try {
                if (name.startsWith("count.")) {
                    counts.put(name.substring("count.".length()), Long.parseLong(p.getProperty(name)));
                } else if (name.startsWith("entry.") && name.endsWith(".sha256")) {
                    String entry = name.substring("entry.".length(), name.length() - ".sha256".length());
                    long size = Long.parseLong(p.getProperty("entry." + entry + ".size", "-1"));
                    entries.put(entry, new Entry(size, p.getProperty(name).strip()));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("unreadable manifest", e);
            }
        }
        return new BackupManifest(format, p.getProperty("appVersion", ""), createdAt,
                p.getProperty("organisation", ""), counts, entries);
    }
}
