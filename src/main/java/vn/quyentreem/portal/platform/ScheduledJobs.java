package vn.quyentreem.portal.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link ScheduledJob} once at start, which catches up what came due while the portal was down, and
 * then each at its own period. One failed round of a job is logged and retried at its next round.
 */
@ApplicationScoped
public class ScheduledJobs {

    static final long TICK_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());

    @Inject
    Instance<ScheduledJob> jobs;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Class<?>, Instant> nextRun = new ConcurrentHashMap<>();
    private ScheduledFuture<?> tick;

    // after the store and the change feed (priorities 1 and 2), so what a job changes is recorded
    void onStart(@Observes @Priority(50) Startup startup) {
        tick = scheduler.scheduleWithFixedDelay(this::runDue, 0, TICK_SECONDS, TimeUnit.SECONDS);
    }

    void runDue() {
        Instant now = Instant.now();
        for (Instance.Handle<ScheduledJob> handle : jobs.handles()) {
            Class<?> kind = handle.getBean().getBeanClass();
            ScheduledJob job = handle.get();
            if (now.isBefore(nextRun.getOrDefault(kind, Instant.MIN))) {
                continue;
            }
            nextRun.put(kind, now.plus(job.period()));
            try {
                int steps = job.runDue(now);
                if (steps > 0) {
                    LOG.info(kind.getSimpleName() + ": " + steps + " due step(s) taken");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Scheduled job " + kind.getSimpleName() + " failed; retrying in " + job.period(), e);
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
