package vn.quyentreem.portal.search.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.changes.control.ChangeFeed;
import vn.quyentreem.portal.search.control.SearchIndexer;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Admins see how current the search index is, and rebuild it from the store while watching its progress. */
@Named
@RequestScoped
public class SearchAdminView {

    @Inject
    SearchIndexer indexer;

    @Inject
    ChangeFeed feed;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Resource
    ManagedExecutorService executor;

    public void rebuild() throws IOException {
        if (indexer.rebuildProgress() < 0) {
            audit.record(currentUser.getUsername(), "dựng lại chỉ mục tìm kiếm", "search", "index", "Chỉ mục", null);
            executor.execute(indexer::rebuild);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/quan-tri/tim-kiem.xhtml");
    }

    /** Compares the index with the store and repairs what differs, without a rebuild; says what it repaired. */
    public void reconcile() {
        if (indexer.rebuildProgress() >= 0) {
            FacesMessages.error("Chỉ mục đang được dựng lại; hãy đối chiếu sau khi xong");
            return;
        }
        SearchIndexer.Repairs repairs = indexer.reconcile();
        audit.record(currentUser.getUsername(), "đối chiếu chỉ mục tìm kiếm", "search", "index", "Chỉ mục",
                repairs.toString());
        FacesMessages.info(repairs.any()
                ? "Đã đối chiếu với dữ liệu gốc và sửa: thêm " + repairs.added() + ", cập nhật " + repairs.updated()
                + ", bỏ " + repairs.removed() + " mục"
                : "Đã đối chiếu với dữ liệu gốc: chỉ mục khớp hoàn toàn, không cần sửa gì");
    }

    public int getDocuments() {
        try {
            return indexer.index().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long getApplied() {
        return indexer.index().appliedSequence();
    }

    public long getLatest() {
        return feed.head();
    }

    public boolean isRebuilding() {
        return indexer.rebuildProgress() >= 0;
    }

    public int getProgress() {
        return Math.max(0, indexer.rebuildProgress());
    }

    public int getTotal() {
        return indexer.rebuildTotal();
    }
}
