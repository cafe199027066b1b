package vn.quyentreem.portal.campaigns.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.publishing.entity.Publishable;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign: the yearly Action Month for Children, a Tết programme, an anniversary. Structured content — period,
 * slogans, hotlines, an activity plan, linked news and materials — with a Markdown body, edited through the same
 * workflow as articles (its status is an {@link PublicationStatus} name).
 */
@Entity("campaigns")
public class Campaign implements Publishable {

    @Id
    private String id;
    @Column
    private String name;
    @Column
    private String slug;
    @Column
    private int year;
    @Column
    private String theme;
    /** ISO dates (yyyy-MM-dd): the first and the last day, in Vietnam. */
    @Column
    private String startsOn;
    @Column
    private String endsOn;
    /** Messages and slogans, in the order they are shown. */
    @Column
    private List<String> messages = new ArrayList<>();
    @Column
    private String body;
    @Column
    private String bannerImage;
    @Column
    private String bannerAlt;
    @Column
    private List<String> hotlines = new ArrayList<>(List.of("111"));
    @Column
    private List<Activity> activities = new ArrayList<>();
    /** Articles chosen by hand, by slug, in order. */
    @Column
    private List<String> articleSlugs = new ArrayList<>();
    /** Published articles with this tag are related news too. */
    @Column
    private String tag;
    @Column
    private List<String> documentSlugs = new ArrayList<>();
    @Column
    private String status;
    @Column
    private Instant publishedAt;
    @Column
    private Instant createdAt;
    @Column
    private Instant updatedAt;
    @Column
    private String ownerUsername;
    @Column
    private String returnComment;

    public boolean isPublished() {
        return PublicationStatus.PUBLISHED.name().equals(status);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public List<String> getMessages() { return messages; }
    public void setMessages(List<String> messages) { this.messages = messages == null ? new ArrayList<>() : messages; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getBannerImage() { return bannerImage; }
    public void setBannerImage(String bannerImage) { this.bannerImage = bannerImage; }
    public String getBannerAlt() { return bannerAlt; }
    public void setBannerAlt(String bannerAlt) { this.bannerAlt = bannerAlt; }
    public List<String> getHotlines() { return hotlines; }
    public void setHotlines(List<String> hotlines) { this.hotlines = hotlines == null ? new ArrayList<>() : hotlines; }
    public List<Activity> getActivities() { return activities; }
    public void setActivities(List<Activity> activities) { this.activities = activities == null ? new ArrayList<>() : activities; }
    public List<String> getArticleSlugs() { return articleSlugs; }
    public void setArticleSlugs(List<String> articleSlugs) { this.articleSlugs = articleSlugs == null ? new ArrayList<>() : articleSlugs; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public List<String> getDocumentSlugs() { return documentSlugs; }
    public void setDocumentSlugs(List<String> documentSlugs) { this.documentSlugs = documentSlugs == null ? new ArrayList<>() : documentSlugs; }
    public PublicationStatus getStatus() { return status == null ? null : PublicationStatus.valueOf(status); }
    public void setStatus(PublicationStatus status) { this.status = status == null ? null : status.name(); }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getOwnerUsername() { return ownerUsername; }
    public void setOwnerUsername(String ownerUsername) { this.ownerUsername = ownerUsername; }
    public String getReturnComment() { return returnComment; }
    public void setReturnComment(String returnComment) { this.returnComment = returnComment; }

    @Override
    public String label() {
        return name;
    }
}
