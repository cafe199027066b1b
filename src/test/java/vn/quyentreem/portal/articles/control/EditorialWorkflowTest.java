package vn.quyentreem.portal.articles.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.articles.entity.ArticleRevision;
import vn.quyentreem.portal.articles.entity.ArticleRevisions;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.articles.entity.Articles;
import vn.quyentreem.portal.articles.entity.EditorialEvent;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.Fields;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editorial workflow's rules, step by step, on in-memory stores: who may do what, and in which state. */
class EditorialWorkflowTest {

    private final InMemoryRepository<Article> articleRows = new InMemoryRepository<>(Article::getId);
    private final InMemoryRepository<ArticleRevision> revisionRows = new InMemoryRepository<>(ArticleRevision::getId);
    private final List<Object> changes = new ArrayList<>();
    private final List<Object> notices = new ArrayList<>();
    private final EditorialWorkflow workflow = new EditorialWorkflow();
    private final Account journalist = Fakes.account("pv.lan", Roles.JOURNALIST);
    private final Account other = Fakes.account("pv.minh", Roles.JOURNALIST);
    private final Account editor = Fakes.account("bt.hoa", Roles.EDITOR);
    private final Account reader = Fakes.account("ban.doc");

    @BeforeEach
    void wire() {
        workflow.articles = articleRows.as(Articles.class);
        workflow.revisions = revisionRows.as(ArticleRevisions.class);
        Fields.set(workflow, "audit", Fakes.audit());
        workflow.changes = Events.into(changes);
        workflow.editorial = Events.into(notices);
        Fields.set(workflow, "store", articleRows.asStore());
    }


    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(title, "Tóm tắt", body, "tinh-hinh-tre-em", List.of("Trẻ em"), null, null);
    }

    private static int status(Runnable step) {
        return assertThrows(PublishingRefusal.class, step::run).status();
    }

    @Test
    void aJournalistWritesAndSubmitsAnEditorPublishes() {
        assertEquals(403, status(() -> workflow.create(draft("Bài", "Nội dung"), reader)), "readers do not write");
        Article a = workflow.create(draft("Mùa hè an toàn cho trẻ", "Nội dung."), journalist);
        assertEquals("mua-he-an-toan-cho-tre", a.getSlug());
        assertEquals(PublicationStatus.DRAFT, a.getStatus());
        assertEquals(403, status(() -> workflow.submit(a.getId(), other)), "not someone else's");
        assertEquals(403, status(() -> workflow.publish(a.getId(), null, journalist)), "journalists do not publish");
        workflow.submit(a.getId(), journalist);
        assertEquals(EditorialEvent.Kind.SUBMITTED, ((EditorialEvent) notices.get(0)).kind(), "the editors are told");
        assertEquals(409, status(() -> workflow.submit(a.getId(), journalist)), "only a draft is submitted");
        Article published = workflow.publish(a.getId(), null, editor);
        assertEquals(PublicationStatus.PUBLISHED, published.getStatus());
        assertTrue(published.getPublishedAt() != null);
        Article second = workflow.create(draft("Mùa hè an toàn cho trẻ", "Khác."), journalist);
        assertEquals("mua-he-an-toan-cho-tre-2", second.getSlug(), "slugs stay unique");
    }

    @Test
    void aRefusedDraftNamesItsFieldAndChangesNothing() {
        PublishingRefusal noTitle = assertThrows(PublishingRefusal.class, () -> workflow.create(draft("  ", "x"), journalist));
        assertEquals(List.of(new Problem("title", "Tiêu đề không được để trống")), noTitle.problems());
        Article a = workflow.create(draft("Bài", ""), journalist);
        assertEquals(400, status(() -> workflow.submit(a.getId(), journalist)), "no body, nothing to review");
        assertEquals("comment", assertThrows(PublishingRefusal.class,
                () -> workflow.returnToDraft(a.getId(), " ", editor)).problems().get(0).field());
        assertEquals(PublicationStatus.DRAFT, articleRows.rows.get(a.getId()).getStatus());
        assertEquals(404, status(() -> workflow.submit("khong-co", journalist)));
    }

    @Test
    void aScheduledArticleIsPublishedOnceWhenItsTimeComes() {
        Article a = workflow.create(draft("Tết ấm", "Nội dung."), journalist);
        Instant at = Instant.now().plusSeconds(3600);
        assertEquals(PublicationStatus.SCHEDULED, workflow.publish(a.getId(), at, editor).getStatus());
        assertEquals(0, workflow.runDue(at.minusSeconds(1)));
        assertEquals(1, workflow.runDue(at));
        assertEquals(0, workflow.runDue(at.plusSeconds(60)), "not twice");
        assertEquals(PublicationStatus.PUBLISHED, articleRows.rows.get(a.getId()).getStatus());
    }

    @Test
    void aCorrectionSavedWhileTheScheduledRoundRunsIsKept() {
        Article a = workflow.create(draft("Tết ấm", "Nội dung."), journalist);
        Instant at = Instant.now().plusSeconds(3600);
        workflow.publish(a.getId(), at, editor);
        Articles stored = workflow.articles;
        // the round reads the due pieces; an editor's correction is stored before the round publishes them
        workflow.articles = (Articles) Proxy.newProxyInstance(Articles.class.getClassLoader(), new Class<?>[] {Articles.class},
                (proxy, method, args) -> {
                    Object answer = method.invoke(stored, args);
                    if (method.getName().equals("findByStatusOrderByPublishedAtDesc")) {
                        Article corrected = new Article();
                        corrected.setId(a.getId());
                        corrected.setSlug(a.getSlug());
                        corrected.setTitle("Tết ấm (đã sửa lỗi chính tả)");
                        corrected.setStatus(PublicationStatus.SCHEDULED);
                        corrected.setPublishedAt(at);
                        articleRows.rows.put(a.getId(), corrected);
                    }
                    return answer;
                });
        assertEquals(1, workflow.runDue(at));
        Article published = articleRows.rows.get(a.getId());
        assertEquals(PublicationStatus.PUBLISHED, published.getStatus());
        assertEquals("Tết ấm (đã sửa lỗi chính tả)", published.getTitle(), "the round writes the status, nothing else");
    }

    @Test
    void revisionsAreKeptAndAnOldOneRestoredAsANewOne() {
        Article a = workflow.create(draft("Bản đầu", "Một."), journalist);
        workflow.update(a.getId(), draft("Bản hai", "Hai."), journalist);
        assertEquals(403, status(() -> workflow.update(a.getId(), draft("Của tôi", "x"), other)));
        assertEquals(403, status(() -> workflow.revisions(a.getId(), other)));
        assertEquals(List.of(2, 1), workflow.revisions(a.getId(), journalist).stream().map(ArticleRevision::getNumber).toList());
        Article restored = workflow.restore(a.getId(), 1, editor);
        assertEquals("Bản đầu", restored.getTitle());
        assertEquals(3, workflow.revisions(a.getId(), editor).get(0).getNumber());
        assertEquals(404, status(() -> workflow.restore(a.getId(), 9, editor)));
    }

    @Test
    void unpublishingAndArchivingAreForEditorsInTheirStates() {
        Article a = workflow.create(draft("Gỡ", "Nội dung."), journalist);
        assertEquals(409, status(() -> workflow.unpublish(a.getId(), editor)), "a draft is not on the site");
        workflow.publish(a.getId(), null, editor);
        assertEquals(403, status(() -> workflow.unpublish(a.getId(), journalist)));
        assertEquals(PublicationStatus.UNPUBLISHED, workflow.unpublish(a.getId(), editor).getStatus());
        assertEquals(PublicationStatus.ARCHIVED, workflow.archive(a.getId(), editor).getStatus());
        assertEquals(409, status(() -> workflow.archive(a.getId(), editor)));
    }
}
