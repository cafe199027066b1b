package vn.quyentreem.portal.campaigns.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.publishing.control.PublishingRefusal;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.campaigns.control.CampaignPeriod;
import vn.quyentreem.portal.campaigns.control.CampaignWorkflow;
import vn.quyentreem.portal.campaigns.control.PublishedCampaigns;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.campaigns.entity.CampaignPhase;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.JsonLd;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** One published campaign: theme, where it stands, slogans, the activity timeline, news, materials and hotlines. */
@Named
@RequestScoped
public class CampaignView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    PublishedCampaigns published;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    SiteSettings site;

    @Inject
    CampaignWorkflow workflow;

    @Inject
    CurrentUser currentUser;

    private String slug;
    private String preview;
    private Campaign campaign;
    private final Instant now = Instant.now();

    public void load() {
        if (preview != null && !preview.isBlank()) {
            // an editor looks at the saved state of a campaign in any status, before readers can
            if (!currentUser.isEditor()) {
                ErrorPages.notFound();
                return;
            }
            try {
                campaign = workflow.find(preview);
            } catch (PublishingRefusal e) {
                ErrorPages.notFound();
            }
            return;
        }
        campaign = slug == null ? null : published.bySlug(slug).orElse(null);
        if (campaign == null) {
            ErrorPages.notFound();
        }
    }

    public boolean isPreviewing() {
        return preview != null && campaign != null && !campaign.isPublished();
    }

    public String getHtml() {
        return markdown.toHtml(campaign.getBody());
    }

    public CampaignPhase getPhase() {
        return CampaignPeriod.phase(campaign, now);
    }

    public String getStatusText() {
        return CampaignPeriod.describe(campaign, now);
    }

    /** The plan in time order; rows that start together keep the order they were written in. */
    public List<Activity> getTimeline() {
        return campaign.getActivities().stream()
                .sorted(Comparator.comparing((Activity a) -> a.getStartsOn() == null ? "" : a.getStartsOn()))
                .toList();
    }

    public List<Article> getArticles() {
        return published.relatedArticles(campaign);
    }

    public List<LibraryDocument> getDocuments() {
        return published.documents(campaign);
    }

    public String date(String iso) {
        return iso == null ? "" : LocalDate.parse(iso).format(DATE);
    }

    /** schema.org Event for search engines, escaped for its script element ({@link JsonLd}). */
    public String getJsonLd() {
        JsonObjectBuilder event = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Event")
                .add("name", campaign.getName())
                .add("description", campaign.getTheme())
                .add("startDate", campaign.getStartsOn())
                .add("endDate", campaign.getEndsOn())
                .add("eventStatus", "https://schema.org/EventScheduled")
                .add("eventAttendanceMode", "https://schema.org/MixedEventAttendanceMode")
                .add("inLanguage", "vi")
                .add("url", site.url(PublicPath.CAMPAIGN.of(campaign.getSlug())))
                .add("location", Json.createObjectBuilder().add("@type", "Place").add("name", "Việt Nam")
                        .add("address", Json.createObjectBuilder().add("@type", "PostalAddress").add("addressCountry", "VN")))
                .add("organizer", Json.createObjectBuilder().add("@type", "Organization").add("name", site.getName())
                        .add("url", site.url("/")));
        if (campaign.getBannerImage() != null) {
            event.add("image", site.url(campaign.getBannerImage()));
        }
        return JsonLd.script(event.build());
    }

    public Campaign getCampaign() { return campaign; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getPreviewId() { return preview; }
    public void setPreviewId(String previewId) { this.preview = previewId; }
}
