package vn.quyentreem.portal.changes.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.bson.Document;
import vn.quyentreem.portal.changes.entity.Change;
import vn.quyentreem.portal.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static com.mongodb.client.model.Filters.eq;

/**
 * Each running portal node holds a lease in the store, renewed every two seconds and given back when the node
 * stops cleanly. A change is saved first and written to the feed a moment later; a node killed in between leaves
 * a saved change without its line, and an expired lease is how the others learn of it. Whichever node removes
 * the expired lease (the store lets only one succeed) writes a line for everything, and every follower compares
 * what it holds with the store. This is the rare path: it costs one comparison per node, once per dead node.
 */
@ApplicationScoped
public class NodeLeases {

    private static final Logger LOG = Logger.getLogger(NodeLeases.class.getName());
    static final String LEASES = "node_leases";
    static final Duration STALE = Duration.ofSeconds(15);
    static final long BEAT_SECONDS = 2;

    @Inject
    Store store;

    @Inject
    ChangeFeed feed;

    @Inject
    ChangeRecorder recorder;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final String node = UUID.randomUUID().toString();
    private volatile boolean registered;
    private ScheduledFuture<?> beat;

    /** Before anything is written at start: a change saved by this node is covered by its lease from the first. */
    void onStart(@Observes @Priority(2) Startup startup) {
        register();
        beat = scheduler.scheduleWithFixedDelay(this::beatQuietly, BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** This node's name in the store, unique per start. */
    public String node() {
        return node;
    }

    void register() {
        if (!registered) {
            renew();
            registered = true;
        }
    }

    private void renew() {
        Instant now = Instant.now();
        leases().updateOne(eq("_id", node), Updates.combine(Updates.set("heartbeatAt", Date.from(now)),
                Updates.setOnInsert("startedAt", Date.from(now))), new UpdateOptions().upsert(true));
    }

    /** Removes the leases not renewed in time and writes one line for everything per lease removed here. */
    int expire(Instant now) {
        List<Document> stale = leases().find(Filters.lt("heartbeatAt", Date.from(now.minus(STALE))))
                .into(new ArrayList<>());
        int expired = 0;
        for (Document lease : stale) {
            String other = lease.getString("_id");
            if (node.equals(other)) {
                continue; // this node was paused, not dead: its renewal follows
            }
            // only the node whose delete succeeds writes the line, however many look at once
            long deleted = leases().deleteOne(Filters.and(eq("_id", other), eq("heartbeatAt", lease.get("heartbeatAt"))))
                    .getDeletedCount();
            if (deleted == 1) {
                feed.append(Change.EVERYTHING, other, null);
                expired++;
                LOG.warning("Portal node " + other + " stopped without giving back its lease (last seen "
                        + lease.getDate("heartbeatAt").toInstant() + "): followers compare everything with the store");
            }
        }
        return expired;
    }

    private void beatQuietly() {
        try {
            renew();
            recorder.retry();
            expire(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Renewing this node's lease failed; trying again in " + BEAT_SECONDS + " s", e);
        }
    }

    private MongoCollection<Document> leases() {
        return store.database().getCollection(LEASES);
    }

    @PreDestroy
    void close() {
        if (beat != null) {
            beat.cancel(false);
        }
        try {
            leases().deleteOne(eq("_id", node));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not give back this node's lease; the others will see it expire", e);
        }
    }
}
