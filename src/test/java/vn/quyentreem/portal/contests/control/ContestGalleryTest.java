package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the public sees of a contest's entries, read the same way by every page, the API and the sitemap. */
class ContestGalleryTest {

    private final InMemoryRepository<Contest> contestRows = new InMemoryRepository<>(Contest::getId);
    private final InMemoryRepository<ContestEntry> entryRows = new InMemoryRepository<>(ContestEntry::getId);
    private final ContestGallery gallery = new ContestGallery();
    private Contest contest;

    @BeforeEach
    void wire() {
        gallery.contests = contestRows.as(Contests.class);
        gallery.entries = entryRows.as(ContestEntries.class);
        contest = ContestDefinition.read(ContestSamples.definition());
        contest.setId("c1");
        contest.setStatus(Contest.PUBLISHED);
        contestRows.rows.put("c1", contest);
    }

    private ContestEntry entry(String id, String category, String consent, boolean shortlisted) {
        ContestEntry e = new ContestEntry();
        e.setId(id);
        e.setContestId("c1");
        e.setCategory(category);
        e.setCode("NNMU-2027-" + id);
        e.setConsent(consent);
        e.setEligible(true);
        e.setRound(shortlisted ? 2 : 1);
        e.setStatus(ContestEntry.ACTIVE);
        entryRows.rows.put(id, e);
        return e;
    }

    @Test
    void onlyShortlistedEntriesWithClearConsentOfAPublishedContestAreShown() {
        entry("0003", "viet-11-15", ContestEntry.CONSENT_NOT_NEEDED, true);
        entry("0002", "tranh-6-10", "GIVEN", true);
        entry("0001", "tranh-6-10", "PENDING", true);
        entry("0004", "tranh-6-10", "GIVEN", false);
        ContestEntry withdrawn = entry("0005", "tranh-6-10", "GIVEN", true);
        withdrawn.setStatus(ContestEntry.WITHDRAWN);

        assertEquals(List.of("0002", "0003"), gallery.of(contest).stream().map(ContestEntry::getId).toList(),
                "by category, then code; held, not shortlisted and withdrawn entries stay hidden");
        assertEquals("0002", gallery.byCode("nnmu-2027-0002").orElseThrow().entry().getId(), "a code in any case");
        assertTrue(gallery.byCode("NNMU-2027-0001").isEmpty(), "held for the guardian");
        assertTrue(gallery.byId("0004").isEmpty());
        assertTrue(gallery.byId(null).isEmpty());

        contest.setStatus(Contest.DRAFT);
        assertTrue(gallery.of(contest).isEmpty(), "an unpublished contest shows nothing");
        assertTrue(gallery.byId("0002").isEmpty());
    }
}
