package vn.quyentreem.portal.contests.control;

import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestPhase;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline read to the second, in Vietnam (UTC+7): the sample closes voting at 20:00:30 on 25/06/2027. */
class ContestPhaseTest {

    private final Contest contest = ContestDefinition.read(ContestSamples.definition());
    private final Instant close = Instant.parse("2027-06-25T13:00:30Z");

    @Test
    void votingClosesExactlyAtItsTime() {
        assertEquals(ContestPhase.VOTING, ContestPhase.of(contest, close.minusMillis(1)));
        assertEquals(ContestPhase.AWAITING_RESULTS, ContestPhase.of(contest, close));
    }

    @Test
    void eachPhaseInTurn() {
        assertEquals(ContestPhase.UPCOMING, ContestPhase.of(contest, Instant.parse("2027-03-01T00:59:59Z")));
        assertEquals(ContestPhase.OPEN, ContestPhase.of(contest, Instant.parse("2027-03-01T01:00:00Z")));
        assertEquals(ContestPhase.JUDGING, ContestPhase.of(contest, Instant.parse("2027-06-01T00:00:00Z")));
        assertEquals(ContestPhase.VOTING_SOON, ContestPhase.of(contest, Instant.parse("2027-06-15T23:00:00Z")));
        assertEquals(ContestPhase.VOTING, ContestPhase.of(contest, Instant.parse("2027-06-16T01:00:00Z")));
    }

    @Test
    void resultsArePublicOnlyOncePublishedAndTheirTimeHasCome() {
        Instant announced = Instant.parse("2027-06-30T02:00:00Z");
        assertFalse(contest.resultsPublic(announced.plusSeconds(3600)), "not published");
        contest.setResultsPublishedAt(announced);
        assertFalse(contest.resultsPublic(announced.minusSeconds(1)), "embargoed until the announced time");
        assertTrue(contest.resultsPublic(announced));
        assertEquals(ContestPhase.RESULTS, ContestPhase.of(contest, announced));
    }
}
