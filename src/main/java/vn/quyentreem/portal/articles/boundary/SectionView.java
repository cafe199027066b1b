package vn.quyentreem.portal.articles.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.articles.control.ArticlePage;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.PageParams;

import java.util.OptionalInt;

/** A section (chuyên mục): its articles, newest first, ten to a page. */
@Named("sectionView")
@RequestScoped
public class SectionView {

    @Inject
    PublishedArticles published;

    @Inject
    @ConfigProperty(name = "portal.listing.page-size", defaultValue = "10")
    int pageSize;

    private String code;
    private String pageParam;
    private Section section;
    private ArticlePage page;

    public void load() {
        section = Section.byCode(code).orElse(null);
        OptionalInt number = PageParams.pageNumber(pageParam);
        if (section == null || number.isEmpty()) {
            ErrorPages.notFound();
            return;
        }
        page = published.inSection(section.getCode(), number.getAsInt(), pageSize);
        if (page.isBeyondEnd()) {
            ErrorPages.notFound();
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getPageParam() { return pageParam; }
    public void setPageParam(String pageParam) { this.pageParam = pageParam; }
    public Section getSection() { return section; }
    public ArticlePage getPage() { return page; }

    public String getPath() {
        return PublicPath.SECTION.of(code) + (page != null && page.getPage() > 1 ? "?trang=" + page.getPage() : "");
    }
}
