package vn.quyentreem.portal.site;

import jakarta.json.JsonObject;

/**
 * JSON-LD for search engines, written inside a {@code <script>} element of a page. JSON lets any character be
 * written as {@code \\uXXXX}; "<", ">" and "&" are, so that no text ("</script>", "<!--<script>") can end the element
 * or switch the HTML parser into another state, and U+2028/U+2029 are, for the script parsers that read them as
 * line ends.
 */
public final class JsonLd {

    private JsonLd() {
    }

    /** The object as JSON that is safe between {@code <script type="application/ld+json">} and its end tag. */
    public static String script(JsonObject object) {
        String json = object.toString();
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
