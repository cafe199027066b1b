package vn.quyentreem.portal.site;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListPageTest {

    private static final List<Integer> ROWS = IntStream.rangeClosed(1, 269).boxed().toList();

    private static ListPage<Integer> page(String requested) {
        return ListPage.of(ROWS, requested, 50, "/quan-tri/tai-khoan.xhtml", Map.of());
    }

    @Test
    void aPageHoldsItsRowsAndSaysWhereItIs() {
        ListPage<Integer> second = page("2");
        assertEquals(IntStream.rangeClosed(51, 100).boxed().toList(), second.getItems());
        assertEquals(2, second.getPage());
        assertEquals(6, second.getTotalPages());
        assertEquals(269, second.getTotal());
        assertEquals(51, second.getFirst());
        assertEquals(100, second.getLast());
        assertTrue(second.isHasPrevious() && second.isHasNext());
    }

    @Test
    void theLastPageHoldsWhatIsLeftAndHasNoNext() {
        ListPage<Integer> last = page("6");
        assertEquals(19, last.getItems().size());
        assertEquals(251, last.getFirst());
        assertEquals(269, last.getLast());
        assertFalse(last.isHasNext());
        assertTrue(last.isHasPrevious());
    }

    @Test
    void noPageOrABadOneIsTheFirstAndSaysSo() {
        assertEquals(1, page(null).getPage());
        assertTrue(page(null).isRequestedPageValid());
        for (String bad : new String[] {"abc", "0", "-3", "2.5", "99999999999"}) {
            ListPage<Integer> shown = page(bad);
            assertEquals(1, shown.getPage(), bad);
            assertEquals(50, shown.getItems().size(), bad);
            assertFalse(shown.isRequestedPageValid(), bad);
        }
    }

    @Test
    void aPagePastTheEndIsTheLast() {
        assertEquals(6, page("40").getPage());
        assertEquals(19, page("40").getItems().size());
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        ListPage<Integer> none = ListPage.of(List.<Integer>of(), "3", 50, "/x", Map.of());
        assertEquals(1, none.getPage());
        assertEquals(1, none.getTotalPages());
        assertEquals(0, none.getFirst());
        assertEquals(0, none.getLast());
        assertFalse(none.isHasNext() || none.isHasPrevious());
    }

    @Test
    void linksKeepTheFiltersEncodedAndLeaveOutBlankOnesAndPageOne() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", "Nguyễn Văn & co");
        filters.put("vai-tro", "");
        filters.put("trang-thai", null);
        ListPage<Integer> second = ListPage.of(ROWS, "2", 50, "/quan-tri/tai-khoan.xhtml", filters);
        assertEquals("/quan-tri/tai-khoan.xhtml?q=Nguy%E1%BB%85n+V%C4%83n+%26+co&trang=3", second.getNextHref());
        assertEquals("/quan-tri/tai-khoan.xhtml?q=Nguy%E1%BB%85n+V%C4%83n+%26+co", second.getPreviousHref());
        assertEquals("/quan-tri/tai-khoan.xhtml?trang=2", page("1").getNextHref());
    }

    @Test
    void matchingIgnoresCaseAndVietnameseMarks() {
        assertTrue(ListPage.matches("nguyen van", "lan", "Nguyễn Văn Lân", null));
        assertTrue(ListPage.matches("ĐỖ", "Đỗ Thị Hà"));
        assertTrue(ListPage.matches("do thi", "Đỗ Thị Hà"));
        assertTrue(ListPage.matches("LAN@EXAMPLE", "lan@example.org"));
        assertTrue(ListPage.matches("  ", "anything"));
        assertTrue(ListPage.matches(null, "anything"));
        assertFalse(ListPage.matches("minh", "Nguyễn Văn Lân", "lan@example.org"));
        assertFalse(ListPage.matches("x", (String) null));
    }
}
