package vn.quyentreem.portal.publishing.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.publishing.control.RevisionComparison.Version;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RevisionComparisonTest {

    private static final List<Version> SAVED_AGAIN = List.of(   // newest first, as the repositories list them
            new Version(4, List.of("# Tiêu đề", "bài mới")),    // the same form sent again
            new Version(3, List.of("# Tiêu đề", "bài mới")),
            new Version(2, List.of("# Tiêu đề", "bài cũ")),
            new Version(1, List.of("# Tiêu đề", "bài cũ")));

    @Test
    void byDefaultTheNewestIsComparedWithTheNearestOlderRevisionThatDiffers() {
        RevisionComparison c = RevisionComparison.of(SAVED_AGAIN, null, null);
        assertEquals(2, c.getFrom());
        assertEquals(4, c.getTo());
        assertFalse(c.isIdentical());
        assertEquals(List.of("same", "changed"), c.getLines().stream().map(RevisionDiff.Line::kind).toList());
    }

    @Test
    void revisionsThatChangedNothingAreMarkedButNotTheFirst() {
        RevisionComparison c = RevisionComparison.of(SAVED_AGAIN, null, null);
        assertTrue(c.unchanged(4));
        assertFalse(c.unchanged(3));
        assertTrue(c.unchanged(2));
        assertFalse(c.unchanged(1));
    }

    @Test
    void aChosenPairThatIsTheSameIsSaidToBe() {
        RevisionComparison c = RevisionComparison.of(SAVED_AGAIN, 3, 4);
        assertTrue(c.isComparing());
        assertTrue(c.isIdentical());
    }

    @Test
    void aChosenNewerSideIsComparedWithItsOwnLastRealChange() {
        RevisionComparison c = RevisionComparison.of(SAVED_AGAIN, null, 3);
        assertEquals(2, c.getFrom());
        assertEquals(3, c.getTo());
    }

    @Test
    void whenNothingEverChangedTheNewestIsComparedWithTheOneBeforeAndIsTheSame() {
        List<Version> same = List.of(new Version(2, List.of("a")), new Version(1, List.of("a")));
        RevisionComparison c = RevisionComparison.of(same, null, null);
        assertEquals(1, c.getFrom());
        assertTrue(c.isIdentical());
    }

    @Test
    void oneRevisionOrAnUnknownNumberIsNoComparison() {
        RevisionComparison one = RevisionComparison.of(List.of(new Version(1, List.of("a"))), null, null);
        assertFalse(one.isComparing());
        assertNull(one.getFrom());
        assertFalse(one.isIdentical());
        RevisionComparison unknown = RevisionComparison.of(SAVED_AGAIN, 9, null);
        assertEquals(2, unknown.getFrom(), "an unknown number falls back to the default");
    }
}
