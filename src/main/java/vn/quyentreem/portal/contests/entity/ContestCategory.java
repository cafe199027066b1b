package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/** A category entries compete in, e.g. drawings by children of 6 to 10. */
@Embeddable
public class ContestCategory {

    @Column
    private String code;
    @Column
    private String name;
    @Column
    private int minAge;
    @Column
    private int maxAge;
    @Column
    private String form;

    public boolean fits(int age) {
        return age >= minAge && age <= maxAge;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getMinAge() { return minAge; }
    public void setMinAge(int minAge) { this.minAge = minAge; }
    public int getMaxAge() { return maxAge; }
    public void setMaxAge(int maxAge) { this.maxAge = maxAge; }
    public String getForm() { return form; }
    public void setForm(String form) { this.form = form; }
}
