package vn.quyentreem.portal.library.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** A training document (tài liệu tập huấn): its file, what it is about, and the text taken out of it for search. */
@Entity("library")
public class LibraryDocument {

    @Id
    private String id;
    @Column
    private String slug;
    @Column
    private String title;
    @Column
    private String summary;
    @Column
    private String topic;
    @Column
    private String audience;
    @Column
    private int year;
    @Column
    private String source;
    @Column
    private boolean membersOnly;
    @Column
    private boolean published;
    @Column
    private String fileName;
    @Column
    private String contentType;
    @Column
    private long bytes;
    @Column
    private String text;
    @Column
    private String uploadedBy;
    @Column
    private Instant publishedAt;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getAudience() { return audience; }
    public void setAudience(String audience) { this.audience = audience; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public boolean isMembersOnly() { return membersOnly; }
    public void setMembersOnly(boolean membersOnly) { this.membersOnly = membersOnly; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public String getFileName() { return fileName; }
    public void setFileName(String fileName) { this.fileName = fileName; }
    public String getContentType() { return contentType; }
    public void setContentType(String contentType) { this.contentType = contentType; }
    public long getBytes() { return bytes; }
    public void setBytes(long bytes) { this.bytes = bytes; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getUploadedBy() { return uploadedBy; }
    public void setUploadedBy(String uploadedBy) { this.uploadedBy = uploadedBy; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }

    public String getFormat() {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toUpperCase();
    }

    /** Written in Markdown: read as a page of the portal, which is the document; there is no file to hand out. */
    public boolean isReadOnPage() {
        return "MD".equals(getFormat());
    }

    /** The kind of document in words a reader knows, not a file extension. */
    public String getKind() {
        return switch (getFormat()) {
            case "MD" -> "Đọc trên trang";
            case "DOCX" -> "Word";
            case "PPTX" -> "PowerPoint";
            case "TXT" -> "Văn bản";
            default -> getFormat();
        };
    }
}
