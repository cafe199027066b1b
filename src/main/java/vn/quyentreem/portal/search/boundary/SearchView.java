package vn.quyentreem.portal.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.articles.entity.Section;
import vn.quyentreem.portal.library.control.DocumentDetails;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.search.control.SearchResult;
import vn.quyentreem.portal.search.control.Searches;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The search page, /tim-kiem?q=…: hits with highlighted snippets, facets as links, pages. Works without JavaScript. */
@Named
@RequestScoped
public class SearchView {

    /** A facet value as a link that narrows the search. */
    public record Facet(String label, int count, String href, boolean active) {
        public String getLabel() { return label; }
        public int getCount() { return count; }
        public String getHref() { return href; }
        public boolean isActive() { return active; }
    }

    @Inject
    Searches searches;

    @Inject
    VietnameseDates dates;

    private String q;
    private String type;
    private String section;
    private String year;
    private String error;
    private SearchResult result;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        q = params.get("q");
        type = params.get("loai");
        section = params.get("chuyen-muc");
        year = params.get("nam");
        if (q == null || q.isBlank()) {
            return;
        }
        Searches.Checked checked = Searches.check(q, params.get("trang"), null);
        if (checked.error() != null) {
            error = checked.error();
            return;
        }
        result = searches.search(checked.query(), type, section, year, checked.page(), checked.size());
    }

    /**
     * The section field holds an article's section, a document's topic, or a marker of the other kinds (which the
     * type facet already offers): each is offered under its own heading, the markers not at all.
     */
    public List<Facet> getSectionFacets() {
        return facets("section", "chuyen-muc", section, code -> Section.byCode(code).map(Section::getTitle).orElse(null));
    }

    public List<Facet> getTopicFacets() {
        return facets("section", "chuyen-muc", section, topic -> DocumentDetails.TOPICS.contains(topic) ? topic : null);
    }

    /** The filters in force, each a link that removes it. */
    public List<Facet> getActiveFilters() {
        List<Facet> active = new java.util.ArrayList<>();
        if (type != null && !type.isBlank()) {
            active.add(new Facet("Loại: " + typeLabel(type), 0, link("loai", null, 1), true));
        }
        if (section != null && !section.isBlank()) {
            String label = Section.byCode(section).map(s -> "Chuyên mục: " + s.getTitle()).orElse("Chủ đề: " + section);
            active.add(new Facet(label, 0, link("chuyen-muc", null, 1), true));
        }
        if (year != null && !year.isBlank()) {
            active.add(new Facet("Năm: " + year, 0, link("nam", null, 1), true));
        }
        return active;
    }

    /** Facets are worth a column only when there is something to narrow. */
    public boolean isFacetsShown() {
        return result != null && result.total() > 0;
    }

    public List<Facet> getYearFacets() {
        return facets("year", "nam", year, y -> y);
    }

    public List<Facet> getTypeFacets() {
        return facets("type", "loai", type, SearchView::typeLabel);
    }

    public static String typeLabel(String type) {
        return switch (type) {
            case "article" -> "Tin bài";
            case "document" -> "Tài liệu tập huấn";
            case "campaign" -> "Chiến dịch";
            case "contest" -> "Cuộc thi";
            case "contest-entry" -> "Bài dự thi";
            case "award" -> "Giải thưởng";
            case "laureates" -> "Vinh danh";
            default -> type;
        };
    }

    /** The line under a hit's title: its kind and its date, in Vietnam (a document shows its edition's year). */
    public String meta(SearchResult.Hit hit) {
        Instant published = Instant.parse(hit.publishedAt());
        String when = "document".equals(hit.type())
                ? "năm " + published.atZone(VietnameseDates.ZONE).getYear()
                : dates.date(published);
        return typeLabel(hit.type()) + " · " + when;
    }

    private List<Facet> facets(String field, String param, String current, java.util.function.Function<String, String> label) {
        if (result == null) {
            return List.of();
        }
        // a value the label function does not know belongs under another heading; no value ever counts zero
        return result.facets().getOrDefault(field, Map.of()).entrySet().stream()
                .filter(e -> e.getValue() > 0 && label.apply(e.getKey()) != null)
                .map(e -> new Facet(label.apply(e.getKey()), e.getValue(),
                        link(param, e.getKey().equals(current) ? null : e.getKey(), 1), e.getKey().equals(current)))
                .toList();
    }

    /** This search's URL with one parameter changed (null removes it), at a page. */
    public String link(String param, String value, int page) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("loai", type);
        p.put("chuyen-muc", section);
        p.put("nam", year);
        p.put(param, value);
        StringBuilder url = new StringBuilder("/tim-kiem?");
        p.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                url.append(url.charAt(url.length() - 1) == '?' ? "" : "&").append(k).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        if (page > 1) {
            url.append("&trang=").append(page);
        }
        return url.toString();
    }

    public String pageLink(int page) {
        return link("q", q, page);
    }

    public String getQ() { return q; }
    public String getError() { return error; }
    public SearchResult getResult() { return result; }
    public String getNothingFound() { return Searches.NOTHING_FOUND; }
}
