package vn.quyentreem.portal.articles.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleChanged;
import vn.quyentreem.portal.articles.entity.ArticleRevision;
import vn.quyentreem.portal.articles.entity.ArticleRevisions;
import vn.quyentreem.portal.articles.entity.ArticleStatus;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.articles.entity.EditorialEvent;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.platform.ScheduledJob;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.store.Store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static vn.quyentreem.portal.articles.entity.ArticleStatus.ARCHIVED;
import static vn.quyentreem.portal.articles.entity.ArticleStatus.DRAFT;
import static vn.quyentreem.portal.articles.entity.ArticleStatus.IN_REVIEW;
import static vn.quyentreem.portal.articles.entity.ArticleStatus.PUBLISHED;
import static vn.quyentreem.portal.articles.entity.ArticleStatus.SCHEDULED;
import static vn.quyentreem.portal.articles.entity.ArticleStatus.UNPUBLISHED;

/**
 * The editorial workflow: draft → in review → scheduled → published → unpublished / archived.
 * Journalists write and submit their own pieces; editors (and admins) edit anything, publish, schedule,
 * unpublish, archive and send pieces back. Every content save keeps a revision; every step is audited.
 */
@ApplicationScoped
public class EditorialWorkflow implements ScheduledJob {

    private static final Set<ArticleStatus> PUBLISHABLE = EnumSet.of(DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED);

    @Inject
    Articles articles;

    @Inject
    ArticleRevisions revisions;

    @Inject
    AuditLog audit;

    @Inject
    Event<ArticleChanged> changes;

    @Inject
    Store store;

    @Inject
    Event<EditorialEvent> editorial;

    public Article create(ArticleDraft input, Account actor) {
        requireWriter(actor);
        ArticleDraft draft = input.checked();
        Article article = new Article();
        article.setId(UUID.randomUUID().toString());
        article.setSlug(Slugs.unique(draft.title(), articles::existsBySlug));
        article.setOwnerUsername(actor.getUsername());
        article.setAuthor(displayName(actor));
        article.setStatus(DRAFT);
        article.setCreatedAt(Instant.now());
        apply(draft, article);
        articles.insert(article);
        saveRevision(article, actor, "Tạo bài");
        audit.record(actor.getUsername(), "tạo bài", "article", article.getId(), article.getTitle(), null);
        changes.fire(new ArticleChanged(article.getId(), article.getSlug(), ArticleChanged.Kind.SAVED));
        return article;
    }

    public Article update(String id, ArticleDraft input, Account actor) {
        Article article = find(id);
        requireMayEdit(article, actor);
        ArticleDraft draft = input.checked();
        apply(draft, article);
        articles.save(article);
        saveRevision(article, actor, "Sửa bài");
        audit.record(actor.getUsername(), "sửa bài", "article", id, article.getTitle(), null);
        changes.fire(new ArticleChanged(id, article.getSlug(), ArticleChanged.Kind.SAVED));
        return article;
    }

    public Article submit(String id, Account actor) {
        Article article = find(id);
        if (!isEditor(actor) && !isOwner(article, actor)) {
            throw WorkflowException.forbidden("gửi duyệt bài của người khác");
        }
        requireStatus(article, EnumSet.of(DRAFT), "Chỉ bản nháp mới gửi duyệt được");
        requireBody(article);
        article.setStatus(IN_REVIEW);
        article.setReturnComment(null);
        return step(article, actor, "gửi duyệt", null, EditorialEvent.Kind.SUBMITTED, ArticleChanged.Kind.SAVED);
    }

