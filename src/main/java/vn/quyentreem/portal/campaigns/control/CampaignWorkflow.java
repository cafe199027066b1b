package vn.quyentreem.portal.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.articles.control.EditorialWorkflow;
import vn.quyentreem.portal.articles.control.WorkflowException;
import vn.quyentreem.portal.articles.entity.ArticleStatus;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignChanged;
import vn.quyentreem.portal.campaigns.entity.CampaignRevision;
import vn.quyentreem.portal.campaigns.entity.CampaignRevisions;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.platform.ScheduledJob;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.store.Store;

import java.time.Instant;
import java.time.LocalDate;
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
 * Campaigns go through the articles' workflow — draft, in review, scheduled, published, unpublished, archived —
 * with a revision for every save and an audit entry for every step. Campaigns are the editors' work: every step
 * needs the editor (or admin) role.
 */
@ApplicationScoped
public class CampaignWorkflow implements ScheduledJob {

    private static final Set<ArticleStatus> PUBLISHABLE = EnumSet.of(DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED);
    static final String ITEM = "campaign";

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignRevisions revisions;

    @Inject
    AuditLog audit;

    @Inject
    Event<CampaignChanged> changes;

    @Inject
    Store store;

    public Campaign create(CampaignDraft input, Account actor) {
        requireEditor(actor, "tạo chiến dịch");
        CampaignDraft draft = input.checked();
        Campaign campaign = new Campaign();
        campaign.setId(UUID.randomUUID().toString());
        campaign.setSlug(Slugs.unique(draft.name(), campaigns::existsBySlug));
        campaign.setOwnerUsername(actor.getUsername());
        campaign.setStatus(DRAFT);
        campaign.setCreatedAt(Instant.now());
        apply(draft, campaign);
        campaigns.insert(campaign);
        return saved(campaign, actor, "tạo chiến dịch", "Tạo chiến dịch");
    }

    public Campaign update(String id, CampaignDraft input, Account actor) {
        requireEditor(actor, "sửa chiến dịch");
        Campaign campaign = find(id);
        if (campaign.getStatus() == ARCHIVED) {
            throw WorkflowException.conflict("Chiến dịch đã lưu trữ không sửa được");
        }
        apply(input.checked(), campaign);
        campaigns.save(campaign);
        return saved(campaign, actor, "sửa chiến dịch", "Sửa chiến dịch");
    }

    /** A new draft for the next year, made from {@link #nextYear}. */
    public Campaign cloneForNextYear(String id, Account actor) {
        requireEditor(actor, "nhân bản chiến dịch");
        Campaign old = find(id);
        Campaign copy = create(nextYear(old), actor);
        audit.record(actor.getUsername(), "nhân bản chiến dịch", ITEM, copy.getId(), copy.getName(), "từ " + old.getName());
        return copy;
    }

    /**
     * Next year's campaign as this one's draft: the same shape, the year moved on in the name, tag, dates and the
     * plan's times; every activity back to "planned"; no news yet, as this year's news belongs to this year.
     */
    public static CampaignDraft nextYear(Campaign old) {
        String from = Integer.toString(old.getYear());
        String to = Integer.toString(old.getYear() + 1);
        List<Activity> plan = old.getActivities().stream().map(a -> {
            Activity copy = a.copy();
            copy.setTime(a.getTime() == null ? null : a.getTime().replace(from, to));
            copy.setStatus(ActivityStatus.PLANNED.name());
            return copy;
        }).toList();
        return new CampaignDraft(old.getName().replace(from, to), old.getYear() + 1, old.getTheme(),
                LocalDate.parse(old.getStartsOn()).plusYears(1), LocalDate.parse(old.getEndsOn()).plusYears(1),
                old.getMessages(), old.getBody(), old.getBannerImage(), old.getBannerAlt(), old.getHotlines(), plan,
                List.of(), old.getTag() == null ? null : old.getTag().replace(from, to), old.getDocumentSlugs());
    }

    public Campaign submit(String id, Account actor) {
        requireEditor(actor, "gửi duyệt chiến dịch");
        Campaign campaign = find(id);
        requireStatus(campaign, EnumSet.of(DRAFT), "Chỉ bản nháp mới gửi duyệt được");
        campaign.setStatus(IN_REVIEW);
        campaign.setReturnComment(null);
        return step(campaign, actor, "gửi duyệt", null);
    }

    /** Publishes now, or schedules for {@code at} when that lies in the future. */
    public Campaign publish(String id, Instant at, Account actor) {
        requireEditor(actor, "đăng chiến dịch");
        Campaign campaign = find(id);
        requireStatus(campaign, PUBLISHABLE, "Chiến dịch đang ở trạng thái không thể đăng");
        Instant now = Instant.now();
        if (at != null && at.isAfter(now)) {
            campaign.setStatus(SCHEDULED);
            campaign.setPublishedAt(at);
            return step(campaign, actor, "hẹn giờ đăng", at.toString());
        }
        campaign.setStatus(PUBLISHED);
        campaign.setPublishedAt(now);
        return step(campaign, actor, "đăng chiến dịch", null);
    }

    public Campaign unpublish(String id, Account actor) {
        requireEditor(actor, "gỡ chiến dịch");
        Campaign campaign = find(id);
        requireStatus(campaign, EnumSet.of(PUBLISHED, SCHEDULED), "Chỉ gỡ được chiến dịch đã đăng hoặc đã hẹn giờ");
        campaign.setStatus(UNPUBLISHED);
        return step(campaign, actor, "gỡ chiến dịch", null);
    }

