package vn.quyentreem.portal.club.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.club.control.DirectoryEntry;
import vn.quyentreem.portal.club.control.MemberDirectory;

import java.util.HashMap;
import java.util.Map;

/**
 * The credit under a story a club member wrote: "by a member of the club", linked to their directory entry when
 * they are listed there. Kept in the club feature, so articles need not know about the club.
 */
@Named
@RequestScoped
public class ClubCredits {

    /** member: the author is or was a club member; entry: their listed directory entry, or null. */
    public record Credit(boolean member, DirectoryEntry entry) {
        public boolean isMember() { return member; }
        public DirectoryEntry getEntry() { return entry; }
    }

    @Inject
    MemberDirectory directory;

    private final Map<String, Credit> seen = new HashMap<>();

    public Credit of(String username) {
        return seen.computeIfAbsent(username == null ? "" : username, u -> new Credit(directory.isMember(u),
                directory.byUsername(u).orElse(null)));
    }
}
