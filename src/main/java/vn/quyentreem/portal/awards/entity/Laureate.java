package vn.quyentreem.portal.awards.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/**
 * One laureate of a cycle as it will be announced: the public name (for a child, only as far as the guardian
 * consented), the province, and the citation. Nothing of it is shown before the announcement time.
 */
@Embeddable
public class Laureate {

    @Column
    private String category;
    @Column
    private String nominationId;
    @Column
    private String name;
    @Column
    private String province;
    @Column
    private String citation;

    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getNominationId() { return nominationId; }
    public void setNominationId(String nominationId) { this.nominationId = nominationId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCitation() { return citation; }
    public void setCitation(String citation) { this.citation = citation; }
}
