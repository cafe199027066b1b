package vn.quyentreem.portal.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The search API of the rest of the portal: checks what was typed, then asks the index. */
@ApplicationScoped
public class Searches {

    public static final int MAX_QUERY = 500;
    public static final int MAX_SIZE = 50;
    public static final String NOTHING_FOUND = "Không tìm thấy kết quả. Hãy thử bớt từ, kiểm tra chính tả, "
            + "hoặc gõ không dấu.";

    /** A checked request, or the reason it cannot be searched. */
    public record Checked(String query, int page, int size, String error) {
    }

    @Inject
    SearchIndexer indexer;

    public static Checked check(String q, String page, String size) {
        if (q == null || q.isBlank()) {
            return new Checked(null, 1, 10, "Hãy nhập từ cần tìm");
        }
        if (q.length() > MAX_QUERY) {
            return new Checked(null, 1, 10, "Từ khóa dài quá " + MAX_QUERY + " ký tự");
        }
        Integer p = number(page, 1, 1000, 1);
        if (p == null) {
            return new Checked(null, 1, 10, "Tham số page phải là số nguyên từ 1 đến 1000");
        }
        Integer s = number(size, 1, MAX_SIZE, 10);
        if (s == null) {
            return new Checked(null, 1, 10, "Tham số size phải là số nguyên từ 1 đến " + MAX_SIZE);
        }
        return new Checked(q.strip(), p, s, null);
    }

    public SearchResult search(String q, String type, String section, String year, int page, int size) {
        try {
            return indexer.index().search(q, type, section, year, page, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> suggest(String q) {
        try {
            return indexer.index().suggest(q, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer number(String text, int min, int max, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        if (!text.strip().matches("\\d{1,6}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value < min || value > max ? null : value;
    }
}
