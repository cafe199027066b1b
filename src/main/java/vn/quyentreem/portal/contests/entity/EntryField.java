package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/** A text field of a contest's entry form. Every contest has one with the key "title". */
@Embeddable
public class EntryField {

    public static final String TITLE = "title";

    @Column
    private String key;
    @Column
    private String label;
    /** "text" (one line) or "textarea". */
    @Column
    private String type;
    @Column
    private boolean required;
    @Column
    private int max;

    public boolean isTextarea() {
        return "textarea".equals(type);
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public boolean isRequired() { return required; }
    public void setRequired(boolean required) { this.required = required; }
    public int getMax() { return max; }
    public void setMax(int max) { this.max = max; }
}
