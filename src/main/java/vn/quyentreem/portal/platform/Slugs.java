package vn.quyentreem.portal.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** ASCII URL slugs from Vietnamese text: "Đoàn kết, đổi mới" → "doan-ket-doi-moi". */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    public static String of(String text) {
        String slug = NON_ALNUM.matcher(fold(text)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimDashes(slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    /**
     * The first letter of each syllable, in capitals, without marks ("Ngôi nhà mơ ước" → "NNMU"), or
     * {@code fallback} when there is none: how the codes of entries and nominations begin.
     */
    public static String initials(String text, String fallback) {
        StringBuilder initials = new StringBuilder();
        for (String syllable : of(text == null ? "" : text).split("-")) {
            if (!syllable.isEmpty()) {
                initials.append(Character.toUpperCase(syllable.charAt(0)));
            }
        }
        return initials.isEmpty() ? fallback : initials.toString();
    }

    /**
     * The text in lower case without diacritics ("Đoàn Kết" → "doan ket"), punctuation kept: what slugs are made of,
     * and what in-memory searches compare, so that a name typed without its marks is found.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // đ/Đ is a letter of its own, not d plus a mark, so NFD leaves it alone
        String plain = text.replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The slug of the text, with -2, -3… appended until {@code taken} says it is free. */
    public static String unique(String text, Predicate<String> taken) {
        String base = of(text);
        if (base.isEmpty()) {
            base = "bai-viet";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH + 8 && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
