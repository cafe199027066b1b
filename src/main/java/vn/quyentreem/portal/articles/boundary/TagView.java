package vn.quyentreem.portal.articles.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.articles.control.ArticlePage;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.PageParams;

import java.util.OptionalInt;

/** All published articles carrying one tag. */
@Named("tagView")
@RequestScoped
public class TagView {

    @Inject
    PublishedArticles published;

    @Inject
    @ConfigProperty(name = "portal.listing.page-size", defaultValue = "10")
    int pageSize;

    private String slug;
    private String pageParam;
    private String name;
    private ArticlePage page;

    public void load() {
        OptionalInt number = PageParams.pageNumber(pageParam);
        name = number.isPresent() ? published.tagName(slug).orElse(null) : null;
        if (name == null) {
            ErrorPages.notFound();
            return;
        }
        page = published.taggedWith(slug, number.getAsInt(), pageSize);
        if (page.isBeyondEnd()) {
            ErrorPages.notFound();
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getPageParam() { return pageParam; }
    public void setPageParam(String pageParam) { this.pageParam = pageParam; }
    public String getName() { return name; }
    public ArticlePage getPage() { return page; }

    public String getPath() {
        return PublicPath.TAG.of(slug) + (page != null && page.getPage() > 1 ? "?trang=" + page.getPage() : "");
    }
}