    public Campaign archive(String id, Account actor) {
        requireEditor(actor, "lưu trữ chiến dịch");
        Campaign campaign = find(id);
        requireStatus(campaign, EnumSet.complementOf(EnumSet.of(ARCHIVED)), "Chiến dịch đã được lưu trữ");
        campaign.setStatus(ARCHIVED);
        return step(campaign, actor, "lưu trữ", null);
    }

    public Campaign returnToDraft(String id, String comment, Account actor) {
        requireEditor(actor, "trả chiến dịch về bản nháp");
        if (comment == null || comment.isBlank()) {
            throw WorkflowException.invalid("Hãy ghi lý do trả về để người soạn biết cần sửa gì");
        }
        Campaign campaign = find(id);
        requireStatus(campaign, EnumSet.of(IN_REVIEW, SCHEDULED, UNPUBLISHED), "Chiến dịch này không thể trả về bản nháp");
        campaign.setStatus(DRAFT);
        campaign.setReturnComment(comment.strip());
        return step(campaign, actor, "trả về bản nháp", comment.strip());
    }

    /** Makes an old revision the current content again, as a new revision. */
    public Campaign restore(String id, int number, Account actor) {
        requireEditor(actor, "khôi phục phiên bản");
        Campaign campaign = find(id);
        CampaignRevision old = revisions.findByCampaignIdAndNumber(id, number)
                .orElseThrow(() -> new WorkflowException(WorkflowException.Reason.NOT_FOUND, "Không có phiên bản " + number));
        apply(content(old), campaign);
        campaigns.save(campaign);
        return saved(campaign, actor, "khôi phục phiên bản", "Khôi phục phiên bản " + number);
    }

    public List<CampaignRevision> revisions(String id, Account actor) {
        requireEditor(actor, "xem lịch sử chiến dịch");
        find(id);
        return revisions.findByCampaignIdOrderByNumberDesc(id);
    }

    /** Publishes every scheduled campaign whose time has come; safe to run at any time, also after a restart. */
    @Override
    public int runDue(Instant now) {
        int published = 0;
        for (Campaign campaign : campaigns.findByStatus(SCHEDULED.name())) {
            if (campaign.getPublishedAt() != null && !campaign.getPublishedAt().isAfter(now)
                    && store.transition("campaigns", campaign.getId(), "status", SCHEDULED.name(), PUBLISHED.name())) {
                campaign.setStatus(PUBLISHED);
                campaigns.save(campaign);
                audit.record("hệ thống", "đăng theo lịch", ITEM, campaign.getId(), campaign.getName(), null);
                changes.fire(new CampaignChanged(campaign.getId()));
                published++;
            }
        }
        return published;
    }

    public Campaign find(String id) {
        return (id == null ? java.util.Optional.<Campaign>empty() : campaigns.findById(id))
                .orElseThrow(() -> new WorkflowException(WorkflowException.Reason.NOT_FOUND, "Không tìm thấy chiến dịch"));
    }

    /** The editable content of a campaign as it is now: what a revision keeps and the form starts from. */
    public static CampaignDraft content(Campaign c) {
        return new CampaignDraft(c.getName(), c.getYear(), c.getTheme(), date(c.getStartsOn()), date(c.getEndsOn()),
                c.getMessages(), c.getBody(), c.getBannerImage(), c.getBannerAlt(), c.getHotlines(), c.getActivities(),
                c.getArticleSlugs(), c.getTag(), c.getDocumentSlugs());
    }

    public static CampaignDraft content(CampaignRevision revision) {
        return CampaignSnapshots.fromJson(revision.getContent());
    }

    private Campaign saved(Campaign campaign, Account actor, String action, String note) {
        int next = revisions.findByCampaignIdOrderByNumberDesc(campaign.getId()).stream()
                .mapToInt(CampaignRevision::getNumber).max().orElse(0) + 1;
        revisions.insert(new CampaignRevision(UUID.randomUUID().toString(), campaign.getId(), next,
                CampaignSnapshots.toJson(content(campaign)), Instant.now(), actor.getUsername(), note));
        audit.record(actor.getUsername(), action, ITEM, campaign.getId(), campaign.getName(), null);
        changes.fire(new CampaignChanged(campaign.getId()));
        return campaign;
    }

    private Campaign step(Campaign campaign, Account actor, String action, String detail) {
        campaign.setUpdatedAt(Instant.now());
        campaigns.save(campaign);
        audit.record(actor.getUsername(), action, ITEM, campaign.getId(), campaign.getName(), detail);
        changes.fire(new CampaignChanged(campaign.getId()));
        return campaign;
    }

    /** Puts checked content into the campaign, as the workflow and the sample-content import both do. */
    public static void apply(CampaignDraft d, Campaign c) {
        c.setName(d.name());
        c.setYear(d.year());
        c.setTheme(d.theme());
        c.setStartsOn(d.startsOn().toString());
        c.setEndsOn(d.endsOn().toString());
        c.setMessages(new java.util.ArrayList<>(d.messages()));
        c.setBody(d.body());
        c.setBannerImage(d.bannerImage());
        c.setBannerAlt(d.bannerAlt());
        c.setHotlines(new java.util.ArrayList<>(d.hotlines()));
        c.setActivities(new java.util.ArrayList<>(d.activities()));
        c.setArticleSlugs(new java.util.ArrayList<>(d.articleSlugs()));
        c.setTag(d.tag());
        c.setDocumentSlugs(new java.util.ArrayList<>(d.documentSlugs()));
        c.setUpdatedAt(Instant.now());
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static void requireEditor(Account actor, String what) {
        if (!EditorialWorkflow.isEditor(actor)) {
            throw WorkflowException.forbidden(what);
        }
    }

    private static void requireStatus(Campaign campaign, Set<ArticleStatus> allowed, String message) {
        if (!allowed.contains(campaign.getStatus())) {
            throw WorkflowException.conflict(message);
        }
    }
}
