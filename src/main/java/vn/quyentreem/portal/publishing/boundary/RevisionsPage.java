package vn.quyentreem.portal.publishing.boundary;

import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.audit.entity.AuditEntries;
import vn.quyentreem.portal.audit.entity.AuditEntry;
import vn.quyentreem.portal.publishing.control.Publication;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.publishing.control.RevisionComparison;
import vn.quyentreem.portal.publishing.entity.Publishable;
import vn.quyentreem.portal.publishing.entity.Revision;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The history page of a published piece: its revisions, a comparison of any two (the last real change unless the
 * address asks for others), restoring one, and every step taken on it. The markup is
 * {@code WEB-INF/includes/revision-history.xhtml}; a feature says which life cycle it reads and how a revision
 * reads as lines of text.
 */
public abstract class RevisionsPage<T extends Publishable, R extends Revision> implements Serializable {

    @Inject
    protected transient CurrentUser currentUser;

    @Inject
    private transient AuditEntries audit;

    private String id;
    private Integer from;
    private Integer to;
    private T piece;
    private List<R> revisions;
    private RevisionComparison comparison;

    protected abstract Publication<T, ?, R> workflow();

    /** A revision's content as the lines the comparison shows. */
    protected abstract List<String> text(R revision);

    /** Whether the signed-in person may restore an old revision of this piece. */
    protected abstract boolean mayRestore(T piece, Account me);

    public void load() {
        try {
            piece = workflow().find(id);
            revisions = workflow().revisions(id, me());
        } catch (PublishingRefusal e) {
            // who may not read a history learns no more than that there is none for them
            piece = null;
            ErrorPages.notFound();
            return;
        }
        compare();
    }

    public void restore(int number) {
        try {
            piece = workflow().restore(id, number, me());
            revisions = workflow().revisions(id, me());
            from = null; // shows what the restoring changed: the last real change
            to = null;
            compare();
            FacesMessages.info("Đã khôi phục phiên bản " + number + " thành phiên bản " + comparison.getTo() + ".");
        } catch (PublishingRefusal e) {
            FacesMessages.refused(e, Map.of());
        }
    }

    /** Every step taken on the piece, newest first. */
    public List<AuditEntry> getHistory() {
        return audit.findByItemIdOrderByAtDesc(id);
    }

    public boolean mayRestore() {
        return piece != null && mayRestore(piece, me());
    }

    private void compare() {
        comparison = RevisionComparison.of(revisions, Revision::getNumber, this::text, from, to);
    }

    private Account me() {
        return currentUser.account().orElseThrow();
    }

    protected T piece() { return piece; }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public List<R> getRevisions() { return revisions; }
    public RevisionComparison getComparison() { return comparison; }
}
