package vn.quyentreem.portal.site;

import vn.quyentreem.portal.platform.Slugs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a list already read and filtered in memory (the desk's accounts and outbox, hundreds to a few thousand
 * rows), with the links to its neighbours that keep the list's filters: plain GET links, so pages work without
 * JavaScript and can be bookmarked. The page number travels as ?trang=, as on the public listings.
 */
public final class ListPage<T> {

    public static final String PAGE_PARAMETER = "trang";

    private final List<T> items;
    private final int page;
    private final int size;
    private final int total;
    private final boolean requestedPageValid;
    private final String path;
    private final Map<String, String> filters;

    private ListPage(List<T> all, int page, int size, boolean requestedPageValid, String path, Map<String, String> filters) {
        this.size = size;
        this.total = all.size();
        this.page = Math.min(page, pages(total, size));
        this.items = List.copyOf(all.subList((this.page - 1) * size, Math.min(total, this.page * size)));
        this.requestedPageValid = requestedPageValid;
        this.path = path;
        this.filters = filters;
    }

    /**
     * The requested page (the raw ?trang= value) of {@code all}: page 1 when it is absent or not a page number, the
     * last page when it is past the end. {@code filters} are the other parameters of the list's links; blank ones
     * are left out.
     */
    public static <T> ListPage<T> of(List<T> all, String requestedPage, int size, String path, Map<String, String> filters) {
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
        var number = PageParams.pageNumber(requestedPage);
        Map<String, String> kept = new LinkedHashMap<>();
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                kept.put(name, value);
            }
        });
        return new ListPage<>(all, number.orElse(1), size, number.isPresent(), path, kept);
    }

    /** True when {@code query} is blank or found in one of the texts, ignoring case and Vietnamese diacritics. */
    public static boolean matches(String query, String... texts) {
        String wanted = Slugs.fold(query == null ? "" : query.strip());
        if (wanted.isEmpty()) {
            return true;
        }
        for (String text : texts) {
            if (text != null && Slugs.fold(text).contains(wanted)) {
                return true;
            }
        }
        return false;
    }

    public List<T> getItems() { return items; }
    public int getPage() { return page; }
    public int getSize() { return size; }
    public int getTotal() { return total; }
    public int getTotalPages() { return pages(total, size); }
    public boolean isHasPrevious() { return page > 1; }
    public boolean isHasNext() { return page < getTotalPages(); }
    /** False when ?trang= held something other than a page number (then page 1 is shown). */
    public boolean isRequestedPageValid() { return requestedPageValid; }
    /** 1-based position of the first row shown; 0 for an empty list. */
    public int getFirst() { return total == 0 ? 0 : (page - 1) * size + 1; }
    public int getLast() { return (page - 1) * size + items.size(); }
    public String getPreviousHref() { return href(page - 1); }
    public String getNextHref() { return href(page + 1); }

    /** The link to another page of the same list, its filters kept. */
    public String href(int target) {
        StringBuilder url = new StringBuilder(path);
        Map<String, String> parameters = new LinkedHashMap<>(filters);
        if (target > 1) {
            parameters.put(PAGE_PARAMETER, Integer.toString(target));
        }
        char separator = '?';
        for (var parameter : parameters.entrySet()) {
            url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int pages(int total, int size) {
        return total == 0 ? 1 : (total + size - 1) / size;
    }
}
