package vn.quyentreem.portal.content;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** Remembers that a slug from content/ was imported once, so a restart never re-imports or overwrites it. */
@Entity("content_imports")
public class ContentImport {

    @Id
    private String slug;
    @Column
    private String file;
    @Column
    private Instant importedAt;

    public ContentImport() {
    }

    public ContentImport(String slug, String file, Instant importedAt) {
        this.slug = slug;
        this.file = file;
        this.importedAt = importedAt;
    }

    public String getSlug() {
        return slug;
    }

    public String getFile() {
        return file;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
