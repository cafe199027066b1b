package vn.quyentreem.portal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * What a list shows of a text that may be very long (a name or an address someone typed): its beginning, with the
 * whole text one click away in the p:longText tag, so that no cell can stretch a page.
 */
@Named("longTexts")
@ApplicationScoped
public class LongTexts {

    /** Characters shown in a list before the text is cut. */
    public static final int SHOWN = 80;

    public boolean isLong(String text) {
        return text != null && text.codePointCount(0, text.length()) > SHOWN;
    }

    /** The first {@link #SHOWN} characters and "…" when the text is longer; cut between characters, never inside one. */
    public String head(String text) {
        if (!isLong(text)) {
            return text == null ? "" : text;
        }
        return text.substring(0, text.offsetByCodePoints(0, SHOWN - 1)).stripTrailing() + "…";
    }
}
