package vn.quyentreem.portal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.changes.control.ChangeFeed;
import vn.quyentreem.portal.changes.control.ChangeFollower;
import vn.quyentreem.portal.changes.entity.Change;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public responses, kept in memory. Derived data: it follows the change feed, so a change saved on any
 * node empties it, and entries also expire on their own, so it never needs to be backed up or rebuilt by hand.
 */
@ApplicationScoped
public class PageCache implements ChangeFollower {

    static final int MAX_ENTRIES = 2_000;
    static final Duration TTL = Duration.ofMinutes(5);

    public record Entry(int status, String contentType, byte[] body, String etag, long storedAt) {
        boolean fresh(long now) {
            return now - storedAt < TTL.toMillis();
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Raised by every clear: a page rendered before a change must not be kept after it. */
    private final AtomicLong generation = new AtomicLong();
    private volatile long position = -1;

    @Inject
    ChangeFeed feed;

    public Entry get(String key) {
        Entry entry = entries.get(key);
        if (entry != null && !entry.fresh(System.currentTimeMillis())) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    /** Taken before a render, handed to {@link #put}: a render that overlapped a change is not kept. */
    public long generation() {
        return generation.get();
    }

    public void put(String key, Entry entry, long renderedIn) {
        if (renderedIn != generation.get()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            // crude but bounded: drop an arbitrary tenth; a miss only costs one render
            Iterator<String> keys = entries.keySet().iterator();
            for (int i = 0; i < MAX_ENTRIES / 10 && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        entries.put(key, entry);
        if (renderedIn != generation.get()) {
            entries.remove(key, entry); // a change came while it was being put
        }
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    /** An empty cache has nothing older to forget: it starts following at the feed's newest line. */
    @Override
    public long position() {
        if (position < 0) {
            position = feed.head();
        }
        return position;
    }

    /** Pages mix content of every kind (the home page shows articles, campaigns, contests), so any change empties it. */
    @Override
    public void apply(List<Change> lines) {
        clear();
        position = lines.get(lines.size() - 1).sequence();
    }
}
