package vn.quyentreem.portal.articles.control;

import vn.quyentreem.portal.articles.entity.Article;

import java.util.List;

/** One page of a listing: its items, the 1-based page number and the totals for pagination. */
public final class ArticlePage {

    private final List<Article> items;
    private final int page;
    private final int size;
    private final long total;

    public ArticlePage(List<Article> items, int page, int size, long total) {
        this.items = List.copyOf(items);
        this.page = page;
        this.size = size;
        this.total = total;
    }

    public List<Article> getItems() {
        return items;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public long getTotal() {
        return total;
    }

    public int getTotalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getTotalPages();
    }

    /** A page past the last is not a page (page 1 of an empty listing is). */
    public boolean isBeyondEnd() {
        return page > getTotalPages();
    }
}
