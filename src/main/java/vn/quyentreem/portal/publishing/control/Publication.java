package vn.quyentreem.portal.publishing.control;

import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.platform.ScheduledJob;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.publishing.entity.Publishable;
import vn.quyentreem.portal.publishing.entity.Revision;
import vn.quyentreem.portal.store.Store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.quyentreem.portal.publishing.entity.PublicationStatus.ARCHIVED;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.DRAFT;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.IN_REVIEW;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.PUBLISHED;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.SCHEDULED;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.UNPUBLISHED;

/**
 * The one life cycle of what readers see only once an editor releases it (articles, campaigns): draft → in review
 * → scheduled → published → unpublished / archived, a numbered revision for every save of the content, an audit
 * entry for every step, and the release of what was scheduled once its time has come. The rules of the steps are
 * written here once; a feature says what its piece is, where it is kept, who may take a step and what follows one.
 *
 * @param <T> the piece
 * @param <D> its editable content, as a revision keeps it and the form starts from it
 * @param <R> a saved revision of that content
 */
public abstract class Publication<T extends Publishable, D, R extends Revision> implements ScheduledJob {

    private static final Set<PublicationStatus> PUBLISHABLE = EnumSet.of(DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED);
    private static final String SYSTEM = "hệ thống";

    @Inject
    protected AuditLog audit;

    @Inject
    protected Store store;

    /**
     * What a feature's pieces are called and where they are kept.
     *
     * @param noun       "bài", "chiến dịch": how messages and audit entries name one piece
     * @param itemType   the audit log's item type ("article")
     * @param collection the store's collection ("articles"), whose documents the scheduled release switches
     * @param notFound   the message when no piece has the id asked for
     */
    public record Kind(String noun, String itemType, String collection, String notFound) {
    }

    protected abstract Kind kind();

    protected abstract Optional<T> load(String id);

    protected abstract void save(T piece);

    protected abstract List<T> scheduled();

    /** Its revisions, newest first. */
    protected abstract List<R> revisionsOf(String id);

    protected abstract Optional<R> revision(String id, int number);

    protected abstract void keepRevision(T piece, int number, String savedBy, String note);

    /** The content a revision kept, as a restore puts it back and a comparison reads it. */
    public abstract D content(R revision);

    protected abstract void apply(D content, T piece);

    /** What follows a step: the derived views are told, and people who must know are mailed. */
    protected abstract void changed(T piece, Step step, String actor);

    /** Refuses, with the reason, an account that may not change this piece's content in its present state. */
    protected abstract void requireMayChange(T piece, Account actor);

    /** Refuses what may not be submitted or published as it is (an article without a body). */
    protected void requireReady(T piece) {
    }

    /**
     * Checked before the piece is looked up, so that who may not take a step learns nothing of which pieces exist:
     * editors take every step. A feature that lets more people take one (a journalist submits their own piece) lets
     * them through here and says who in {@link #requireMay(Step, Publishable, Account)}.
     */
    protected void requireMay(Step step, Account actor) {
        if (!isEditor(actor)) {
            throw PublishingRefusal.forbidden(step.refused(kind().noun()));
        }
    }

    /** Checked once the piece is found: nothing more by default. */
    protected void requireMay(Step step, T piece, Account actor) {
    }

    protected void requireMayReadHistory(T piece, Account actor) {
        if (!isEditor(actor)) {
            throw PublishingRefusal.forbidden("xem lịch sử " + kind().noun());
        }
    }

    public T find(String id) {
        return (id == null ? Optional.<T>empty() : load(id))
                .orElseThrow(() -> PublishingRefusal.notFound(kind().notFound()));
    }

    public T submit(String id, Account actor) {
        T piece = found(Step.SUBMITTED, id, actor);
        requireStatus(piece, EnumSet.of(DRAFT), "Chỉ bản nháp mới gửi duyệt được");
        requireReady(piece);
        piece.setStatus(IN_REVIEW);
        piece.setReturnComment(null);
        return step(piece, actor, Step.SUBMITTED, null);
    }

    /** Publishes now, or schedules for {@code at} when that lies in the future. */
    public T publish(String id, Instant at, Account actor) {
        T piece = found(Step.PUBLISHED, id, actor);
        requireStatus(piece, PUBLISHABLE, capitalised(kind().noun()) + " đang ở trạng thái không thể đăng");
        requireReady(piece);
        Instant now = Instant.now();
        if (at != null && at.isAfter(now)) {
            piece.setStatus(SCHEDULED);
            piece.setPublishedAt(at);
            return step(piece, actor, Step.SCHEDULED, at.toString());
        }
        piece.setStatus(PUBLISHED);
        piece.setPublishedAt(now);
        return step(piece, actor, Step.PUBLISHED, null);
    }

    public T unpublish(String id, Account actor) {
        T piece = found(Step.UNPUBLISHED, id, actor);
        requireStatus(piece, EnumSet.of(PUBLISHED, SCHEDULED),
                "Chỉ gỡ được " + kind().noun() + " đã đăng hoặc đã hẹn giờ");
        piece.setStatus(UNPUBLISHED);
        return step(piece, actor, Step.UNPUBLISHED, null);
    }

