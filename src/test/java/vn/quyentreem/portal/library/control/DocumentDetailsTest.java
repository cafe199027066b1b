package vn.quyentreem.portal.library.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every missing or malformed detail is refused with a message naming it, never an exception of the server's own. */
class DocumentDetailsTest {

    private static DocumentDetails details(String title, String topic, String audience, String year) {
        return new DocumentDetails(title, null, topic, audience, year, null, false);
    }

    private static String refusal(DocumentDetails details) {
        return assertThrows(TextExtraction.Refused.class, details::checkedYear).getMessage();
    }

    @Test
    void missingFieldsAreNamed() {
        assertTrue(refusal(details(null, "Pháp luật", "Cha mẹ", "2025")).contains("tiêu đề"));
        assertTrue(refusal(details("Cẩm nang", null, "Cha mẹ", "2025")).startsWith("Chủ đề"));
        assertTrue(refusal(details("Cẩm nang", "Pháp luật", null, "2025")).startsWith("Đối tượng"));
        assertTrue(refusal(details("Cẩm nang", "Pháp luật", "Cha mẹ", null)).startsWith("Năm"));
    }

    @Test
    void malformedFieldsAreNamed() {
        assertTrue(refusal(details("Cẩm nang", "Không có", "Cha mẹ", "2025")).startsWith("Chủ đề"));
        assertTrue(refusal(details("Cẩm nang", "Pháp luật", "Ai đó", "2025")).startsWith("Đối tượng"));
        assertTrue(refusal(details("Cẩm nang", "Pháp luật", "Cha mẹ", "hai nghìn")).startsWith("Năm"));
        assertTrue(refusal(details("Cẩm nang", "Pháp luật", "Cha mẹ", "1890")).startsWith("Năm"));
    }

    @Test
    void summaryAndSourceHaveALimit() {
        assertTrue(refusal(new DocumentDetails("Cẩm nang", "x".repeat(1_000_001), "Pháp luật", "Cha mẹ", "2025", null, false))
                .startsWith("Tóm tắt dài quá 1000"));
        assertTrue(refusal(new DocumentDetails("Cẩm nang", null, "Pháp luật", "Cha mẹ", "2025", "y".repeat(301), false))
                .startsWith("Nguồn dài quá"));
    }

    @Test
    void goodDetailsGiveTheYear() throws TextExtraction.Refused {
        assertEquals(2025, details("Cẩm nang", "Pháp luật", "Cha mẹ", " 2025 ").checkedYear());
    }
}
