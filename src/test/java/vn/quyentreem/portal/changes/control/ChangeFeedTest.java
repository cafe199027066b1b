package vn.quyentreem.portal.changes.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.quyentreem.portal.changes.entity.Change;
import vn.quyentreem.portal.testing.StoreFixture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangeFeedTest {

    @TempDir
    Path directory;

    private StoreFixture fixture;
    private ChangeFeed feed;

    @BeforeEach
    void open() {
        fixture = new StoreFixture(directory);
        feed = new ChangeFeed();
        feed.store = fixture.store;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /**
     * The race of issue 15, step by step, on the log as it was: a number taken from a counter, then the line
     * inserted. B's later number is inserted and applied first; A's line, inserted a moment after, lies below the
     * follower's position and is never read. This part shows the old protocol loses it.
     */
    @Test
    void numberTakenThenInsertedSkipsALine() {
        MongoCollection<Document> counters = fixture.store.database().getCollection("counters");
        MongoCollection<Document> log = fixture.store.database().getCollection("old_log");
        long a = take(counters);
        long b = take(counters);
        log.insertOne(new Document("sequence", b).append("id", "B"));
        long applied = follow(log, 0, new ArrayList<>());
        log.insertOne(new Document("sequence", a).append("id", "A"));
        List<String> seen = new ArrayList<>();
        follow(log, applied, seen);
        assertEquals(List.of(), seen, "the old protocol never hands the follower A's line");
    }

    /** The same interleaving on the feed: A has read the head and is about to write when B writes and is followed. */
    @Test
    void laterWriterAppliedFirstCannotHideAnEarlierOne() {
        long aRead = feed.head();                         // A "takes its number": it will write head + 1
        long b = feed.append("article", "B", null);      // B writes first …
        List<Change> first = feed.after(0, 10);          // … and the follower applies it
        assertEquals(List.of("B"), ids(first));
        long position = first.get(0).sequence();

        assertFalse(feed.tryAppend(aRead + 1, "article", "A", null), "A's number was B's: the store refuses it");
        long a = feed.append("article", "A", null);      // A tries again, above B

        assertTrue(a > b);
        assertEquals(List.of("A"), ids(feed.after(position, 10)), "the follower still reads A's line");
    }

    /** A line being inserted while a follower reads leaves a hole for a moment: the follower stops before it. */
    @Test
    void aFollowerStopsAtAHole() {
        MongoCollection<Document> lines = fixture.store.database().getCollection(ChangeFeed.LINES);
        feed.append("article", "1", null);
        lines.insertOne(new Document("_id", 3L).append("type", "article").append("id", "3")
                .append("at", new java.util.Date()));
        assertEquals(List.of("1"), ids(feed.after(0, 10)));
        assertEquals(List.of(), ids(feed.after(1, 10)));
    }

    /** Four writers and a follower at once: the follower reads every line once, in order, with no gap. */
    @Test
    void concurrentWritersAndAFollowerAgree() throws Exception {
        int writers = 4;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean done = new AtomicBoolean();
        List<Change> followed = new ArrayList<>();
        Future<?> follower = pool.submit(() -> {
            long position = 0;
            while (true) {
                boolean last = done.get();
                List<Change> lines = feed.after(position, 50);
                followed.addAll(lines);
                position = lines.isEmpty() ? position : lines.get(lines.size() - 1).sequence();
                if (last && lines.isEmpty()) {
                    return null;
                }
            }
        });
        List<Future<?>> writing = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            writing.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    feed.append("article", writer + "-" + i, null);
                }
                return null;
            }));
        }
        for (Future<?> f : writing) {
            f.get();
        }
        done.set(true);
        follower.get();
        pool.shutdown();

        assertEquals(writers * each, followed.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < followed.size(); i++) {
            assertEquals(i + 1, followed.get(i).sequence(), "lines are numbered without a gap");
            ids.add(followed.get(i).id());
        }
        assertEquals(writers * each, ids.size(), "every writer's every change was read");
        assertEquals(writers * each, feed.head());
    }

    @Test
    void trimmingLeavesTheNewestAndSaysHowFar() {
        for (int i = 0; i < 5; i++) {
            feed.append("article", "x" + i, null);
        }
        assertEquals(0, feed.trimmedThrough());
        feed.trim(); // 5 lines are far fewer than KEEP: nothing goes
        assertEquals(5, feed.after(0, 10).size());
    }

    private static long take(MongoCollection<Document> counters) {
        Document counter = counters.findOneAndUpdate(eq("_id", "old"), Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    /** The old follower: everything above the position, in order; returns the new position. */
    private static long follow(MongoCollection<Document> log, long position, List<String> seen) {
        for (Document line : log.find(gt("sequence", position)).sort(new Document("sequence", 1))) {
            seen.add(line.getString("id"));
            position = line.getLong("sequence");
        }
        return position;
    }

    private static List<String> ids(List<Change> lines) {
        return lines.stream().map(Change::id).toList();
    }
}
