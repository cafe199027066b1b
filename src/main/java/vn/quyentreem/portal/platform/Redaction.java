package vn.quyentreem.portal.platform;

import java.util.Collection;

/**
 * Takes a withdrawn child's name and the like out of texts kept for other reasons (the audit trail, the
 * outbox): the record stays, what it said about the child does not.
 */
public final class Redaction {

    private Redaction() {
    }

    /**
     * {@code value} with each of {@code texts} replaced; the very same string when none of them occurs, so that a
     * caller can tell with {@code !=} whether anything was there. Blank texts are skipped: replacing "" would
     * "find" something everywhere.
     */
    public static String replaced(String value, Collection<String> texts, String replacement) {
        if (value == null) {
            return null;
        }
        String result = value;
        for (String t : texts) {
            if (t != null && !t.isBlank() && !t.equals(replacement) && result.contains(t)) {
                result = result.replace(t, replacement);
            }
        }
        return result;
    }
}
