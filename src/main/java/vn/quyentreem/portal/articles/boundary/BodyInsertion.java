package vn.quyentreem.portal.articles.boundary;

/** Puts a block (an image) into a Markdown body at the cursor, on lines of its own so it stays a block. */
final class BodyInsertion {

    private BodyInsertion() {
    }

    /**
     * {@code body} with {@code block} at {@code cursor} (a character offset as the browser counts them, sent by the
     * editor's script); at the end when the cursor is missing, not a number or past the end.
     */
    static String at(String body, String cursor, String block) {
        // the browser counts a line break as one character, but posts it as two
        String text = body == null ? "" : body.replace("\r\n", "\n");
        int at = text.length();
        try {
            int given = Integer.parseInt(cursor == null ? "" : cursor.strip());
            if (given >= 0 && given < text.length()) {
                at = given;
            }
        } catch (NumberFormatException e) {
            // no cursor: the end
        }
        if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
            at--;
        }
        String before = text.substring(0, at).stripTrailing();
        String after = text.substring(at).stripLeading();
        return (before.isEmpty() ? "" : before + "\n\n") + block + (after.isEmpty() ? "\n" : "\n\n" + after);
    }
}
