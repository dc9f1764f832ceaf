package org.daicho.forms;

import java.util.Locale;

/**
 * Small text rules shared by every exported form: formula-looking text, display width of Japanese text,
 * the list separator, and strings safe for a Windows file name or an Excel print header/footer.
 */
public final class FormText {

    /** Characters Windows refuses in a file name (plus the control characters, checked separately). */
    private static final String ILLEGAL_IN_FILE_NAME = "\\/:*?\"<>|";

    private FormText() {
    }

    /** What joins the items of a list in one cell: 「、」 in Japanese, 「; 」 in English. */
    public static String listSeparator(Locale locale) {
        return "ja".equals(locale.getLanguage()) ? "、" : "; ";
    }

    /**
     * Whether a spreadsheet would take this text for a formula (forms.md: "no cell is a formula that came
     * from user text"). True when the text, after leading white space, begins with {@code = + - @} (or their
     * full-width forms, which a Japanese IME turns into formulas when the cell is edited), and when it begins
     * with a tab or carriage return (the OWASP "CSV injection" list). Such text is still written as a plain
     * string; this only decides whether the cell also gets a quote prefix so that editing it keeps it text.
     */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r') {
            return true;
        }
        int i = 0;
        while (i < text.length() && isBlank(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        return "=+-@＝＋－＠".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c); // the latter covers U+3000 and NBSP
    }

    /**
     * The width of the text in half-width character cells: full-width (CJK, kana, full-width forms) count 2,
     * everything else 1. Good enough to size columns and header rows without measuring fonts, which SXSSF
     * cannot do cheaply (autoSizeColumn would keep every row in memory).
     */
    public static int displayWidth(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * How many lines the text takes when wrapped in a column of the given width (half-width characters),
     * counting its own line breaks. An estimate on the safe side for Excel, where a kanji of ＭＳ Ｐゴシック is
     * just under two digits wide; LibreOffice's substitute fonts are narrower, so it shows a little spare
     * room. About 2 characters of the width go to the cell's padding and to word breaks.
     */
    public static int wrappedLines(String text, int columnWidth) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(1, columnWidth - 2);
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            // the common case, without a regex split: this runs for every text cell of 100,000-row exports
            return Math.max(1, (int) Math.ceil(displayWidth(text) / usable));
        }
        int lines = 0;
        for (String line : text.split("\r?\n|\r", -1)) {
            lines += Math.max(1, (int) Math.ceil(displayWidth(line) / usable));
        }
        return lines;
    }

    /**
     * The width of the longest word of half-width characters (a Latin word) in the texts; 0 when there is
     * none. A column at least this wide never breaks an English word in two; Japanese wraps anywhere.
     */
    public static int longestLatinWord(String... texts) {
        int longest = 0;
        for (String text : texts) {
            for (String word : text == null ? new String[0] : text.split("[\\s/]+")) {
                if (displayWidth(word) == word.length()) {
                    longest = Math.max(longest, word.length());
                }
            }
        }
        return longest;
    }

    private static boolean isWide(int cp) {
        if (cp >= 0xFF61 && cp <= 0xFFDC) {
            return false; // half-width katakana and Hangul
        }
        return (cp >= 0x1100 && cp <= 0x115F) || cp >= 0x2E80;
    }

    /** The text with the characters Windows forbids in file names removed, and no trailing dots or spaces. */
    public static String safeFileName(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> cp >= 0x20 && cp != 0x7F && ILLEGAL_IN_FILE_NAME.indexOf(cp) < 0)
                .forEach(out::appendCodePoint);
        int end = out.length();
        while (end > 0 && (out.charAt(end - 1) == '.' || out.charAt(end - 1) == ' ')) {
            end--;
        }
        return out.substring(0, end).strip();
    }

    /**
     * Text for a print header or footer: {@code &} starts a code there (page number, font...), so a literal
     * one is doubled, and the text is cut so that the whole header stays within Excel's 255 characters.
     */
    public static String forHeaderFooter(String text, int maxLength) {
        String plain = text == null ? "" : text.replaceAll("[\\p{Cntrl}]", " ");
        if (plain.length() > maxLength) {
            plain = plain.substring(0, maxLength - 1) + "…";
        }
        return plain.replace("&", "&&");
    }
}
