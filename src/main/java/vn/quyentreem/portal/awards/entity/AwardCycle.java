package vn.quyentreem.portal.awards.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;
import vn.quyentreem.portal.judging.entity.Rubric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One year of a programme: categories, the nomination period, criteria, council, and its laureates. */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class AwardCycle {

    @Column
    private int year;
    @Column
    private List<AwardCategory> categories = new ArrayList<>();
    @Column
    private Instant nominationsOpen;
    @Column
    private Instant nominationsClose;
    @Column
    private Instant announceAt;
    @Column
    private Rubric rubric = new Rubric();
    /** Usernames of the council; empty means every account with the jury role. */
    @Column
    private List<String> council = new ArrayList<>();
    @Column
    private List<Laureate> laureates = new ArrayList<>();
    @Column
    private boolean laureatesDecided;
    @Column
    private boolean announced;

    public Optional<AwardCategory> category(String code) {
        return getCategories().stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(nominationsOpen) && now.isBefore(nominationsClose);
    }

    /** Laureates are public once decided and the announcement time has come; before, nothing about them is. */
    public boolean isAnnouncedAt(Instant now) {
        return laureatesDecided && announceAt != null && !now.isBefore(announceAt);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public List<AwardCategory> getCategories() { return categories == null ? List.of() : categories; }
    public void setCategories(List<AwardCategory> categories) { this.categories = categories; }
    public Instant getNominationsOpen() { return nominationsOpen; }
    public void setNominationsOpen(Instant nominationsOpen) { this.nominationsOpen = nominationsOpen; }
    public Instant getNominationsClose() { return nominationsClose; }
    public void setNominationsClose(Instant nominationsClose) { this.nominationsClose = nominationsClose; }
    public Instant getAnnounceAt() { return announceAt; }
    public void setAnnounceAt(Instant announceAt) { this.announceAt = announceAt; }
    public Rubric getRubric() { return rubric; }
    public void setRubric(Rubric rubric) { this.rubric = rubric; }
    public List<String> getCouncil() { return council == null ? List.of() : council; }
    public void setCouncil(List<String> council) { this.council = council; }
    public List<Laureate> getLaureates() { return laureates == null ? new ArrayList<>() : laureates; }
    public void setLaureates(List<Laureate> laureates) { this.laureates = laureates; }
    public boolean isLaureatesDecided() { return laureatesDecided; }
    public void setLaureatesDecided(boolean laureatesDecided) { this.laureatesDecided = laureatesDecided; }
    public boolean isAnnounced() { return announced; }
    public void setAnnounced(boolean announced) { this.announced = announced; }
}
