package vn.quyentreem.portal.media.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * A file of an entry, stored under a random name outside the public media folder: it is served only to those
 * who may see the entry at that moment.
 */
@Embeddable
public class PrivateFile {

    @Column
    private String name;
    /** "image" or "pdf". */
    @Column
    private String kind;
    @Column
    private String mediaType;
    @Column
    private long size;

    public PrivateFile() {
    }

    public PrivateFile(String name, String kind, String mediaType, long size) {
        this.name = name;
        this.kind = kind;
        this.mediaType = mediaType;
        this.size = size;
    }

    public boolean isImage() {
        return "image".equals(kind);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getMediaType() { return mediaType; }
    public void setMediaType(String mediaType) { this.mediaType = mediaType; }
    public long getSize() { return size; }
    public void setSize(long size) { this.size = size; }
}
