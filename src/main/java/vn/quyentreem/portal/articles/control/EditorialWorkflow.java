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
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.articles.entity.EditorialEvent;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.publishing.control.Publication;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.quyentreem.portal.publishing.entity.PublicationStatus.ARCHIVED;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.DRAFT;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.SCHEDULED;

/**
 * Articles in the publishing life cycle ({@link Publication}). Journalists write, and submit their own pieces;
 * editors (and admins) edit anything, publish, schedule, unpublish, archive and send pieces back. The editors are
 * mailed when a piece is submitted, the writer when it is returned, scheduled or published.
 */
@ApplicationScoped
public class EditorialWorkflow extends Publication<Article, ArticleDraft, ArticleRevision> {

    @Inject
    Articles articles;

    @Inject
    ArticleRevisions revisions;

    @Inject
    Event<ArticleChanged> changes;

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
        return saved(article, actor, "tạo bài", "Tạo bài");
    }

    public Article update(String id, ArticleDraft input, Account actor) {
        Article article = find(id);
        requireMayChange(article, actor);
        apply(input.checked(), article);
        articles.save(article);
        return saved(article, actor, "sửa bài", "Sửa bài");
    }

    /** Editors edit anything but archived pieces; journalists only their own drafts. */
    public static boolean mayEdit(Article article, Account actor) {
        if (isEditor(actor)) {
            return article.getStatus() != ARCHIVED;
        }
        return isOwner(article, actor) && article.getStatus() == DRAFT
                && actor.getRoles().contains(Roles.JOURNALIST);
    }

    private static final Kind KIND = new Kind("bài", ArticleChanged.TYPE, "articles", "Không tìm thấy bài viết");

    @Override
    protected Kind kind() {
        return KIND;
    }

    @Override
    protected Optional<Article> load(String id) {
        return articles.findById(id);
    }

    @Override
    protected void save(Article article) {
        articles.save(article);
    }

    @Override
    protected List<Article> scheduled() {
        return articles.findByStatusOrderByPublishedAtDesc(SCHEDULED.name());
    }

    @Override
    protected List<ArticleRevision> revisionsOf(String id) {
        return revisions.findByArticleIdOrderByNumberDesc(id);
    }

    @Override
    protected Optional<ArticleRevision> revision(String id, int number) {
        return revisions.findByArticleIdAndNumber(id, number);
    }

    @Override
    protected void keepRevision(Article article, int number, String savedBy, String note) {
        revisions.insert(ArticleRevision.of(article, number, savedBy, note));
    }

    @Override
    public ArticleDraft content(ArticleRevision old) {
        return new ArticleDraft(old.getTitle(), old.getSummary(), old.getBody(), old.getSection(), old.getTags(),
                old.getCoverImage(), old.getCoverAlt());
    }

    @Override
    protected void apply(ArticleDraft draft, Article article) {
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

    @Override
    protected void changed(Article article, Step step, String actor) {
        changes.fire(new ArticleChanged(article.getId(), article.getSlug(), switch (step) {
            case PUBLISHED -> ArticleChanged.Kind.PUBLISHED;
            case UNPUBLISHED, ARCHIVED -> ArticleChanged.Kind.UNPUBLISHED;
            default -> ArticleChanged.Kind.SAVED;
        }));
        EditorialEvent.Kind notice = switch (step) {
            case SUBMITTED -> EditorialEvent.Kind.SUBMITTED;
            case SCHEDULED -> EditorialEvent.Kind.SCHEDULED;
            case PUBLISHED -> EditorialEvent.Kind.PUBLISHED;
            case RETURNED -> EditorialEvent.Kind.RETURNED;
            default -> null;
        };
        if (notice != null) {
            editorial.fire(new EditorialEvent(notice, article.getId(), article.getTitle(), article.getSlug(),
                    article.getOwnerUsername(), actor, article.getReturnComment()));
        }
    }

    /** A journalist submits their own piece; every other step is the editors'. */
    @Override
    protected void requireMay(Step step, Account actor) {
        if (step != Step.SUBMITTED) {
            super.requireMay(step, actor);
        }
    }

    @Override
    protected void requireMay(Step step, Article article, Account actor) {
        if (step == Step.SUBMITTED && !isEditor(actor) && !isOwner(article, actor)) {
            throw PublishingRefusal.forbidden("gửi duyệt bài của người khác");
        }
    }

    @Override
    protected void requireMayReadHistory(Article article, Account actor) {
        if (!isEditor(actor) && !isOwner(article, actor)) {
            throw PublishingRefusal.forbidden("xem lịch sử bài của người khác");
        }
    }

    @Override
    protected void requireMayChange(Article article, Account actor) {
        if (!mayEdit(article, actor)) {
            if (isEditor(actor) || isOwner(article, actor)) {
                throw PublishingRefusal.conflict("Bài ở trạng thái này không sửa được");
            }
            throw PublishingRefusal.forbidden("sửa bài của người khác");
        }
    }

    @Override
    protected void requireReady(Article article) {
        if (article.getBody() == null || article.getBody().isBlank()) {
            throw PublishingRefusal.invalid("Bài chưa có nội dung");
        }
    }

    private static void requireWriter(Account actor) {
        if (actor == null || !(isEditor(actor) || actor.getRoles().contains(Roles.JOURNALIST))) {
            throw PublishingRefusal.forbidden("viết bài");
        }
    }

    private static String displayName(Account actor) {
        return actor.getDisplayName() == null || actor.getDisplayName().isBlank()
                ? actor.getUsername() : actor.getDisplayName();
    }
}
