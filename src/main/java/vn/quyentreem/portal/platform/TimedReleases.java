package vn.quyentreem.portal.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 5 seconds, lets each {@link TimedRelease} publish what has come due. Pages and the index learn of an
 * embargoed announcement within seconds of its time, without anyone pressing a button.
 */
@ApplicationScoped
public class TimedReleases {

    private static final Logger LOG = Logger.getLogger(TimedReleases.class.getName());

    @Inject
    Instance<TimedRelease> releases;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> tick;

    void onStart(@Observes Startup startup) {
        tick = scheduler.scheduleWithFixedDelay(this::releaseQuietly, 0, 5, TimeUnit.SECONDS);
    }

    private void releaseQuietly() {
        Instant now = Instant.now();
        for (TimedRelease release : releases) {
            try {
                release.releaseDue(now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A timed release failed; retrying", e);
            }
        }
    }

    @PreDestroy
    void stop() {
        if (tick != null) {
            tick.cancel(false);
        }
    }
}
