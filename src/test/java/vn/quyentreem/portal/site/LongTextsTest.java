package vn.quyentreem.portal.site;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongTextsTest {

    private final LongTexts texts = new LongTexts();

    @Test
    void aShortTextIsShownWhole() {
        assertFalse(texts.isLong("Nguyễn Văn Lân"));
        assertEquals("Nguyễn Văn Lân", texts.head("Nguyễn Văn Lân"));
        assertEquals("", texts.head(null));
        assertFalse(texts.isLong("x".repeat(LongTexts.SHOWN)));
    }

    @Test
    void aLongTextIsCutToItsBeginning() {
        String million = "a".repeat(1_000_000);
        assertTrue(texts.isLong(million));
        assertEquals("a".repeat(LongTexts.SHOWN - 1) + "…", texts.head(million));
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNeverCutInHalf() {
        String emoji = "😀".repeat(LongTexts.SHOWN + 5);
        String head = texts.head(emoji);
        assertEquals("😀".repeat(LongTexts.SHOWN - 1) + "…", head);
        assertFalse(texts.isLong("😀".repeat(LongTexts.SHOWN)), "counted by character, not by UTF-16 unit");
    }
}
