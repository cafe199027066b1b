package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestCategory;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.contests.entity.PrizeWinner;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.judging.control.ScoreAggregation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Results: the last round's jury score (normalised for harsh and lenient judges) and the public's votes, combined
 * by the contest's weights. Public score = 100 × an entry's votes ÷ the most votes any entry of its category got.
 */
@ApplicationScoped
public class ContestResults {

    public record Standing(ContestEntry entry, double jury, long votes, double publicScore, double score) {
    }

    @Inject
    Leases leases;

    @Inject
    Contests contests;

    @Inject
    ContestEntries entries;

    @Inject
    Screening screening;

    @Inject
    VoteLedger ledger;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContestChanged> changes;

    /** Standings per category code, best first, over the entries of the last round. */
    public Map<String, List<Standing>> standings(Contest contest) {
        Judging.Board board = screening.board(contest);
        Map<String, Long> votes = ledger.tally(contest.getId());
        Map<String, ScoreAggregation.SubjectScore> jury = new java.util.HashMap<>();
        board.scores().forEach(s -> jury.put(s.subjectId(), s));
        List<ContestEntry> finalists = entries.findByContestId(contest.getId()).stream()
                .filter(e -> ContestVisibility.judgeable(e, contest.getRound())).toList();
        Map<String, List<Standing>> out = new java.util.LinkedHashMap<>();
        for (ContestCategory category : contest.getCategories()) {
            List<ContestEntry> in = finalists.stream().filter(e -> e.getCategory().equals(category.getCode())).toList();
            long most = in.stream().mapToLong(e -> votes.getOrDefault(e.getId(), 0L)).max().orElse(0);
            List<Standing> standings = new ArrayList<>();
            for (ContestEntry e : in) {
                var s = jury.get(e.getId());
                standings.add(standing(contest, e, s == null || s.judges() == 0 ? 0 : s.normalised(),
                        votes.getOrDefault(e.getId(), 0L), most));
            }
            standings.sort(Comparator.comparingDouble(Standing::score).reversed()
                    .thenComparing(Comparator.comparingDouble(Standing::jury).reversed()));
            out.put(category.getCode(), standings);
        }
        return out;
    }

    static Standing standing(Contest contest, ContestEntry entry, double jury, long votes, long most) {
        double publicScore = most == 0 ? 0 : 100.0 * votes / most;
        var weights = contest.getVoting();
        double score = contest.getVoting().isEnabled()
                ? (weights.getJuryWeight() * jury + weights.getPublicWeight() * publicScore) / 100.0 : jury;
        return new Standing(entry, round(jury), votes, round(publicScore), round(score));
    }

    /**
     * Fixes the winners, the top of each category in prize order, as the published results. They go public at the
     * contest's announced time, or now if that has passed; until then nobody outside the desk sees them.
     */
    public Contest publish(Contest contest, Account editor) {
        ContestSetup.requireEditor(editor);
        Instant now = Instant.now();
        if (now.isBefore(contest.getTimeline().getEntriesClose())) {
            throw ContestRefusal.conflict("Chưa hết hạn nhận bài nên chưa công bố được kết quả");
        }
        if (contest.getVoting().isEnabled() && now.isBefore(contest.getTimeline().getVotingClose())) {
            throw ContestRefusal.conflict("Bình chọn chưa đóng nên chưa công bố được kết quả");
        }
        List<PrizeWinner> winners = new ArrayList<>();
        standings(contest).forEach((category, standings) -> {
            for (int i = 0; i < Math.min(contest.getPrizes().size(), standings.size()); i++) {
                winners.add(winner(contest, category, contest.getPrizes().get(i), standings.get(i)));
            }
        });
        if (winners.isEmpty()) {
            throw ContestRefusal.conflict("Chưa có bài nào ở vòng cuối để trao giải");
        }
        Contest fresh = leases.exclusively("contest:" + contest.getId(), () -> {
            Contest current = contests.findById(contest.getId()).orElseThrow();
            current.setResults(winners);
            Instant announced = current.getTimeline().getResults();
            current.setResultsPublishedAt(announced != null && announced.isAfter(now) ? announced : now);
            current.setResultsAnnounced(!current.getResultsPublishedAt().isAfter(now));
            current.setUpdatedAt(now);
            contests.save(current);
            return current;
        });
        audit.record(editor.getUsername(), "công bố kết quả cuộc thi", "contest", fresh.getId(), fresh.fullName(),
                winners.size() + " giải");
        changes.fire(new ContestChanged(fresh.getId(), null));
        return fresh;
    }

    private static PrizeWinner winner(Contest contest, String category, String prize, Standing s) {
        PrizeWinner w = new PrizeWinner();
        w.setCategory(category);
        w.setPrize(prize);
        w.setEntryId(s.entry().getId());
        w.setCode(s.entry().getCode());
        w.setTitle(s.entry().getTitle());
        w.setAuthor(PublicName.author(s.entry()));
        w.setProvince(s.entry().getProvince());
        w.setJury(s.jury());
        w.setVotes(s.votes());
        w.setScore(s.score());
        w.setExcerpt(contest.getFields().stream().filter(EntryField::isTextarea).map(f -> s.entry().value(f.getKey()))
                .filter(v -> v != null && !v.isBlank()).findFirst().map(ContestResults::excerpt).orElse(null));
        return w;
    }

    static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= 300) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 300);
        return flat.substring(0, cut > 200 ? cut : 300) + "…";
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
