package vn.quyentreem.portal.platform;

import java.time.Instant;

/**
 * Something that becomes public at a set time, such as contest results or award laureates under embargo. Each
 * feature implements it; {@link TimedReleases} asks them all every few seconds.
 */
public interface TimedRelease {

    /** Makes public whatever is due by now, telling pages and search; does nothing when nothing is. */
    void releaseDue(Instant now);
}
