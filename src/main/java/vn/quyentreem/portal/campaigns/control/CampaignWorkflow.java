package vn.quyentreem.portal.campaigns.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.ActivityStatus;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignChanged;
import vn.quyentreem.portal.campaigns.entity.CampaignRevision;
import vn.quyentreem.portal.campaigns.entity.CampaignRevisions;
import vn.quyentreem.portal.campaigns.entity.Campaigns;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.publishing.control.Publication;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static vn.quyentreem.portal.publishing.entity.PublicationStatus.ARCHIVED;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.DRAFT;
import static vn.quyentreem.portal.publishing.entity.PublicationStatus.SCHEDULED;

/**
 * Campaigns in the publishing life cycle ({@link Publication}), as articles go through it. Campaigns are the
 * editors' work: every step needs the editor (or admin) role. Next year's campaign starts as a copy of this year's.
 */
@ApplicationScoped
public class CampaignWorkflow extends Publication<Campaign, CampaignDraft, CampaignRevision> {

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignRevisions revisions;

    @Inject
    Event<CampaignChanged> changes;

    public Campaign create(CampaignDraft input, Account actor) {
        requireEditor(actor, "tạo chiến dịch");
        CampaignDraft draft = input.checked();
        Campaign campaign = new Campaign();
        campaign.setId(UUID.randomUUID().toString());
        campaign.setSlug(Slugs.unique(draft.name(), campaigns::existsBySlug));
        campaign.setOwnerUsername(actor.getUsername());
        campaign.setStatus(DRAFT);
        campaign.setCreatedAt(Instant.now());
        put(draft, campaign);
        campaigns.insert(campaign);
        return saved(campaign, actor, "tạo chiến dịch", "Tạo chiến dịch");
    }

    public Campaign update(String id, CampaignDraft input, Account actor) {
        requireEditor(actor, "sửa chiến dịch");
        Campaign campaign = find(id);
        requireMayChange(campaign, actor);
        put(input.checked(), campaign);
        campaigns.save(campaign);
        return saved(campaign, actor, "sửa chiến dịch", "Sửa chiến dịch");
    }

    /** A new draft for the next year, made from {@link #nextYear}. */
    public Campaign cloneForNextYear(String id, Account actor) {
        requireEditor(actor, "nhân bản chiến dịch");
        Campaign old = find(id);
        Campaign copy = create(nextYear(old), actor);
        audit.record(actor.getUsername(), "nhân bản chiến dịch", CampaignChanged.TYPE, copy.getId(), copy.getName(), "từ " + old.getName());
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

    /** The editable content of a campaign as it is now: what a revision keeps and the form starts from. */
    public static CampaignDraft content(Campaign c) {
        return new CampaignDraft(c.getName(), c.getYear(), c.getTheme(), date(c.getStartsOn()), date(c.getEndsOn()),
                c.getMessages(), c.getBody(), c.getBannerImage(), c.getBannerAlt(), c.getHotlines(), c.getActivities(),
                c.getArticleSlugs(), c.getTag(), c.getDocumentSlugs());
    }

    /** Puts checked content into the campaign, as the workflow and the sample-content import both do. */
    public static void put(CampaignDraft d, Campaign c) {
        c.setName(d.name());
        c.setYear(d.year());
        c.setTheme(d.theme());
        c.setStartsOn(d.startsOn().toString());
        c.setEndsOn(d.endsOn().toString());
        c.setMessages(new ArrayList<>(d.messages()));
        c.setBody(d.body());
        c.setBannerImage(d.bannerImage());
        c.setBannerAlt(d.bannerAlt());
        c.setHotlines(new ArrayList<>(d.hotlines()));
        c.setActivities(new ArrayList<>(d.activities()));
        c.setArticleSlugs(new ArrayList<>(d.articleSlugs()));
        c.setTag(d.tag());
        c.setDocumentSlugs(new ArrayList<>(d.documentSlugs()));
        c.setUpdatedAt(Instant.now());
    }

    private static final Kind KIND = new Kind("chiến dịch", CampaignChanged.TYPE, "campaigns", "Không tìm thấy chiến dịch");

    @Override
    protected Kind kind() {
        return KIND;
    }

    @Override
    protected Optional<Campaign> load(String id) {
        return campaigns.findById(id);
    }

    @Override
    protected void save(Campaign campaign) {
        campaigns.save(campaign);
    }

    @Override
    protected List<Campaign> scheduled() {
        return campaigns.findByStatus(SCHEDULED.name());
    }

    @Override
    protected List<CampaignRevision> revisionsOf(String id) {
        return revisions.findByCampaignIdOrderByNumberDesc(id);
    }

    @Override
    protected Optional<CampaignRevision> revision(String id, int number) {
        return revisions.findByCampaignIdAndNumber(id, number);
    }

    @Override
    protected void keepRevision(Campaign campaign, int number, String savedBy, String note) {
        revisions.insert(new CampaignRevision(UUID.randomUUID().toString(), campaign.getId(), number,
                CampaignSnapshots.toJson(content(campaign)), Instant.now(), savedBy, note));
    }

    @Override
    public CampaignDraft content(CampaignRevision revision) {
        return CampaignSnapshots.fromJson(revision.getContent());
    }

    @Override
    protected void apply(CampaignDraft content, Campaign campaign) {
        put(content, campaign);
    }

    @Override
    protected void changed(Campaign campaign, Step step, String actor) {
        changes.fire(new CampaignChanged(campaign.getId()));
    }

    @Override
    protected void requireMayChange(Campaign campaign, Account actor) {
        requireEditor(actor, "sửa chiến dịch");
        if (campaign.getStatus() == ARCHIVED) {
            throw PublishingRefusal.conflict("Chiến dịch đã lưu trữ không sửa được");
        }
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static void requireEditor(Account actor, String what) {
        if (!isEditor(actor)) {
            throw PublishingRefusal.forbidden(what);
        }
    }
}
