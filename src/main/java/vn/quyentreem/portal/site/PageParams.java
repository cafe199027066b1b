package vn.quyentreem.portal.site;

import jakarta.faces.context.FacesContext;

import java.util.OptionalInt;

/** Reads the query parameters list pages share (?trang=). */
public final class PageParams {

    private PageParams() {
    }

    /** The page number in ?trang=, 1 when absent; empty when it is not a positive whole number. */
    public static OptionalInt pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.of(1);
        }
        if (!value.matches("\\d{1,6}")) {
            return OptionalInt.empty();
        }
        int page = Integer.parseInt(value);
        return page >= 1 ? OptionalInt.of(page) : OptionalInt.empty();
    }
}
