package vn.quyentreem.portal.contests.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.boundary.SignedInPages;
import vn.quyentreem.portal.contests.control.ContestGallery;
import vn.quyentreem.portal.contests.control.ContestRefusal;
import vn.quyentreem.portal.contests.control.PublicName;
import vn.quyentreem.portal.contests.control.Voting;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.site.ErrorPages;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;
import java.time.Instant;

/**
 * /du-thi/binh-chon.xhtml?bai={id}: one vote. The page's script fetches a challenge from the API and solves it before
 * the form is sent; without script the form cannot pass, and the page says why.
 */
@Named
@ViewScoped
public class VoteView implements Serializable {

    @Inject
    transient ContestGallery gallery;

    @Inject
    transient Voting voting;

    @Inject
    transient CurrentUser currentUser;

    private String entryId;
    private ContestEntry entry;
    private Contest contest;
    private String email;
    private String challenge;
    private String nonce;
    private Voting.Outcome outcome;

    public void load() {
        if (entry != null) {
            return;
        }
        ContestGallery.Shown shown = gallery.byId(entryId).orElse(null);
        if (shown == null) {
            ErrorPages.notFound();
            return;
        }
        entry = shown.entry();
        contest = shown.contest();
    }

    public void vote() {
        try {
            outcome = voting.cast(contest, entryId, email, challenge, nonce, currentUser.account().orElse(null),
                    SignedInPages.address()).outcome();
        } catch (ContestRefusal e) {
            FacesMessages.error(e.getMessage());
        }
    }

    public boolean isOpen() {
        return ContestPhase.of(contest, Instant.now()) == ContestPhase.VOTING;
    }

    public String getChallengeUrl() {
        return "/api/v1/contests/" + contest.getSlug() + "/entries/" + entry.getId() + "/votes/challenge";
    }

    public String getByline() {
        return PublicName.byline(entry);
    }

    public boolean isSignedIn() {
        return currentUser.isSignedIn();
    }

    public String getEntryId() { return entryId; }
    public void setEntryId(String entryId) { this.entryId = entryId; }
    public ContestEntry getEntry() { return entry; }
    public Contest getContest() { return contest; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getChallenge() { return challenge; }
    public void setChallenge(String challenge) { this.challenge = challenge; }
    public String getNonce() { return nonce; }
    public void setNonce(String nonce) { this.nonce = nonce; }
    public Voting.Outcome getOutcome() { return outcome; }
}
