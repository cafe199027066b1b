package vn.quyentreem.portal.club.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.club.entity.ClubChanged;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;
import vn.quyentreem.portal.club.entity.ClubProfile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Members keep their own profile and their consent to the directory up to date. */
@ApplicationScoped
public class MemberProfiles {

    @Inject
    Leases leases;

    @Inject
    ClubMembers members;

    @Inject
    ClubPhotos photos;

    @Inject
    AuditLog audit;

    @Inject
    Event<ClubChanged> changes;

    public Optional<ClubMember> of(String username) {
        return username == null ? Optional.empty() : members.findByUsername(username);
    }

    /**
     * Replaces the member's profile with the checked one. The e-mail address stays (it is the account's, and was
     * confirmed); a new portrait replaces the old one, whose file is deleted, as it is when removePhoto is set.
     */
    public ClubMember update(String username, ClubProfile changed, byte[] newPhoto, boolean removePhoto) {
        return leases.exclusively("club-member:" + username, () -> {
            ClubMember member = of(username).orElseThrow(ClubRefusal::notFound);
            boolean cardTaken = members.findAll().anyMatch(other -> !other.getId().equals(member.getId())
                    && Objects.equals(other.getProfile().getPressCardKey(), changed.getPressCardKey()));
            if (cardTaken) {
                throw ClubRefusal.conflict("Số thẻ nhà báo này đã có trong hồ sơ một hội viên khác");
            }
            ClubProfile profile = changed.copy();
            profile.setEmail(member.getProfile().getEmail());
            String oldPhoto = member.getProfile().getPhoto();
            profile.setPhoto(oldPhoto);
            if (newPhoto != null && newPhoto.length > 0) {
                profile.setPhoto(photos.store(newPhoto));
            } else if (removePhoto) {
                profile.setPhoto(null);
            }
            member.setProfile(profile);
            member.setUpdatedAt(Instant.now());
            members.save(member);
            changes.fire(new ClubChanged(member.getId()));
            if (oldPhoto != null && !oldPhoto.equals(profile.getPhoto())) {
                photos.delete(oldPhoto);
            }
            audit.record(username, "sửa hồ sơ hội viên", "club-member", member.getId(), profile.getFullName(),
                    "công khai: " + String.join(",", profile.getPublicFields()));
            return member;
            });
    }
}
