package vn.quyentreem.portal.search.control;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * More near misses than the first pass keeps as candidates: 300 short notes, each with the syllables of "đoàn kết"
 * and "luật pháp" in other tones side by side or the exact ones apart, outscore the 50-page plan that has the
 * phrases on the plain score. It must still come first, and it can only if it is looked for by its phrase.
 */
class ManyNearMissesTest {

    private static SearchIndex index;

    @BeforeAll
    static void index() throws Exception {
        index = new SearchIndex(new ByteBuffersDirectory());
        for (SearchDocument plan : NearMissCorpus.plans()) {
            index.upsert(plan);
        }
        for (int n = 0; n < 150; n++) {
            for (String phrase : List.of("đoàn kết", "luật pháp")) {
                String tones = NearMissCorpus.otherTones(phrase);
                String[] exact = phrase.split(" ");
                index.upsert(note("thanh-" + phrase.hashCode() + "-" + n, "Ghi chú " + n + ": " + tones + ", " + tones + "."));
                index.upsert(note("roi-" + phrase.hashCode() + "-" + n, "Ghi chú " + n + ": " + exact[0]
                        + " hôm qua chúng tôi ghé thăm buổi sáng ngoài sân " + exact[1] + "."));
            }
        }
        index.commit(1);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void theLongPlanWithThePhraseComesFirst() throws IOException {
        for (String typed : List.of("đoàn kết", "luật pháp", NearMissCorpus.nfd("đoàn kết"))) {
            SearchResult result = index.search(typed, null, null, null, 1, 10);
            assertEquals("ke-hoach-truyen-thong-2025", result.hits().get(0).id(), typed);
        }
        // without tones, the notes with the same letters side by side are as right: still none of the scattered ones
        for (SearchResult.Hit hit : index.search("doan ket", null, null, null, 1, 10).hits()) {
            assertEquals(false, hit.id().startsWith("roi-"), hit.id());
        }
    }

    private static SearchDocument note(String id, String text) {
        return new SearchDocument(ArticleSearchDocuments.TYPE, id, "Ghi chú nhanh", "", List.of(), text,
                "tinh-hinh-tre-em", Instant.parse("2025-06-01T00:00:00Z"), "/bai-viet/" + id);
    }
}
