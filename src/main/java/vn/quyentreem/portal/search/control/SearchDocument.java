package vn.quyentreem.portal.search.control;

import java.time.Instant;
import java.util.List;

/** What the index knows of one item: articles today, library documents, campaigns and contests as they come. */
public record SearchDocument(String type, String id, String title, String summary, List<String> tags, String body,
                             String section, Instant published, String url) {

    public String key() {
        return type + ":" + id;
    }
}
