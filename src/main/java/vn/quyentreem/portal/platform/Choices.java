package vn.quyentreem.portal.platform;

import java.util.Collection;

/** Checks a value someone typed or sent against a fixed set of choices. */
public final class Choices {

    private Choices() {
    }

    /**
     * True when {@code value} is one of {@code allowed}. A missing value is simply not one of them: the immutable
     * {@code List.of(…).contains(null)} throws, which turned a field left out of a request into a server error.
     */
    public static boolean isOneOf(String value, Collection<String> allowed) {
        return value != null && allowed.contains(value);
    }

    /** How the API spells a choice: its name in lower case, words joined by "_" ("pending_verification"). */
    public static String json(Enum<?> choice) {
        return choice == null ? null : choice.name().toLowerCase(java.util.Locale.ROOT);
    }
}