    public T archive(String id, Account actor) {
        T piece = found(Step.ARCHIVED, id, actor);
        requireStatus(piece, EnumSet.complementOf(EnumSet.of(ARCHIVED)),
                capitalised(kind().noun()) + " đã được lưu trữ");
        piece.setStatus(ARCHIVED);
        return step(piece, actor, Step.ARCHIVED, null);
    }

    /** Sends the piece back to its writer with the reason, which the writer sees until the next submission. */
    public T returnToDraft(String id, String comment, Account actor) {
        requireMay(Step.RETURNED, actor);
        if (comment == null || comment.isBlank()) {
            throw PublishingRefusal.invalid("comment", "Hãy ghi lý do trả về để người viết biết cần sửa gì");
        }
        T piece = find(id);
        requireMay(Step.RETURNED, piece, actor);
        requireStatus(piece, EnumSet.of(IN_REVIEW, SCHEDULED, UNPUBLISHED),
                capitalised(kind().noun()) + " này không thể trả về bản nháp");
        piece.setStatus(DRAFT);
        piece.setReturnComment(comment.strip());
        return step(piece, actor, Step.RETURNED, comment.strip());
    }

    /** Makes an old revision the current content again, as a new revision. */
    public T restore(String id, int number, Account actor) {
        T piece = find(id);
        requireMayChange(piece, actor);
        R old = revision(id, number).orElseThrow(() -> PublishingRefusal.notFound("Không có phiên bản " + number));
        apply(content(old), piece);
        save(piece);
        return saved(piece, actor, "khôi phục phiên bản", "Khôi phục phiên bản " + number, "phiên bản " + number);
    }

    public List<R> revisions(String id, Account actor) {
        requireMayReadHistory(find(id), actor);
        return revisionsOf(id);
    }

    /**
     * Publishes every scheduled piece whose time has come; safe to run at any time, also after a restart. The
     * status is the only field written: an editor's correction saved while the round runs is kept.
     */
    @Override
    public int runDue(Instant now) {
        int published = 0;
        for (T piece : scheduled()) {
            if (piece.getPublishedAt() != null && !piece.getPublishedAt().isAfter(now)
                    // another round, or another node, may be publishing it this very moment: one of them does
                    && store.transition(kind().collection(), piece.getId(), "status",
                            SCHEDULED.name(), PUBLISHED.name())) {
                piece.setStatus(PUBLISHED);
                audit.record(SYSTEM, "đăng theo lịch", kind().itemType(), piece.getId(), piece.label(), null);
                changed(piece, Step.PUBLISHED, SYSTEM);
                published++;
            }
        }
        return published;
    }

    /**
     * After the content of a piece was stored: keeps it as the next revision, audits the save and tells the
     * followers. {@code action} is the audit's word ("sửa bài"), {@code note} the revision's ("Sửa bài").
     */
    protected T saved(T piece, Account actor, String action, String note) {
        return saved(piece, actor, action, note, null);
    }

    private T saved(T piece, Account actor, String action, String note, String detail) {
        int next = revisionsOf(piece.getId()).stream().mapToInt(Revision::getNumber).max().orElse(0) + 1;
        keepRevision(piece, next, actor.getUsername(), note);
        audit.record(actor.getUsername(), action, kind().itemType(), piece.getId(), piece.label(), detail);
        changed(piece, Step.SAVED, actor.getUsername());
        return piece;
    }

    private T found(Step step, String id, Account actor) {
        requireMay(step, actor);
        T piece = find(id);
        requireMay(step, piece, actor);
        return piece;
    }

    private T step(T piece, Account actor, Step step, String detail) {
        piece.setUpdatedAt(Instant.now());
        save(piece);
        audit.record(actor.getUsername(), step.audited(kind().noun()), kind().itemType(), piece.getId(),
                piece.label(), detail);
        changed(piece, step, actor.getUsername());
        return piece;
    }

    public static boolean isEditor(Account actor) {
        return actor != null && Roles.editorial(actor.getRoles());
    }

    public static boolean isOwner(Publishable piece, Account actor) {
        return actor != null && actor.getUsername().equals(piece.getOwnerUsername());
    }

    private void requireStatus(T piece, Set<PublicationStatus> allowed, String message) {
        if (!allowed.contains(piece.getStatus())) {
            throw PublishingRefusal.conflict(message);
        }
    }

    private static String capitalised(String noun) {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }

    /** A step of the life cycle, as followers hear of it and as the audit log and refusals word it. */
    public enum Step {
        SAVED("sửa %s", "sửa %s"), SUBMITTED("gửi duyệt %s", "gửi duyệt"), SCHEDULED("đăng %s", "hẹn giờ đăng"),
        PUBLISHED("đăng %s", "đăng %s"), UNPUBLISHED("gỡ %s", "gỡ %s"), ARCHIVED("lưu trữ %s", "lưu trữ"),
        RETURNED("trả %s về bản nháp", "trả về bản nháp");

        private final String verb;
        private final String audit;

        Step(String verb, String audit) {
            this.verb = verb;
            this.audit = audit;
        }

        /** What one may not do, as in "Bạn không có quyền đăng bài". */
        String refused(String noun) {
            return verb.formatted(noun);
        }

        String audited(String noun) {
            return audit.formatted(noun);
        }
    }
}
