package vn.quyentreem.portal.awards.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/** A category of a cycle: individuals or collectives; for children, an age group. */
@Embeddable
public class AwardCategory {

    public static final String INDIVIDUAL = "individual";
    public static final String COLLECTIVE = "collective";

    @Column
    private String code;
    @Column
    private String name;
    @Column
    private String kind;
    /** Ages apply to children's categories only; 0 when there is no limit. */
    @Column
    private int minAge;
    @Column
    private int maxAge;

    public boolean isCollective() {
        return COLLECTIVE.equals(kind);
    }

    public boolean isAgeGroup() {
        return maxAge > 0;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public int getMinAge() { return minAge; }
    public void setMinAge(int minAge) { this.minAge = minAge; }
    public int getMaxAge() { return maxAge; }
    public void setMaxAge(int maxAge) { this.maxAge = maxAge; }
}