    /** Publishes now, or schedules for {@code at} when that lies in the future. */
    public Article publish(String id, Instant at, Account actor) {
        requireEditor(actor, "đăng bài");
        Article article = find(id);
        requireStatus(article, PUBLISHABLE, "Bài đang ở trạng thái không thể đăng");
        requireBody(article);
        Instant now = Instant.now();
        if (at != null && at.isAfter(now)) {
            article.setStatus(SCHEDULED);
            article.setPublishedAt(at);
            return step(article, actor, "hẹn giờ đăng", at.toString(), EditorialEvent.Kind.SCHEDULED,
                    ArticleChanged.Kind.SAVED);
        }
        article.setStatus(PUBLISHED);
        article.setPublishedAt(now);
        return step(article, actor, "đăng bài", null, EditorialEvent.Kind.PUBLISHED, ArticleChanged.Kind.PUBLISHED);
    }

    public Article unpublish(String id, Account actor) {
        requireEditor(actor, "gỡ bài");
        Article article = find(id);
        requireStatus(article, EnumSet.of(PUBLISHED, SCHEDULED), "Chỉ gỡ được bài đã đăng hoặc đã hẹn giờ");
        article.setStatus(UNPUBLISHED);
        return step(article, actor, "gỡ bài", null, null, ArticleChanged.Kind.UNPUBLISHED);
    }

    public Article archive(String id, Account actor) {
        requireEditor(actor, "lưu trữ bài");
        Article article = find(id);
        requireStatus(article, EnumSet.complementOf(EnumSet.of(ARCHIVED)), "Bài đã được lưu trữ");
        article.setStatus(ARCHIVED);
        return step(article, actor, "lưu trữ", null, null, ArticleChanged.Kind.UNPUBLISHED);
    }

    public Article returnToDraft(String id, String comment, Account actor) {
        requireEditor(actor, "trả bài về bản nháp");
        if (comment == null || comment.isBlank()) {
            throw WorkflowException.invalid("comment", "Hãy ghi lý do trả bài để tác giả biết cần sửa gì");
        }
        Article article = find(id);
        requireStatus(article, EnumSet.of(IN_REVIEW, SCHEDULED, UNPUBLISHED), "Bài này không thể trả về bản nháp");
        article.setStatus(DRAFT);
        article.setReturnComment(comment.strip());
        return step(article, actor, "trả về bản nháp", comment.strip(), EditorialEvent.Kind.RETURNED,
                ArticleChanged.Kind.SAVED);
    }

    /** Makes an old revision the current content again, as a new revision. */
    public Article restore(String id, int number, Account actor) {
        Article article = find(id);
        requireMayEdit(article, actor);
        ArticleRevision old = revisions.findByArticleIdAndNumber(id, number)
                .orElseThrow(() -> new WorkflowException(WorkflowException.Reason.NOT_FOUND, "Không có phiên bản " + number));
        apply(new ArticleDraft(old.getTitle(), old.getSummary(), old.getBody(), old.getSection(), old.getTags(),
                old.getCoverImage(), old.getCoverAlt()), article);
        articles.save(article);
        saveRevision(article, actor, "Khôi phục phiên bản " + number);
        audit.record(actor.getUsername(), "khôi phục phiên bản", "article", id, article.getTitle(), "phiên bản " + number);
        changes.fire(new ArticleChanged(id, article.getSlug(), ArticleChanged.Kind.SAVED));
        return article;
    }

    public List<ArticleRevision> revisions(String id, Account actor) {
        Article article = find(id);
        if (!isEditor(actor) && !isOwner(article, actor)) {
            throw WorkflowException.forbidden("xem lịch sử bài của người khác");
        }
        return revisions.findByArticleIdOrderByNumberDesc(id);
    }

    /** Publishes every scheduled article whose time has come; safe to run at any time, also after a restart. */
    @Override
    public int runDue(Instant now) {
        int published = 0;
        for (Article article : articles.findByStatusOrderByPublishedAtDesc(SCHEDULED.name())) {
            if (article.getPublishedAt() != null && !article.getPublishedAt().isAfter(now)
                    // another round, or another node, may be publishing it this very moment: one of them does
                    && store.transition("articles", article.getId(), "status", SCHEDULED.name(), PUBLISHED.name())) {
                article.setStatus(PUBLISHED);
                articles.save(article);
                audit.record("hệ thống", "đăng theo lịch", "article", article.getId(), article.getTitle(), null);
                changes.fire(new ArticleChanged(article.getId(), article.getSlug(), ArticleChanged.Kind.PUBLISHED));
                editorial.fire(event(EditorialEvent.Kind.PUBLISHED, article, "hệ thống", null));
                published++;
            }
        }
        return published;
    }

