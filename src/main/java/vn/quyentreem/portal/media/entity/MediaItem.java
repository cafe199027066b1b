package vn.quyentreem.portal.media.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** An image in the media library: always re-encoded, always described. */
@Entity("media")
public class MediaItem {

    @Id
    private String name;
    @Column
    private String alt;
    @Column
    private int width;
    @Column
    private int height;
    @Column
    private long bytes;
    @Column
    private String uploadedBy;
    @Column
    private Instant uploadedAt;

    public MediaItem() {
    }

    public MediaItem(String name, String alt, int width, int height, long bytes, String uploadedBy) {
        this.name = name;
        this.alt = alt;
        this.width = width;
        this.height = height;
        this.bytes = bytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    /** The stored file name, e.g. "tre-em-vui-choi.jpg". */
    public String getName() { return name; }
    public String getAlt() { return alt; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public long getBytes() { return bytes; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }

    public String getUrl() {
        return "/media/" + name;
    }

    /** The image as Markdown for an article body; brackets in the description are escaped so they cannot end it early. */
    public String getMarkdown() {
        String text = alt == null ? "" : alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        return "![" + text + "](" + getUrl() + ")";
    }
}
