package vn.quyentreem.portal.contests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.contests.control.ContestVisibility;
import vn.quyentreem.portal.contests.control.PublicName;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.site.ErrorPages;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One shortlisted work in public, /bai-du-thi/{code}: only while it is in the gallery, and only its public byline. */
@Named
@RequestScoped
public class EntryView {

    public record Answer(String label, String value, boolean paragraph) {
    }

    @Inject
    ContestEntries entries;

    @Inject
    Contests contests;

    private ContestEntry entry;
    private Contest contest;

    public void load(String code) {
        entry = entries.findByCode(code == null ? "" : code.toUpperCase(Locale.ROOT)).orElse(null);
        contest = entry == null ? null : contests.findById(entry.getContestId()).orElse(null);
        if (entry == null || contest == null || !ContestVisibility.inGallery(entry, contest)) {
            entry = null;
            ErrorPages.notFound();
        }
    }

    public List<Answer> getAnswers() {
        return contest.getFields().stream().filter(f -> !EntryField.TITLE.equals(f.getKey()))
                .filter(f -> entry.value(f.getKey()) != null)
                .map(f -> new Answer(f.getLabel(), entry.value(f.getKey()), f.isTextarea())).toList();
    }

    public boolean isVoting() {
        return ContestPhase.of(contest, Instant.now()) == ContestPhase.VOTING;
    }

    public String getByline() {
        return PublicName.byline(entry);
    }

    public String getCategoryName() {
        return contest.category(entry.getCategory()).map(c -> c.getName()).orElse(entry.getCategory());
    }

    public ContestEntry getEntry() { return entry; }
    public Contest getContest() { return contest; }
}
