package vn.quyentreem.portal.platform;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese telephone numbers as people type them — "0912 345 678", "+84 912.345.678", "(024) 3824 1234" —
 * brought to one national form, digits only, so they can be checked and compared.
 */
public final class VietnamesePhones {

    /** Mobile numbers since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x and eight more digits. */
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");
    /** Fixed lines: 02 + area code + subscriber, eleven digits in all. */
    private static final Pattern LANDLINE = Pattern.compile("02\\d{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    private VietnamesePhones() {
    }

    /** The number in national form (0912345678), or empty when it is not a Vietnamese number. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        if (digits.startsWith("00")) {
            return Optional.empty();
        }
        return MOBILE.matcher(digits).matches() || LANDLINE.matcher(digits).matches()
                ? Optional.of(digits) : Optional.empty();
    }

    /** For reading: 0912 345 678, 024 3824 1234. */
    public static String display(String national) {
        if (national == null) {
            return null;
        }
        if (national.length() == 10) {
            return national.substring(0, 4) + " " + national.substring(4, 7) + " " + national.substring(7);
        }
        if (national.length() == 11) {
            return national.substring(0, 3) + " " + national.substring(3, 7) + " " + national.substring(7);
        }
        return national;
    }
}
