package vn.quyentreem.portal.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * Work that comes due with time: scheduled publishing, embargoed results and laureates, the membership round.
 * {@link ScheduledJobs} runs every job at start and then every {@link #period()}.
 *
 * <p>A job keeps what it has done in the store and takes each due step with a conditional update there
 * (the store's {@code transition}), which a JVM lock could not replace. So a step that came due while the
 * portal was down is taken by the first round after start, and two rounds at once (a slow one and the next, or
 * two nodes) take it once.
 */
public interface ScheduledJob {

    /** Takes every step due by {@code now} and says how many it took; does nothing when none is due. */
    int runDue(Instant now);

    /** How often to look; the default suits steps that readers wait for, such as an announcement at its minute. */
    default Duration period() {
        return Duration.ofSeconds(5);
    }
}
