package vn.quyentreem.portal.platform;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as forms take them: checked for a plausible shape, kept lower-case so duplicates are found. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= 254 && SHAPE.matcher(address).matches();
    }

    public static String normalize(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
