package vn.quyentreem.portal.articles.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.articles.control.ArticleRevisionText;
import vn.quyentreem.portal.articles.control.EditorialWorkflow;
import vn.quyentreem.portal.articles.control.WorkflowException;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleRevision;
import vn.quyentreem.portal.audit.entity.AuditEntries;
import vn.quyentreem.portal.audit.entity.AuditEntry;
import vn.quyentreem.portal.revisions.control.RevisionComparison;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.util.List;

/** An article's revisions: the list, a comparison of any two, and restoring one. */
@Named
@ViewScoped
public class RevisionsView implements Serializable {

    @Inject
    transient EditorialWorkflow workflow;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient AuditEntries audit;

    private String id;
    private Integer from;
    private Integer to;
    private Article article;
    private List<ArticleRevision> revisions;
    private RevisionComparison comparison;

    public void load() {
        try {
            article = workflow.find(id);
            revisions = workflow.revisions(id, currentUser.account().orElseThrow());
        } catch (WorkflowException e) {
            ErrorPages.notFound();
            return;
        }
        compare();
    }

    private void compare() {
        comparison = RevisionComparison.of(revisions, ArticleRevision::getNumber, ArticleRevisionText::lines, from, to);
    }

    public void restore(int number) {
        try {
            article = workflow.restore(id, number, currentUser.account().orElseThrow());
            revisions = workflow.revisions(id, currentUser.account().orElseThrow());
            from = null; // shows what the restoring changed: the last real change
            to = null;
            compare();
            FacesMessages.info("Đã khôi phục phiên bản " + number + " thành phiên bản " + comparison.getTo() + ".");
        } catch (WorkflowException e) {
            FacesMessages.error(e.getMessage());
        }
    }

    /** Every step taken on this article, newest first. */
    public List<AuditEntry> getHistory() {
        return audit.findByItemIdOrderByAtDesc(id);
    }

    public boolean mayRestore() {
        return article != null && EditorialWorkflow.mayEdit(article, currentUser.account().orElseThrow());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public Integer getFrom() { return from; }
    public void setFrom(Integer from) { this.from = from; }
    public Integer getTo() { return to; }
    public void setTo(Integer to) { this.to = to; }
    public Article getArticle() { return article; }
    public List<ArticleRevision> getRevisions() { return revisions; }
    public RevisionComparison getComparison() { return comparison; }
}