    public Article find(String id) {
        return id == null ? null : articles.findById(id).orElseThrow(WorkflowException::notFound);
    }

    public static boolean isEditor(Account actor) {
        return actor != null && Roles.editorial(actor.getRoles());
    }

    public static boolean isOwner(Article article, Account actor) {
        return actor != null && actor.getUsername().equals(article.getOwnerUsername());
    }

    /** Editors edit anything but archived pieces; journalists only their own drafts. */
    public static boolean mayEdit(Article article, Account actor) {
        if (isEditor(actor)) {
            return article.getStatus() != ARCHIVED;
        }
        return isOwner(article, actor) && article.getStatus() == DRAFT
                && actor.getRoles().contains(Roles.JOURNALIST);
    }

    private Article step(Article article, Account actor, String action, String detail, EditorialEvent.Kind notify,
                         ArticleChanged.Kind change) {
        article.setUpdatedAt(Instant.now());
        articles.save(article);
        audit.record(actor.getUsername(), action, "article", article.getId(), article.getTitle(), detail);
        changes.fire(new ArticleChanged(article.getId(), article.getSlug(), change));
        if (notify != null) {
            editorial.fire(event(notify, article, actor.getUsername(), article.getReturnComment()));
        }
        return article;
    }

    private static EditorialEvent event(EditorialEvent.Kind kind, Article a, String actor, String comment) {
        return new EditorialEvent(kind, a.getId(), a.getTitle(), a.getSlug(), a.getOwnerUsername(), actor, comment);
    }

    private void saveRevision(Article article, Account actor, String note) {
        int next = revisions.findByArticleIdOrderByNumberDesc(article.getId()).stream()
                .mapToInt(ArticleRevision::getNumber).max().orElse(0) + 1;
        revisions.insert(ArticleRevision.of(article, next, actor.getUsername(), note));
    }

    private static void apply(ArticleDraft draft, Article article) {
        article.setTitle(draft.title());
        article.setSummary(draft.summary());
        article.setBody(draft.body());
        article.setSection(draft.section());
        article.setTags(draft.tags());
        article.setTagSlugs(draft.tags().stream().map(Slugs::of).toList());
        article.setCoverImage(draft.coverImage());
        article.setCoverAlt(draft.coverAlt());
        article.setUpdatedAt(Instant.now());
    }

    private static void requireWriter(Account actor) {
        if (actor == null || !(isEditor(actor) || actor.getRoles().contains(Roles.JOURNALIST))) {
            throw WorkflowException.forbidden("viết bài");
        }
    }

    private static void requireEditor(Account actor, String what) {
        if (!isEditor(actor)) {
            throw WorkflowException.forbidden(what);
        }
    }

    private static void requireMayEdit(Article article, Account actor) {
        if (!mayEdit(article, actor)) {
            if (isEditor(actor) || isOwner(article, actor)) {
                throw WorkflowException.conflict("Bài ở trạng thái này không sửa được");
            }
            throw WorkflowException.forbidden("sửa bài của người khác");
        }
    }

    private static void requireStatus(Article article, Set<ArticleStatus> allowed, String message) {
        if (!allowed.contains(article.getStatus())) {
            throw WorkflowException.conflict(message);
        }
    }

    private static void requireBody(Article article) {
        if (article.getBody() == null || article.getBody().isBlank()) {
            throw WorkflowException.invalid("Bài chưa có nội dung");
        }
    }

    private static String displayName(Account actor) {
        return actor.getDisplayName() == null || actor.getDisplayName().isBlank()
                ? actor.getUsername() : actor.getDisplayName();
    }
}
