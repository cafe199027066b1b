package vn.quyentreem.portal.events.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;

/** A training course or event of the journalists' club, with a number of seats and a registration deadline. */
@Entity("club_events")
public class ClubEvent {

    /** TRAINING or EVENT. */
    public enum Kind {
        TRAINING("Tập huấn"), EVENT("Sự kiện");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    /** DRAFT: only editors see it; PUBLISHED: open to readers; CANCELLED: shown as cancelled, registrants told. */
    public enum Status {
        DRAFT("Bản nháp"), PUBLISHED("Đã đăng"), CANCELLED("Đã hủy");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    @Id
    private String id;
    @Column
    private String slug;
    @Column
    private String title;
    @Column
    private String kind;
    @Column
    private String summary;
    @Column
    private String description;
    @Column
    private String place;
    @Column
    private Instant startsAt;
    @Column
    private Instant endsAt;
    @Column
    private Instant registrationClosesAt;
    @Column
    private int capacity;
    @Column
    private String status;
    @Column
    private Instant createdAt;
    @Column
    private Instant updatedAt;
    @Column
    private String createdBy;

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public Status status() {
        return Status.valueOf(status);
    }

    /** Readers may register: published, and the deadline (and the start) not passed. */
    public boolean isOpenAt(Instant now) {
        return status() == Status.PUBLISHED && now.isBefore(registrationClosesAt) && now.isBefore(startsAt);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public void setEndsAt(Instant endsAt) { this.endsAt = endsAt; }
    public Instant getRegistrationClosesAt() { return registrationClosesAt; }
    public void setRegistrationClosesAt(Instant registrationClosesAt) { this.registrationClosesAt = registrationClosesAt; }
    public int getCapacity() { return capacity; }
    public void setCapacity(int capacity) { this.capacity = capacity; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
}
