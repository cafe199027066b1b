package vn.quyentreem.portal.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing wrong with what someone sent, in Vietnamese, and the input it is about: its name in the API
 * ({@code "familyName"}, {@code "values.title"}), or null when it is about the whole. Pages mark that input and
 * link to it from the message; the API names it next to the message.
 */
public record Problem(String field, String message) {

    public static Problem of(String message) {
        return new Problem(null, message);
    }

    /** All problems as one sentence, for the API's {@code error} and for logs. */
    public static String sentence(List<Problem> problems) {
        return problems.stream().map(Problem::message).collect(Collectors.joining("; "));
    }
}
