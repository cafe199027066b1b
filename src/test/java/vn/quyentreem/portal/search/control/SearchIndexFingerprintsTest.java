package vn.quyentreem.portal.search.control;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What a comparison with the store reads back: every live item's key and the fingerprint it was indexed with. */
class SearchIndexFingerprintsTest {

    private static SearchDocument article(String id, String title) {
        return new SearchDocument("article", id, title, "Tóm tắt", List.of("Thẻ"), "Nội dung", "tin-tuc",
                Instant.parse("2026-12-01T01:00:00Z"), "/bai-viet/" + id);
    }

    @Test
    void fingerprintsFollowUpsertsAndDeletes() throws Exception {
        try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
            SearchDocument a = article("a", "Ngôi nhà mơ ước");
            SearchDocument b = article("b", "Trường học hạnh phúc");
            index.upsert(a);
            index.upsert(b);
            index.commit(2);
            assertEquals(Map.of("article:a", SearchIndex.fingerprint(a), "article:b", SearchIndex.fingerprint(b)),
                    index.fingerprints());

            SearchDocument edited = article("a", "Ngôi nhà mơ ước (đã sửa)");
            assertNotEquals(SearchIndex.fingerprint(a), SearchIndex.fingerprint(edited), "an edit changes the fingerprint");
            index.upsert(edited);
            index.delete("article", "b");
            // read before any commit: a comparison sees what the writer holds now
            assertEquals(Map.of("article:a", SearchIndex.fingerprint(edited)), index.fingerprints());
        }
    }
}
