package vn.quyentreem.portal.search.control;

import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** How a published training document appears in the index; its "section" is its topic. */
public final class LibrarySearchDocuments {

    public static final String TYPE = "document";

    private LibrarySearchDocuments() {
    }

    public static SearchDocument of(LibraryDocument d) {
        String text = d.getFileName().endsWith(".md") ? MarkdownRenderer.plainText(d.getText()) : d.getText();
        return new SearchDocument(TYPE, d.getId(), d.getTitle(), d.getSummary(), List.of(d.getTopic(), d.getAudience()),
                // dated mid-year of its edition: the year facet and "newer first" follow the edition
                text, d.getTopic(), LocalDate.of(d.getYear(), 6, 30).atStartOfDay().toInstant(ZoneOffset.UTC),
                PublicPath.DOCUMENT.of(d.getSlug()));
    }

    /** Public search shows public documents only: a members-only text must not leak through snippets. */
    public static boolean searchable(LibraryDocument d) {
        return d.isPublished() && !d.isMembersOnly();
    }
}
