package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/** What an entrant wrote in one field of the entry form. */
@Embeddable
public class FieldValue {

    @Column
    private String key;
    @Column
    private String value;

    public FieldValue() {
    }

    public FieldValue(String key, String value) {
        this.key = key;
        this.value = value;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
}
