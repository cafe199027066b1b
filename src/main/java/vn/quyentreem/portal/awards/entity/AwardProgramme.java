package vn.quyentreem.portal.awards.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An award programme, e.g. "Giải Cống hiến vì trẻ em Việt Nam", and its yearly cycles. Written, like contests, as
 * a definition (YAML front matter and a Markdown description); the fields are that definition read and checked.
 */
@Entity("award_programmes")
public class AwardProgramme {

    @Id
    private String id;
    @Column
    private String slug;
    @Column
    private String name;
    @Column
    private String summary;
    @Column
    private String description;
    /** Whether people may nominate themselves (or, for a child, their own child). */
    @Column
    private boolean selfNomination;
    /** Nominees are children: a guardian consents before anyone else sees the nomination. */
    @Column
    private boolean forChildren;
    @Column
    private List<AwardCycle> cycles = new ArrayList<>();
    @Column
    private String definition;
    @Column
    private Instant updatedAt;

    public Optional<AwardCycle> cycle(int year) {
        return getCycles().stream().filter(c -> c.getYear() == year).findFirst();
    }

    /** The newest cycle, the one people nominate for or wait on. */
    public Optional<AwardCycle> latest() {
        return getCycles().stream().max(Comparator.comparingInt(AwardCycle::getYear));
    }

    public String roundKey(int year) {
        return "award:" + id + ":" + year;
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isSelfNomination() { return selfNomination; }
    public void setSelfNomination(boolean selfNomination) { this.selfNomination = selfNomination; }
    public boolean isForChildren() { return forChildren; }
    public void setForChildren(boolean forChildren) { this.forChildren = forChildren; }
    public List<AwardCycle> getCycles() { return cycles == null ? new ArrayList<>() : cycles; }
    public void setCycles(List<AwardCycle> cycles) { this.cycles = cycles; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
