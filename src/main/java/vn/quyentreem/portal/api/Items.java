package vn.quyentreem.portal.api;

import java.util.List;

/**
 * The one shape of every list the API answers: {"items": […]}, and for a list read page by page also
 * {"total", "page", "size"} (left out when null).
 */
public record Items<T>(List<T> items, Long total, Integer page, Integer size) {

    public static <T> Items<T> of(List<T> items) {
        return new Items<>(items, null, null, null);
    }

    public static <T> Items<T> page(List<T> items, long total, int page, int size) {
        return new Items<>(items, total, page, size);
    }
}
