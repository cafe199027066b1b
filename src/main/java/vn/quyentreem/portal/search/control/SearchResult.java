package vn.quyentreem.portal.search.control;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and counts by type, section and year over all hits. */
public record SearchResult(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /** One hit; the snippet is HTML: escaped text with matches in &lt;mark&gt;; page: its PDF page, or null. */
    public record Hit(String id, String type, String title, String url, String snippet, Integer page, String publishedAt) {
        public String getId() { return id; }
        public String getType() { return type; }
        public String getTitle() { return title; }
        public String getUrl() { return url; }
        public String getSnippet() { return snippet; }
        public Integer getPage() { return page; }
        public String getPublishedAt() { return publishedAt; }
    }

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }
}
