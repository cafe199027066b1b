package vn.quyentreem.portal.articles.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.publishing.entity.PublicationStatus;
import vn.quyentreem.portal.publishing.entity.Publishable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A news item or article. The Markdown body is the source; its HTML is derived when shown. */
@Entity("articles")
public class Article implements Publishable {

    @Id
    private String id;
    @Column
    private String title;
    @Column
    private String slug;
    @Column
    private String summary;
    @Column
    private String body;
    @Column
    private String section;
    @Column
    private List<String> tags = new ArrayList<>();
    /** Slugs of {@link #tags}, in the same order: what tag pages query. */
    @Column
    private List<String> tagSlugs = new ArrayList<>();
    @Column
    private String author;
    @Column
    private String status;
    @Column
    private Instant publishedAt;
    @Column
    private Instant createdAt;
    @Column
    private Instant updatedAt;
    @Column
    private String coverImage;
    @Column
    private String coverAlt;
    @Column
    private boolean featured;
    /** The account that wrote it; imported sample content has none. */
    @Column
    private String ownerUsername;
    /** Why an editor sent it back to draft, shown to the author until it is submitted again. */
    @Column
    private String returnComment;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSection() { return section; }
    public void setSection(String section) { this.section = section; }
    public List<String> getTags() { return tags == null ? List.of() : tags; }
    public void setTags(List<String> tags) { this.tags = tags; }
    public List<String> getTagSlugs() { return tagSlugs == null ? List.of() : tagSlugs; }
    public void setTagSlugs(List<String> tagSlugs) { this.tagSlugs = tagSlugs; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public PublicationStatus getStatus() { return status == null ? null : PublicationStatus.valueOf(status); }
    public void setStatus(PublicationStatus status) { this.status = status == null ? null : status.name(); }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getCoverImage() { return coverImage; }
    public void setCoverImage(String coverImage) { this.coverImage = coverImage; }
    public String getCoverAlt() { return coverAlt; }
    public void setCoverAlt(String coverAlt) { this.coverAlt = coverAlt; }
    public boolean isFeatured() { return featured; }
    public void setFeatured(boolean featured) { this.featured = featured; }
    public String getOwnerUsername() { return ownerUsername; }
    public void setOwnerUsername(String ownerUsername) { this.ownerUsername = ownerUsername; }
    public String getReturnComment() { return returnComment; }
    public void setReturnComment(String returnComment) { this.returnComment = returnComment; }

    public Section getSectionInfo() {
        return Section.byCode(section).orElse(null);
    }

    public boolean isPublished() {
        return PublicationStatus.PUBLISHED.name().equals(status);
    }

    @Override
    public String label() {
        return title;
    }
}
