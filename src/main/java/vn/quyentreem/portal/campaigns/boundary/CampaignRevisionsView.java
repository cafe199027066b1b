package vn.quyentreem.portal.campaigns.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.articles.control.WorkflowException;
import vn.quyentreem.portal.audit.entity.AuditEntries;
import vn.quyentreem.portal.audit.entity.AuditEntry;
import vn.quyentreem.portal.campaigns.control.CampaignRevisionText;
import vn.quyentreem.portal.campaigns.control.CampaignWorkflow;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignRevision;
import vn.quyentreem.portal.revisions.control.RevisionComparison;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** A campaign's revisions: the list, a comparison of any two, restoring one, and every step taken on it. */
@Named
@ViewScoped
public class CampaignRevisionsView implements Serializable {

    @Inject
    transient CampaignWorkflow workflow;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditEntries audit;

    private String id;
    private Integer from;
    private Integer to;
    private Campaign campaign;
    private List<CampaignRevision> revisions;
    private RevisionComparison comparison;

    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        try {
            campaign = workflow.find(id);
            revisions = workflow.revisions(id, currentUser.account().orElseThrow());
        } catch (WorkflowException e) {
            ErrorPages.notFound();
            return;
        }
        compare();
    }

    private void compare() {
        comparison = RevisionComparison.of(revisions, CampaignRevision::getNumber,
                r -> CampaignRevisionText.lines(CampaignWorkflow.content(r)), from, to);
    }

    public void restore(int number) {
        try {
            campaign = workflow.restore(id, number, currentUser.account().orElseThrow());
            revisions = workflow.revisions(id, currentUser.account().orElseThrow());
            from = null; // shows what the restoring changed: the last real change
            to = null;
            compare();
            FacesMessages.info("Đã khôi phục phiên bản " + number + " thành phiên bản " + comparison.getTo() + ".");
        } catch (WorkflowException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public List<AuditEntry> getHistory() {
        return audit.findByItemIdOrderByAtDesc(id);
    }

    /** Every editor may restore (the page is theirs only); the shared history markup asks. */
    public boolean mayRestore() {
        return campaign != null;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public Campaign getCampaign() { return campaign; }
    public List<CampaignRevision> getRevisions() { return revisions; }
    public RevisionComparison getComparison() { return comparison; }
}
