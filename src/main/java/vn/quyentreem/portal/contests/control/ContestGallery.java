package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entries the public sees, read one way for the gallery page, the API, the sitemap, an entry's page and its
 * voting page: each keeps only what {@link ContestVisibility#inGallery} allows, so none can show what another
 * hides.
 */
@ApplicationScoped
public class ContestGallery {

    /** A public entry with the contest it belongs to. */
    public record Shown(ContestEntry entry, Contest contest) {
    }

    @Inject
    Contests contests;

    @Inject
    ContestEntries entries;

    /** A contest's public entries, by category, then code. */
    public List<ContestEntry> of(Contest contest) {
        return entries.findByContestId(contest.getId()).stream().filter(e -> ContestVisibility.inGallery(e, contest))
                .sorted(Comparator.comparing(ContestEntry::getCategory).thenComparing(ContestEntry::getCode)).toList();
    }

    /** The public entry with this code, as typed in an address (any case). */
    public Optional<Shown> byCode(String code) {
        return shown(entries.findByCode(code == null ? "" : code.toUpperCase(Locale.ROOT)));
    }

    public Optional<Shown> byId(String id) {
        return shown(entries.findById(id == null ? "" : id));
    }

    private Optional<Shown> shown(Optional<ContestEntry> found) {
        return found.flatMap(entry -> contests.findById(entry.getContestId())
                .filter(contest -> ContestVisibility.inGallery(entry, contest))
                .map(contest -> new Shown(entry, contest)));
    }
}
