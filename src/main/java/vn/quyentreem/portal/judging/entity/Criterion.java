package vn.quyentreem.portal.judging.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

/** One thing judges score, with its weight in the total. */
@Embeddable
public class Criterion {

    @Column
    private String name;
    @Column
    private int weight;
    @Column
    private String description;

    public Criterion() {
    }

    public Criterion(String name, int weight) {
        this.name = name;
        this.weight = weight;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getWeight() { return weight; }
    public void setWeight(int weight) { this.weight = weight; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
