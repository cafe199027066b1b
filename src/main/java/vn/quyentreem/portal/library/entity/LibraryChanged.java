package vn.quyentreem.portal.library.entity;

/** Domain event: a training document was added, published, changed or removed. */
public record LibraryChanged(String documentId) {
}
