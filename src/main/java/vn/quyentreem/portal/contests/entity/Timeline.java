package vn.quyentreem.portal.contests.entity;

import jakarta.nosql.Column;
import jakarta.nosql.Embeddable;

import java.time.Instant;

/**
 * A contest's dates, in order. Voting dates are null when the contest has no public vote. Kept as a sub-document
 * (grouping): flattened, its "results" would collide with the contest's own.
 */
@Embeddable(Embeddable.EmbeddableType.GROUPING)
public class Timeline {

    @Column
    private Instant entriesOpen;
    @Column
    private Instant entriesClose;
    @Column
    private Instant judgingEnds;
    @Column
    private Instant votingOpen;
    @Column
    private Instant votingClose;
    @Column
    private Instant results;

    public Instant getEntriesOpen() { return entriesOpen; }
    public void setEntriesOpen(Instant entriesOpen) { this.entriesOpen = entriesOpen; }
    public Instant getEntriesClose() { return entriesClose; }
    public void setEntriesClose(Instant entriesClose) { this.entriesClose = entriesClose; }
    public Instant getJudgingEnds() { return judgingEnds; }
    public void setJudgingEnds(Instant judgingEnds) { this.judgingEnds = judgingEnds; }
    public Instant getVotingOpen() { return votingOpen; }
    public void setVotingOpen(Instant votingOpen) { this.votingOpen = votingOpen; }
    public Instant getVotingClose() { return votingClose; }
    public void setVotingClose(Instant votingClose) { this.votingClose = votingClose; }
    public Instant getResults() { return results; }
    public void setResults(Instant results) { this.results = results; }
}
