package vn.quyentreem.portal.articles.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RevisionDiffTest {

    @Test
    void marksRemovedAndAddedLinesAndKeepsTheRest() {
        List<RevisionDiff.Line> diff = RevisionDiff.lines(
                List.of("# Tiêu đề cũ", "đoạn một", "đoạn hai"),
                List.of("# Tiêu đề mới", "đoạn một", "đoạn hai", "đoạn ba"));
        assertEquals(List.of(
                new RevisionDiff.Line("removed", "# Tiêu đề cũ"),
                new RevisionDiff.Line("added", "# Tiêu đề mới"),
                new RevisionDiff.Line("same", "đoạn một"),
                new RevisionDiff.Line("same", "đoạn hai"),
                new RevisionDiff.Line("added", "đoạn ba")), diff);
    }

    @Test
    void identicalTextsHaveOnlySameLines() {
        List<RevisionDiff.Line> diff = RevisionDiff.lines(List.of("a", "b"), List.of("a", "b"));
        assertEquals(2, diff.stream().filter(l -> l.kind().equals("same")).count());
    }

    @Test
    void markupIsKeptAsPlainText() {
        List<RevisionDiff.Line> diff = RevisionDiff.lines(List.of(), List.of("<script>alert(1)</script>"));
        assertEquals("<script>alert(1)</script>", diff.get(0).text(), "the view escapes it; the diff never builds HTML");
    }
}
