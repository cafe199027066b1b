package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;
import vn.quyentreem.portal.judging.entity.Rubric;
import vn.quyentreem.portal.media.entity.FileRules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One edition of a contest. Editors write its definition as a Markdown file with YAML front matter (the same form
 * as the files in content/contests); the fields below are that definition read and checked, and the definition
 * text is kept so the next edit starts from what the editor wrote.
 */
@Entity("contests")
public class Contest {

    @Id
    private String id;
    @Column
    private String slug;
    @Column
    private String name;
    @Column
    private String edition;
    @Column
    private String organiser;
    @Column
    private int minAge;
    @Column
    private int maxAge;
    @Column
    private List<String> provinces = new ArrayList<>();
    @Column
    private List<ContestCategory> categories = new ArrayList<>();
    @Column
    private Timeline timeline = new Timeline();
    @Column
    private List<EntryField> fields = new ArrayList<>();
    @Column
    private FileRules files = new FileRules();
    @Column
    private Rubric rubric = new Rubric();
    @Column
    private VotingRules voting = new VotingRules();
    @Column
    private List<String> prizes = new ArrayList<>();
    @Column
    private String rules;

    @Column
    private String image;

    @Column
    private String imageAlt;
    @Column
    private String description;
    @Column
    private String definition;
    /** "draft" until an editor publishes it. */
    @Column
    private String status;
    /** The judging round in progress: 1 screens everyone eligible; later rounds judge the shortlist. */
    @Column
    private int round = 1;
    @Column
    private List<PrizeWinner> results = new ArrayList<>();
    @Column
    private Instant resultsPublishedAt;
    /** Set once the results have gone public, so pages and search are told exactly once. */
    @Column
    private boolean resultsAnnounced;
    @Column
    private int entriesReceived;
    @Column
    private Instant createdAt;
    @Column
    private Instant updatedAt;

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    public boolean isPublished() {
        return PUBLISHED.equals(status);
    }

    public Optional<ContestCategory> category(String code) {
        return categories.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public String fullName() {
        return name + " " + edition;
    }

    /** The judging round key the judging module files scores under. */
    public String roundKey(int n) {
        return "contest:" + id + ":" + n;
    }

    /** Results are public once an editor has published them and the announced time has come. */
    public boolean resultsPublic(Instant now) {
        return resultsPublishedAt != null && !now.isBefore(resultsPublishedAt)
                && (timeline.getResults() == null || !now.isBefore(timeline.getResults()));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public String getOrganiser() { return organiser; }
    public void setOrganiser(String organiser) { this.organiser = organiser; }
    public int getMinAge() { return minAge; }
    public void setMinAge(int minAge) { this.minAge = minAge; }
    public int getMaxAge() { return maxAge; }
    public void setMaxAge(int maxAge) { this.maxAge = maxAge; }
    public List<String> getProvinces() { return provinces == null ? List.of() : provinces; }
    public void setProvinces(List<String> provinces) { this.provinces = provinces; }
    public List<ContestCategory> getCategories() { return categories == null ? List.of() : categories; }
    public void setCategories(List<ContestCategory> categories) { this.categories = categories; }
    public Timeline getTimeline() { return timeline; }
    public void setTimeline(Timeline timeline) { this.timeline = timeline; }
    public List<EntryField> getFields() { return fields == null ? List.of() : fields; }
    public void setFields(List<EntryField> fields) { this.fields = fields; }
    public FileRules getFiles() { return files; }
    public void setFiles(FileRules files) { this.files = files; }
    public Rubric getRubric() { return rubric; }
    public void setRubric(Rubric rubric) { this.rubric = rubric; }
    public VotingRules getVoting() { return voting; }
    public void setVoting(VotingRules voting) { this.voting = voting; }
    public List<String> getPrizes() { return prizes == null ? List.of() : prizes; }
    public void setPrizes(List<String> prizes) { this.prizes = prizes; }
    public String getImage() { return image; }
    public void setImage(String image) { this.image = image; }
    public String getImageAlt() { return imageAlt; }
    public void setImageAlt(String imageAlt) { this.imageAlt = imageAlt; }
    public String getRules() { return rules; }
    public void setRules(String rules) { this.rules = rules; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getDefinition() { return definition; }
    public void setDefinition(String definition) { this.definition = definition; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public int getRound() { return round; }
    public void setRound(int round) { this.round = round; }
    public List<PrizeWinner> getResults() { return results == null ? new ArrayList<>() : results; }
    public void setResults(List<PrizeWinner> results) { this.results = results; }
    public Instant getResultsPublishedAt() { return resultsPublishedAt; }
    public void setResultsPublishedAt(Instant resultsPublishedAt) { this.resultsPublishedAt = resultsPublishedAt; }
    public boolean isResultsAnnounced() { return resultsAnnounced; }
    public void setResultsAnnounced(boolean resultsAnnounced) { this.resultsAnnounced = resultsAnnounced; }
    public int getEntriesReceived() { return entriesReceived; }
    public void setEntriesReceived(int entriesReceived) { this.entriesReceived = entriesReceived; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
