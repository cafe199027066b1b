package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * One row of a contest's published results: a snapshot, so the archive stays as announced. The author is only
 * what the public may see of them; a withdrawn entry's row is removed.
 */
@Embeddable
public class PrizeWinner {

    @Column
    private String category;
    @Column
    private String prize;
    @Column
    private String entryId;
    @Column
    private String code;
    @Column
    private String title;
    @Column
    private String author;
    @Column
    private String province;
    @Column
    private double jury;
    @Column
    private long votes;
    @Column
    private double score;
    @Column
    private String excerpt;

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getPrize() { return prize; }
    public void setPrize(String prize) { this.prize = prize; }
    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAuthor() { return author; }
    public void setAuthor(String author) { this.author = author; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public double getJury() { return jury; }
    public void setJury(double jury) { this.jury = jury; }
    public long getVotes() { return votes; }
    public void setVotes(long votes) { this.votes = votes; }
    public double getScore() { return score; }
    public void setScore(double score) { this.score = score; }
    public String getExcerpt() { return excerpt; }
    public void setExcerpt(String excerpt) { this.excerpt = excerpt; }
}
