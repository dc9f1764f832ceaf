package org.daicho.domain;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Suggests the next 管理番号 for a kind: its prefix, a hyphen and the next free four-digit number. */
public final class AssetNumbers {

    private AssetNumbers() {
    }

    public static String next(String prefix, Collection<String> existingNumbers) {
        Pattern own = Pattern.compile(Pattern.quote(prefix) + "-(\\d+)");
        int highest = 0;
        for (String number : existingNumbers) {
            Matcher m = own.matcher(number);
            if (m.matches() && m.group(1).length() <= 9) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return String.format("%s-%04d", prefix, highest + 1);
    }
}
