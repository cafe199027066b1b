package vn.quyentreem.portal.platform;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import vn.quyentreem.portal.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static com.mongodb.client.model.Filters.eq;

/**
 * Short leases held by the store: the one way a step that reads, decides and writes (the last seat, the next entry
 * code, the next line of the vote ledger, a screening decision) runs on one request at a time, on whichever node.
 * A JVM lock would only serialise the requests of its own node.
 *
 * <p>A lease is one document whose {@code _id} is what it guards, so the store's unique key lets only one holder
 * in. It carries an expiry: a node killed inside a step leaves a lease that the next caller takes over once it has
 * expired, so nothing stays locked. A step guarded here lasts milliseconds; {@link #SECTION} is long enough that a
 * holder paused by its JVM does not lose the lease in practice, and where a rule must hold even then (the ledger's
 * sequence) the store also has a unique index behind it.
 *
 * <p>The same documents serve jobs that must run on one node at a time ({@link #hold}): the node that has the lease
 * renews it each round, and another takes it over when that node stops renewing.
 */
@ApplicationScoped
public class Leases {

    static final String COLLECTION = "leases";
    /** How long a guarded step may hold its lease before another caller may take it over. */
    static final Duration SECTION = Duration.ofSeconds(15);
    /** How long a caller waits for a busy lease before it gives up and asks the person to try again. */
    static final Duration WAIT = Duration.ofSeconds(10);

    /** The subjects this thread holds, so that a guarded step may call another step guarded by the same subject. */
    private static final ThreadLocal<Set<String>> HELD = ThreadLocal.withInitial(HashSet::new);

    @Inject
    Store store;

    public Leases() {
    }

    public Leases(Store store) {
        this.store = store;
    }

    /** Runs {@code work} holding the lease on {@code subject}; other callers of the same subject, on any node, wait. */
    public <T> T exclusively(String subject, Supplier<T> work) {
        Set<String> held = HELD.get();
        if (held.contains(subject)) {
            return work.get();
        }
        String holder = UUID.randomUUID().toString();
        acquire(subject, holder);
        held.add(subject);
        try {
            return work.get();
        } finally {
            held.remove(subject);
            release(subject, holder);
        }
    }

    public void exclusively(String subject, Runnable work) {
        exclusively(subject, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Takes the lease {@code name} for {@code holder} until {@code ttl} from now when it is free or expired, or
     * renews it when the holder has it already; false when someone else holds it. Never waits.
     */
    public boolean hold(String name, String holder, Duration ttl) {
        Date now = new Date();
        try {
            // no match means held by another and still running: the upsert then inserts a second document with the
            // same _id, which the store refuses
            leases().updateOne(Filters.and(eq("_id", name), Filters.or(eq("holder", holder), Filters.lt("until", now))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("until", Date.from(now.toInstant().plus(ttl))),
                            Updates.set("takenAt", now)),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Gives the lease back, if this holder still has it. */
    public void release(String name, String holder) {
        leases().deleteOne(Filters.and(eq("_id", name), eq("holder", holder)));
    }

    private void acquire(String subject, String holder) {
        Instant deadline = Instant.now().plus(WAIT);
        long pause = 1;
        while (!hold(subject, holder, SECTION)) {
            if (Instant.now().isAfter(deadline)) {
                throw new Refusal(503, "Hệ thống đang bận xử lý một yêu cầu khác cùng lúc; xin thử lại sau giây lát");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the lease on " + subject, e);
            }
            pause = Math.min(pause * 2, 20);
        }
    }

    private MongoCollection<Document> leases() {
        return store.database().getCollection(COLLECTION);
    }
}
