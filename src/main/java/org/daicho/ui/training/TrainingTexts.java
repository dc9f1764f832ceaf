package org.daicho.ui.training;

import java.text.Normalizer;
import java.util.Locale;
import org.daicho.domain.Staff;

/** How the training screens write rates and names, and how the type-ahead compares names. */
final class TrainingTexts {

    private TrainingTexts() {
    }

    /** 受講率 as the report prints it: 「87.5%」. */
    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /**
     * Text as the type-ahead compares it: NFKC (full-width letters and digits), lower case, no spaces, and
     * katakana read as hiragana (シケン finds しけん).
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            out.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return out.toString();
    }

    /** Whether {@code person} matches what was typed: 氏名, ふりがな or the start of the 職員番号. */
    static boolean matches(Staff person, String folded) {
        if (folded.isEmpty()) {
            return true;
        }
        return fold(person.name()).contains(folded) || fold(person.kana()).contains(folded)
                || fold(person.staffNo()).startsWith(folded);
    }
}
