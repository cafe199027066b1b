package vn.quyentreem.portal.articles.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.data.Limit;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.audit.entity.AuditEntries;
import vn.quyentreem.portal.audit.entity.AuditEntry;

import java.util.List;

/** The editorial desk: what waits for review, my drafts, what is scheduled, and what changed lately. */
@Named
@RequestScoped
public class EditorDashboard {

    static final int ROWS = 20;

    @Inject
    Articles articles;

    @Inject
    AuditEntries audit;

    @Inject
    CurrentUser currentUser;

    private List<Article> reviewQueue;
    private List<Article> myDrafts;
    private List<Article> scheduled;
    private List<Article> mine;
    private List<AuditEntry> recent;

    @PostConstruct
    void load() {
        boolean editor = currentUser.isEditor();
        reviewQueue = editor ? articles.findByStatusOrderByUpdatedAtDesc(PublicationStatus.IN_REVIEW.name(), Limit.of(ROWS)) : List.of();
        scheduled = editor ? articles.findByStatusOrderByUpdatedAtDesc(PublicationStatus.SCHEDULED.name(), Limit.of(ROWS)) : List.of();
        mine = articles.findByOwnerUsernameOrderByUpdatedAtDesc(currentUser.getUsername(), Limit.of(ROWS));
        myDrafts = mine.stream().filter(a -> a.getStatus() == PublicationStatus.DRAFT).toList();
        recent = editor ? audit.findByItemTypeOrderByAtDesc("article", Limit.of(ROWS)) : List.of();
    }

    public List<Article> getReviewQueue() { return reviewQueue; }
    public List<Article> getMyDrafts() { return myDrafts; }
    public List<Article> getScheduled() { return scheduled; }
    public List<Article> getMine() { return mine; }
    public List<AuditEntry> getRecent() { return recent; }

    public static String statusLabel(PublicationStatus status) {
        return status == null ? "" : switch (status) {
            case DRAFT -> "Bản nháp";
            case IN_REVIEW -> "Chờ duyệt";
            case SCHEDULED -> "Hẹn giờ đăng";
            case PUBLISHED -> "Đã đăng";
            case UNPUBLISHED -> "Đã gỡ";
            case ARCHIVED -> "Lưu trữ";
        };
    }
}
