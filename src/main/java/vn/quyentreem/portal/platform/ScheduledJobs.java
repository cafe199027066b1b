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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every {@link ScheduledJob} once at start, which catches up what came due while the portal was down, and
 * then each at its own period. One failed round of a job is logged and retried at its next round.
 *
 * <p>With several portal nodes, each job's rounds run on one node at a time: the node holding the job's lease in
 * the store renews it at every tick; the others skip the job until the lease runs out ({@link #LEASE} after its
 * node stopped renewing, or at once when it stops cleanly and gives it back), and the next to look takes it over.
 * The steps themselves are still taken by conditional updates, so a round that overlaps a takeover cannot take a
 * step twice either.
 */
@ApplicationScoped
public class ScheduledJobs {

    static final long TICK_SECONDS = 5;
    /** How long a job stays with a node that stopped renewing; a few ticks, so a paused node keeps its jobs. */
    static final Duration LEASE = Duration.ofSeconds(20);
    private static final Logger LOG = Logger.getLogger(ScheduledJobs.class.getName());

    @Inject
    Instance<ScheduledJob> jobs;

    @Inject
    Leases leases;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** This node's name on the job leases, new at every start. */
    private final String node = UUID.randomUUID().toString();

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
            if (!holds(kind)) {
                continue; // another node runs this job's rounds
            }
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

    private boolean holds(Class<?> kind) {
        try {
            return leases.hold(lease(kind), node, LEASE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not renew the lease of " + kind.getSimpleName() + "; skipping this round", e);
            return false;
        }
    }

    private static String lease(Class<?> kind) {
        return "job:" + kind.getSimpleName();
    }

    /** Gives the jobs back, so that another node takes them at its next tick rather than after {@link #LEASE}. */
    @PreDestroy
    void stop() {
        if (tick != null) {
            tick.cancel(false);
        }
        for (Instance.Handle<ScheduledJob> handle : jobs.handles()) {
            try {
                leases.release(lease(handle.getBean().getBeanClass()), node);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Could not give back a job lease; it runs out by itself", e);
            }
        }
    }
}
