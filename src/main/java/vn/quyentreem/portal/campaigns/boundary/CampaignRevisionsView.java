package vn.quyentreem.portal.campaigns.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.campaigns.control.CampaignRevisionText;
import vn.quyentreem.portal.campaigns.control.CampaignWorkflow;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignRevision;
import vn.quyentreem.portal.publishing.boundary.RevisionsPage;
import vn.quyentreem.portal.publishing.control.Publication;
import vn.quyentreem.portal.site.ErrorPages;

import java.util.List;

/** A campaign's history page, the editors' only. */
@Named
@ViewScoped
public class CampaignRevisionsView extends RevisionsPage<Campaign, CampaignRevision> {

    @Inject
    transient CampaignWorkflow workflow;

    @Override
    public void load() {
        if (!currentUser.isEditor()) {
            ErrorPages.forbidden();
            return;
        }
        super.load();
    }

    @Override
    protected Publication<Campaign, ?, CampaignRevision> workflow() {
        return workflow;
    }

    @Override
    protected List<String> text(CampaignRevision revision) {
        return CampaignRevisionText.lines(workflow.content(revision));
    }

    /** Every editor may restore, and the page is theirs only. */
    @Override
    protected boolean mayRestore(Campaign campaign, Account me) {
        return true;
    }

    public Campaign getCampaign() {
        return piece();
    }
}
