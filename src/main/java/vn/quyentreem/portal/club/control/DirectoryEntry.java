package vn.quyentreem.portal.club.control;

import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.club.entity.DirectoryField;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.platform.VietnamesePhones;

import java.util.List;
import java.util.Optional;

/**
 * A member as the public may see them: every field the member did not consent to is null here, so no page or
 * API built on this can show it by mistake. Pages and the API read members only through this.
 */
public record DirectoryEntry(String slug, String fullName, String photo, String outlet, String position,
                             String pressCard, List<String> topics, String province, String email, String phone,
                             String bio, String url) {

    /** The public entry, or empty when the member did not consent to be listed. */
    public static Optional<DirectoryEntry> of(ClubMember member) {
        ClubProfile p = member.getProfile();
        if (p == null || !p.shows(DirectoryField.NAME)) {
            return Optional.empty();
        }
        return Optional.of(new DirectoryEntry(member.getSlug(), p.getFullName(),
                p.shows(DirectoryField.PHOTO) ? p.getPhoto() : null,
                p.shows(DirectoryField.OUTLET) ? p.getOutlet() : null,
                p.shows(DirectoryField.POSITION) ? p.getPosition() : null,
                p.shows(DirectoryField.PRESS_CARD) ? p.getPressCard() : null,
                p.shows(DirectoryField.TOPICS) ? List.copyOf(p.getTopics()) : null,
                p.shows(DirectoryField.PROVINCE) ? p.getProvince() : null,
                p.shows(DirectoryField.EMAIL) ? p.getEmail() : null,
                p.shows(DirectoryField.PHONE) ? VietnamesePhones.display(p.getPhone()) : null,
                p.shows(DirectoryField.BIO) ? p.getBio() : null,
                PublicPath.MEMBER.of(member.getSlug())));
    }

    public String getSlug() { return slug; }
    public String getFullName() { return fullName; }
    public String getPhoto() { return photo; }
    public String getOutlet() { return outlet; }
    public String getPosition() { return position; }
    public String getPressCard() { return pressCard; }
    public List<String> getTopics() { return topics; }
    public String getTopicsText() { return topics == null ? null : String.join(", ", topics); }
    public String getProvince() { return province; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getBio() { return bio; }
    public String getUrl() { return url; }
}
