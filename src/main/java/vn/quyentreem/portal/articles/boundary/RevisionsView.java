package vn.quyentreem.portal.articles.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.articles.control.ArticleRevisionText;
import vn.quyentreem.portal.articles.control.EditorialWorkflow;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleRevision;
import vn.quyentreem.portal.publishing.boundary.RevisionsPage;
import vn.quyentreem.portal.publishing.control.Publication;

import java.util.List;

/** An article's history page: its writer and the editors read it; whoever may edit the article restores. */
@Named
@ViewScoped
public class RevisionsView extends RevisionsPage<Article, ArticleRevision> {

    @Inject
    transient EditorialWorkflow workflow;

    @Override
    protected Publication<Article, ?, ArticleRevision> workflow() {
        return workflow;
    }

    @Override
    protected List<String> text(ArticleRevision revision) {
        return ArticleRevisionText.lines(revision);
    }

    @Override
    protected boolean mayRestore(Article article, Account me) {
        return EditorialWorkflow.mayEdit(article, me);
    }

    public Article getArticle() {
        return piece();
    }
}
