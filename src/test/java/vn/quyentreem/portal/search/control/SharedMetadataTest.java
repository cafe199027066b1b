package vn.quyentreem.portal.search.control;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A topic and an audience are repeated on many documents: a word of the query found only there finds them when the
 * text does not, but it cannot put a short note tagged with it above a longer document that has the word in its text.
 */
class SharedMetadataTest {

    private SearchIndex index;

    @BeforeEach
    void index() throws IOException {
        index = new SearchIndex(new ByteBuffersDirectory());
        // a report of some length that speaks of "giám sát" and "an toàn" a few times
        document("dai", "Báo cáo đợt giám sát an toàn ở các điểm trường. "
                + "Đoàn giám sát đi từng lớp, xem an toàn của sân chơi. ".repeat(2)
                + "Đoàn đi từng lớp, xem sân chơi, bếp ăn và nhà vệ sinh, ghi lại điều cần sửa. ".repeat(8),
                List.of("Kỹ năng sống", "Giáo viên"));
        for (int i = 0; i < 6; i++) {
            // short notes of the library, all under the topic "Giám sát"
            document("ngan-" + i, "Nhắc các con giữ an toàn khi chơi, buổi " + (i + 1) + ".", List.of("Giám sát", "Cha mẹ"));
        }
        for (int i = 0; i < 30; i++) {
            document("khac-" + i, "Tin ngắn về hoạt động hè của thiếu nhi số " + i + ".", List.of("Truyền thông", "Phóng viên"));
        }
        index.commit(1);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void theWordInTheTextOutweighsTheSameWordAsATopic() throws IOException {
        assertEquals("dai", ids("an toàn giám sát").get(0), "'giám sát' is in its text; the notes have it as their topic");
        assertEquals("dai", ids("an toan giam sat").get(0));
        assertEquals(List.of("dai"), ids("kỹ năng sống"), "a word only in the topic still finds the item");
        assertEquals(6, ids("an toàn cha mẹ").size(), "and with words of the text: the six notes by their audience");
    }

    private void document(String id, String text, List<String> topicAndAudience) throws IOException {
        index.upsert(new SearchDocument(LibrarySearchDocuments.TYPE, id, "Tài liệu " + id, "", topicAndAudience, text,
                topicAndAudience.get(0), Instant.parse("2025-06-30T00:00:00Z"), "/tai-lieu/" + id));
    }

    private List<String> ids(String typed) throws IOException {
        return index.search(typed, null, null, null, 1, 10).hits().stream().map(SearchResult.Hit::id).toList();
    }
}
