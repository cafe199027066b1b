package vn.quyentreem.portal.publishing.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.publishing.control.RevisionDiff.Line;
import vn.quyentreem.portal.publishing.control.RevisionDiff.Segment;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionDiffTest {

    @Test
    void aLineEditedInPlaceShowsOnlyTheChangedWordAsDeletedAndInserted() {
        List<Line> diff = RevisionDiff.lines(
                List.of("# Tiêu đề", "Trẻ em cần được bảo vệ.", "đoạn hai"),
                List.of("# Tiêu đề", "Trẻ em phải được bảo vệ.", "đoạn hai"));
        assertEquals(List.of(
                new Line("same", List.of(new Segment("same", "# Tiêu đề"))),
                new Line("changed", List.of(new Segment("same", "Trẻ em "), new Segment("del", "cần"),
                        new Segment("ins", "phải"), new Segment("same", " được bảo vệ."))),
                new Line("same", List.of(new Segment("same", "đoạn hai")))), diff);
    }

    @Test
    void neighbouringChangedWordsReadAsOneChangeAndBothSidesStayWhole() {
        List<Segment> words = RevisionDiff.words("một hai ba bốn", "một năm sáu bốn");
        assertEquals(List.of(new Segment("same", "một "), new Segment("del", "hai ba"), new Segment("ins", "năm sáu"),
                new Segment("same", " bốn")), words);
    }

    @Test
    void theChangedLineReadsAsTheOldTextBeforeAndTheNewTextAfter() {
        String before = "Hội đã tổ chức 12 lớp tập huấn, tại Hà Nội và Huế.";
        String after = "Hội tổ chức thêm 15 lớp tập huấn tại Hà Nội, Huế và Đà Nẵng!";
        Line line = RevisionDiff.lines(List.of(before), List.of(after)).get(0);
        assertEquals("changed", line.kind());
        assertEquals(before, line.text(false));
        assertEquals(after, line.text(true));
    }

    @Test
    void aLineReplacedByOneWithNoCommonWordIsRemovedThenAdded() {
        List<Line> diff = RevisionDiff.lines(List.of("Tóm tắt: cũ"), List.of("Hoàn toàn khác"));
        assertEquals(List.of(new Line("removed", List.of(new Segment("del", "Tóm tắt: cũ"))),
                new Line("added", List.of(new Segment("ins", "Hoàn toàn khác")))), diff);
    }

    @Test
    void linesAddedOrRemovedBesideAnEditAreWholeLines() {
        List<Line> diff = RevisionDiff.lines(List.of("a b", "c"), List.of("a x", "mới", "c"));
        assertEquals(List.of("changed", "added", "same"), diff.stream().map(Line::kind).toList());
    }

    @Test
    void identicalTextsHaveOnlySameLines() {
        List<Line> diff = RevisionDiff.lines(List.of("a", "b"), List.of("a", "b"));
        assertEquals(List.of("same", "same"), diff.stream().map(Line::kind).toList());
    }

    @Test
    void markupIsKeptAsPlainTextWordByWord() {
        List<Line> diff = RevisionDiff.lines(List.of("Xin chào <b>bạn</b>"),
                List.of("Xin chào <script>alert(1)</script>"));
        Line line = diff.get(0);
        assertEquals("Xin chào <script>alert(1)</script>", line.text(true),
                "the view escapes the pieces; the diff never builds or drops markup");
        assertTrue(line.segments().stream().anyMatch(s -> s.kind().equals("ins") && s.text().contains("script")));
    }
}
