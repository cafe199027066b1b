package vn.quyentreem.portal.articles.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.publishing.entity.Revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A saved state of an article's content. Every save adds one; none is ever changed. */
@Entity("article_revisions")
public class ArticleRevision implements Revision {

    @Id
    private String id;
    @Column
    private String articleId;
    @Column
    private int number;
    @Column
    private String title;
    @Column
    private String summary;
    @Column
    private String body;
    @Column
    private String section;
    @Column
    private List<String> tags = new ArrayList<>();
    @Column
    private String coverImage;
    @Column
    private String coverAlt;
    @Column
    private Instant savedAt;
    @Column
    private String savedBy;
    @Column
    private String note;

    public ArticleRevision() {
    }

    public static ArticleRevision of(Article article, int number, String savedBy, String note) {
        ArticleRevision r = new ArticleRevision();
        r.id = UUID.randomUUID().toString();
        r.articleId = article.getId();
        r.number = number;
        r.title = article.getTitle();
        r.summary = article.getSummary();
        r.body = article.getBody();
        r.section = article.getSection();
        r.tags = new ArrayList<>(article.getTags());
        r.coverImage = article.getCoverImage();
        r.coverAlt = article.getCoverAlt();
        r.savedAt = Instant.now();
        r.savedBy = savedBy;
        r.note = note;
        return r;
    }

    public String getId() { return id; }
    public String getArticleId() { return articleId; }
    public int getNumber() { return number; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getBody() { return body; }
    public String getSection() { return section; }
    public List<String> getTags() { return tags == null ? List.of() : tags; }
    public String getCoverImage() { return coverImage; }
    public String getCoverAlt() { return coverAlt; }
    public Instant getSavedAt() { return savedAt; }
    public String getSavedBy() { return savedBy; }
    public String getNote() { return note; }
}
