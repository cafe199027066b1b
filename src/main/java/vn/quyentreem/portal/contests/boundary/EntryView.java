package vn.quyentreem.portal.contests.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.contests.control.ContestGallery;
import vn.quyentreem.portal.contests.control.PublicName;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.site.ErrorPages;

import java.time.Instant;
import java.util.List;

/** One shortlisted work in public, /bai-du-thi/{code}: only while it is in the gallery, and only its public byline. */
@Named
@RequestScoped
public class EntryView {

    public record Answer(String label, String value, boolean paragraph) {
    }

    @Inject
    ContestGallery gallery;

    private ContestEntry entry;
    private Contest contest;

    public void load(String code) {
        ContestGallery.Shown shown = gallery.byCode(code).orElse(null);
        if (shown == null) {
            ErrorPages.notFound();
            return;
        }
        entry = shown.entry();
        contest = shown.contest();
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
