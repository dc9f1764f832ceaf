package org.daicho.service;

import java.util.Locale;
import org.daicho.store.Secrets;

/**
 * The recovery key: 200 random bits written as 40 characters of base32 in groups of five
 * (e.g. {@code K7QXM-…}), easy to print and to type back. Only letters A–Z and digits 2–7 are used.
 */
final class RecoveryKeys {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private RecoveryKeys() {
    }

    static String generate() {
        byte[] random = Secrets.randomBytes(25);
        StringBuilder code = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : random) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i += 5) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(code, i, i + 5);
        }
        return grouped.toString();
    }

    /** What was typed, reduced to the 40 characters that count (case, spaces and hyphens ignored). */
    static char[] normalise(String typed) {
        String upper = java.text.Normalizer.normalize(typed == null ? "" : typed, java.text.Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        for (char c : upper.toCharArray()) {
            if (ALPHABET.indexOf(c) >= 0) {
                kept.append(c);
            }
        }
        return kept.toString().toCharArray();
    }
}
