package vn.quyentreem.portal.club.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Entity;
import jakarta.nosql.Id;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of the journalists' club: a profile, the portal account that signs in with it, and a membership
 * that runs one year at a time. Dates are ISO days in Vietnam; the membership covers validUntil itself.
 */
@Entity("club_members")
public class ClubMember {

    @Id
    private String id;
    @Column
    private String slug;
    @Column
    private String username;
    @Column
    private ClubProfile profile;
    @Column
    private String joinedOn;
    @Column
    private String validUntil;
    /** The validUntil the 30-day reminder was sent for, so each period gets one reminder. */
    @Column
    private String remindedFor;
    /** Set when the membership ran out and the journalist role was taken away; cleared by renewing. */
    @Column
    private boolean lapsed;
    /** True when the journalist role came with the membership (not held before), so it goes when it lapses. */
    @Column
    private boolean roleFromMembership;
    @Column
    private String applicationId;
    @Column
    private Instant updatedAt;

    public boolean isActiveOn(LocalDate day) {
        return !lapsed && !day.isAfter(LocalDate.parse(validUntil));
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public ClubProfile getProfile() { return profile; }
    public void setProfile(ClubProfile profile) { this.profile = profile; }
    public String getJoinedOn() { return joinedOn; }
    public void setJoinedOn(String joinedOn) { this.joinedOn = joinedOn; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String validUntil) { this.validUntil = validUntil; }
    public String getRemindedFor() { return remindedFor; }
    public void setRemindedFor(String remindedFor) { this.remindedFor = remindedFor; }
    public boolean isLapsed() { return lapsed; }
    public void setLapsed(boolean lapsed) { this.lapsed = lapsed; }
    public boolean isRoleFromMembership() { return roleFromMembership; }
    public void setRoleFromMembership(boolean roleFromMembership) { this.roleFromMembership = roleFromMembership; }
    public String getApplicationId() { return applicationId; }
    public void setApplicationId(String applicationId) { this.applicationId = applicationId; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
