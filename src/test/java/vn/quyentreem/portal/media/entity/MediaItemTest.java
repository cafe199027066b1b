package vn.quyentreem.portal.media.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MediaItemTest {

    @Test
    void itsMarkdownKeepsBracketsInTheDescriptionInside() {
        MediaItem item = new MediaItem("lop-hoc.jpg", "Lớp học [ảnh minh họa] \\ 2026", 800, 600, 1000, "bientap");
        assertEquals("![Lớp học \\[ảnh minh họa\\] \\\\ 2026](/media/lop-hoc.jpg)", item.getMarkdown());
    }
}
