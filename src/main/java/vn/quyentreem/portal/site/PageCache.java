package vn.quyentreem.portal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.club.entity.ClubChanged;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.campaigns.entity.CampaignChanged;
import vn.quyentreem.portal.articles.entity.ArticleChanged;
import vn.quyentreem.portal.library.entity.LibraryChanged;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public responses, kept in memory. Derived data: any content change empties it,
 * and entries also expire on their own, so it never needs to be backed up or rebuilt by hand.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_ENTRIES = 2_000;
    static final Duration TTL = Duration.ofMinutes(5);

    public record Entry(int status, String contentType, byte[] body, String etag, long storedAt) {
        boolean fresh(long now) {
            return now - storedAt < TTL.toMillis();
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Entry get(String key) {
        Entry entry = entries.get(key);
        if (entry != null && !entry.fresh(System.currentTimeMillis())) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    public void put(String key, Entry entry) {
        if (entries.size() >= MAX_ENTRIES) {
            // crude but bounded: drop an arbitrary tenth; a miss only costs one render
            Iterator<String> keys = entries.keySet().iterator();
            for (int i = 0; i < MAX_ENTRIES / 10 && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        entries.put(key, entry);
    }

    public void clear() {
        entries.clear();
    }

    void onArticleChanged(@Observes ArticleChanged change) {
        clear();
    }

    void onLibraryChanged(@Observes LibraryChanged change) {
        clear();
    }

    void onCampaignChanged(@Observes CampaignChanged change) {
        clear();
    }

    void onClubChanged(@Observes ClubChanged change) {
        clear();
    }

    void onContestChanged(@Observes ContestChanged change) {
        clear();
    }

    void onAwardChanged(@Observes AwardChanged change) {
        clear();
    }
}
