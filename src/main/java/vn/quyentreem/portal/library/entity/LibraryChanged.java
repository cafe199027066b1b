package vn.quyentreem.portal.library.entity;

import vn.quyentreem.portal.changes.entity.ContentChanged;

/** Domain event: a training document was added, published, changed or removed. */
public record LibraryChanged(String itemId) implements ContentChanged {

    public static final String TYPE = "document";

    @Override
    public String itemType() {
        return TYPE;
    }
}
