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

    /** Whether both addresses reach the same person (see {@link #mailbox}); a missing one reaches nobody. */
    public static boolean sameMailbox(String one, String other) {
        return one != null && other != null && mailbox(one).equals(mailbox(other));
    }

    /**
     * The mailbox an address reaches: lower-case, without a "+tag" after the name, and for Gmail without the dots
     * it ignores. Two addresses with the same mailbox reach the same person.
     */
    public static String mailbox(String address) {
        String a = normalize(address);
        int at = a.lastIndexOf('@');
        if (at < 0) {
            return a;
        }
        String local = a.substring(0, at);
        String domain = a.substring(at + 1);
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        if (domain.equals("gmail.com") || domain.equals("googlemail.com")) {
            local = local.replace(".", "");
            domain = "gmail.com";
        }
        return local + "@" + domain;
    }
}
