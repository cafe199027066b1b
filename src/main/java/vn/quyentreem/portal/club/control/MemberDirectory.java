package vn.quyentreem.portal.club.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The public directory: active members who consented to be listed, showing what each consented to. */
@ApplicationScoped
public class MemberDirectory {

    /**
     * The Vietnamese order of a list of people: by given name (the last word), then the whole name, with "Đ"
     * after "D" and accents after the plain letter.
     */
    public static final Comparator<String> VIETNAMESE_NAMES = Comparator.comparing(
            (String name) -> name.substring(name.lastIndexOf(' ') + 1) + " " + name, Collator.getInstance(Locale.forLanguageTag("vi")));
    private static final Comparator<DirectoryEntry> BY_NAME = Comparator.comparing(DirectoryEntry::fullName, VIETNAMESE_NAMES);

    @Inject
    ClubMembers members;

    /** Listed members, optionally only those in a province (as consented to show) or with a topic. */
    public List<DirectoryEntry> listed(String province, String topic) {
        String wantedTopic = topic == null || topic.isBlank() ? null : topic.strip().toLowerCase(Locale.ROOT);
        return entries()
                .filter(e -> province == null || province.isBlank() || province.equals(e.province()))
                .filter(e -> wantedTopic == null || e.topics() != null
                        && e.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wantedTopic)))
                .sorted(BY_NAME).toList();
    }

    public Optional<DirectoryEntry> bySlug(String slug) {
        return members.findBySlug(slug).filter(m -> m.isActiveOn(Memberships.today())).flatMap(DirectoryEntry::of);
    }

    /** The listed entry of the member who signs in as username, e.g. to credit their story. */
    public Optional<DirectoryEntry> byUsername(String username) {
        return username == null ? Optional.empty() : members.findByUsername(username)
                .filter(m -> m.isActiveOn(Memberships.today())).flatMap(DirectoryEntry::of);
    }

    public boolean isMember(String username) {
        return username != null && members.findByUsername(username).isPresent();
    }

    /** Everyone whose membership is current, listed or not. */
    public long activeCount() {
        LocalDate today = Memberships.today();
        return members.findAll().filter(m -> m.isActiveOn(today)).count();
    }

    private Stream<DirectoryEntry> entries() {
        LocalDate today = Memberships.today();
        return members.findAll().filter(m -> m.isActiveOn(today)).map(DirectoryEntry::of).flatMap(Optional::stream);
    }
}
