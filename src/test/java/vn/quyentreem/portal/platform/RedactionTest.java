package vn.quyentreem.portal.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class RedactionTest {

    @Test
    void everyTextIsReplaced() {
        assertEquals("Bài của (đã xóa), lớp 5, gửi (đã xóa)",
                Redaction.replaced("Bài của Lê Minh An, lớp 5, gửi an.le@example.org",
                        List.of("Lê Minh An", "an.le@example.org"), "(đã xóa)"));
    }

    @Test
    void aTextWithNoneOfThemIsTheSameString() {
        String untouched = "Không có tên nào ở đây";
        assertSame(untouched, Redaction.replaced(untouched, List.of("Lê Minh An"), "(đã xóa)"));
    }

    @Test
    void blankTextsAndTheReplacementItselfFindNothing() {
        String value = "(đã xóa) rồi";
        assertSame(value, Redaction.replaced(value, java.util.Arrays.asList("", " ", null, "(đã xóa)"), "(đã xóa)"));
        assertNull(Redaction.replaced(null, List.of("An"), "(đã xóa)"));
    }
}
