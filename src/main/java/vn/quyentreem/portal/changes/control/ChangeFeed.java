package vn.quyentreem.portal.changes.control;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import vn.quyentreem.portal.changes.entity.Change;
import vn.quyentreem.portal.store.Store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.LongStream;

import static com.mongodb.client.model.Filters.eq;

/**
 * The change feed: a log in the store whose lines are numbered 1, 2, 3 … with no gap, ever, and where line n+1
 * is written only after line n exists. A follower that has applied up to n and reads n+1, n+2 … therefore cannot
 * skip a line, however many writers on however many nodes append at once.
 *
 * <p>Why it holds: a line's number is its {@code _id}, so the store's unique key refuses a second line with the
 * same number. A writer reads the head (the highest number known to exist) and inserts head+1; if that number is
 * taken it moves the head past it and tries again. The head only moves to a number once that line exists, so a
 * line is only ever inserted right after an existing one. No JVM lock is involved: the guarantee is the store's
 * unique key, and it holds across nodes. (The numbers taken first and written later by the old counter were what
 * let a follower jump over a line still being inserted.)
 *
 * <p>What a line means is "read this item again": followers apply it idempotently, so a line written twice (a
 * retry, a node that died after writing but before answering) is harmless. Together with {@link NodeLeases}, which
 * writes an "everything" line when a node dies between a save and its line, followers see every committed change
 * at least once.
 */
@ApplicationScoped
public class ChangeFeed {

    static final String LINES = "change_feed";
    static final String HEAD = "change_feed";
    /** Lines kept; a follower further behind than this (a node down for days) compares everything instead. */
    static final long KEEP = 50_000;

    @Inject
    Store store;

    /** Appends one line and returns its number. */
    public long append(String type, String id, String part) {
        while (true) {
            long next = head() + 1;
            if (tryAppend(next, type, id, part)) {
                return next;
            }
        }
    }

    /**
     * Writes the line at this number if it is free; false when another writer has it, the head then being past it.
     * Visible to tests so that two writers can be interleaved step by step.
     */
    boolean tryAppend(long sequence, String type, String id, String part) {
        Document line = new Document("_id", sequence).append("type", type).append("id", id)
                .append("at", Date.from(Instant.now()));
        if (part != null) {
            line.append("part", part);
        }
        try {
            lines().insertOne(line);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            advanceHead(sequence);
            return false;
        }
        advanceHead(sequence);
        return true;
    }

    /**
     * The lines after {@code position}, oldest first, at most {@code max}, and only as far as they run without a
     * hole: a line being inserted while this reads is left for the next read instead of being stepped over.
     */
    public List<Change> after(long position, int max) {
        if (lines().find(eq("_id", position + 1)).first() == null) {
            return List.of(); // the common case when nothing changed: one lookup by key
        }
        List<Long> wanted = LongStream.rangeClosed(position + 1, position + max).boxed().toList();
        List<Document> found = lines().find(Filters.in("_id", wanted)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(d -> ((Number) d.get("_id")).longValue()));
        List<Change> run = new ArrayList<>();
        long expected = position + 1;
        for (Document d : found) {
            long sequence = ((Number) d.get("_id")).longValue();
            if (sequence != expected) {
                break;
            }
            run.add(new Change(sequence, d.getString("type"), d.getString("id"), d.getString("part"),
                    d.getDate("at").toInstant()));
            expected++;
        }
        return run;
    }

    /** The highest number known to be written; a line just above it may exist, which {@link #after} finds. */
    public long head() {
        Document head = counters().find(eq("_id", HEAD)).first();
        return head == null ? 0 : ((Number) head.get("value")).longValue();
    }

    /** Lines up to this number were dropped; a follower behind it must compare everything with the store. */
    public long trimmedThrough() {
        Document head = counters().find(eq("_id", HEAD)).first();
        Object trimmed = head == null ? null : head.get("trimmed");
        return trimmed == null ? 0 : ((Number) trimmed).longValue();
    }

    /** Drops all but the newest {@link #KEEP} lines. */
    public void trim() {
        long through = head() - KEEP;
        if (through > trimmedThrough()) {
            // recorded first: a follower reading in between compares everything rather than skipping
            counters().updateOne(eq("_id", HEAD), Updates.max("trimmed", through));
            lines().deleteMany(Filters.lte("_id", through));
        }
    }

    private void advanceHead(long sequence) {
        counters().updateOne(eq("_id", HEAD), Updates.max("value", sequence), new UpdateOptions().upsert(true));
    }

    private MongoCollection<Document> lines() {
        return store.database().getCollection(LINES);
    }

    private MongoCollection<Document> counters() {
        return store.database().getCollection("counters");
    }
}
