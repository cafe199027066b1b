package vn.quyentreem.portal.articles.boundary;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The page and size query parameters: whole numbers in range, a default when absent, null (→ 400) otherwise. */
class ArticlesResourceTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", " \n "})
    void absentOrBlankGivesTheDefault(String text) {
        assertEquals(20, ArticlesResource.number(text, 1, 100, 20));
        assertEquals(1, ArticlesResource.number(text, 1, Integer.MAX_VALUE, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "0", "101", "+7", "7a", "0x10", "1e2", "1 000", "1,5",
            "999999999999", "99999999999999999999", "٧", "７", "NaN"})
    void malformedOrOutOfRangeGivesNull(String text) {
        assertNull(ArticlesResource.number(text, 1, 100, 20), "for \"" + text + "\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1     | 1
            7     | 7
            ' 7 ' | 7
            100   | 100
            007   | 7
            """)
    void wholeNumbersInRangeAreRead(String text, int expected) {
        assertEquals(expected, ArticlesResource.number(text, 1, 100, 20));
    }

    @Test
    void pageOfMoreThanNineDigitsIsRejected() {
        assertEquals(999_999_999, ArticlesResource.number("999999999", 1, Integer.MAX_VALUE, 1));
        assertNull(ArticlesResource.number("1000000000", 1, Integer.MAX_VALUE, 1));
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(5, ArticlesResource.number("5", 5, 5, 1));
        assertNull(ArticlesResource.number("4", 5, 5, 1));
        assertNull(ArticlesResource.number("6", 5, 5, 1));
    }
}
