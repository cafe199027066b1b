package vn.quyentreem.portal.library.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.site.ErrorPages;

/** One training document: its description, its details and the download. Markdown documents are also shown. */
@Named
@RequestScoped
public class DocumentView {

    @Inject
    Library library;

    @Inject
    MarkdownRenderer markdown;

    private String slug;
    private LibraryDocument document;

    public void load() {
        document = slug == null ? null : library.publishedBySlug(slug).orElse(null);
        if (document == null) {
            ErrorPages.notFound();
        }
    }

    public String getHtml() {
        return document.getFileName().endsWith(".md") ? markdown.toHtml(document.getText()) : null;
    }

    public String getSize() {
        long kb = Math.max(1, document.getBytes() / 1024);
        return kb >= 1024 ? String.format("%.1f MB", kb / 1024.0).replace('.', ',') : kb + " KB";
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public LibraryDocument getDocument() { return document; }
}
