package vn.quyentreem.portal.club.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.util.ArrayList;
import java.util.List;

/**
 * What a journalist tells the club about themselves, and which of it the public directory may show. An
 * application carries one; on approval it becomes the member's profile, which the member keeps up to date.
 */
@Embeddable
public class ClubProfile {

    @Column
    private String fullName;
    @Column
    private String outlet;
    @Column
    private String position;
    /** As typed, for people; duplicates are found on {@link #pressCardKey}. */
    @Column
    private String pressCard;
    @Column
    private String pressCardKey;
    @Column
    private List<String> topics = new ArrayList<>();
    @Column
    private String province;
    @Column
    private String email;
    /** National format, digits only: 0912345678, 02438241234. */
    @Column
    private String phone;
    @Column
    private String bio;
    /** Media URL of the portrait, re-encoded without metadata; null when none was sent. */
    @Column
    private String photo;
    /** {@link DirectoryField} codes consented to. */
    @Column
    private List<String> publicFields = new ArrayList<>();

    public boolean shows(DirectoryField field) {
        return publicFields != null && publicFields.contains(field.code());
    }

    public ClubProfile copy() {
        ClubProfile p = new ClubProfile();
        p.fullName = fullName;
        p.outlet = outlet;
        p.position = position;
        p.pressCard = pressCard;
        p.pressCardKey = pressCardKey;
        p.topics = new ArrayList<>(getTopics());
        p.province = province;
        p.email = email;
        p.phone = phone;
        p.bio = bio;
        p.photo = photo;
        p.publicFields = new ArrayList<>(getPublicFields());
        return p;
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getPressCard() { return pressCard; }
    public void setPressCard(String pressCard) { this.pressCard = pressCard; }
    public String getPressCardKey() { return pressCardKey; }
    public void setPressCardKey(String pressCardKey) { this.pressCardKey = pressCardKey; }
    public List<String> getTopics() { return topics == null ? List.of() : topics; }
    public void setTopics(List<String> topics) { this.topics = topics; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public String getPhoto() { return photo; }
    public void setPhoto(String photo) { this.photo = photo; }
    public List<String> getPublicFields() { return publicFields == null ? List.of() : publicFields; }
    public void setPublicFields(List<String> publicFields) { this.publicFields = publicFields; }
}
