package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.EntryField;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.judging.entity.Scorecard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What a judge works with. Entries come as {@link BlindEntry}: the code, category and the work itself, never the
 * entrant's name, school, province, birth year or e-mail, so no page or answer built from it can show them.
 */
@ApplicationScoped
public class JuryDesk {

    /** One filled-in field of the work, by its label. */
    public record Answer(String label, String value) {
    }

    public record BlindEntry(String id, String code, String category, String title, List<Answer> answers,
                             List<String> files, boolean scored, boolean conflict) {
    }

    @Inject
    ContestEntries entries;

    @Inject
    Judging judging;

    public List<BlindEntry> entries(Contest contest, Account judge) {
        requireJudge(judge);
        String round = contest.roundKey(contest.getRound());
        Set<String> conflicts = judging.conflictsOf(round, judge.getUsername());
        return entries.findByContestId(contest.getId()).stream()
                .filter(e -> ContestVisibility.judgeable(e, contest.getRound()))
                .sorted(Comparator.comparing(ContestEntry::getCode))
                .map(e -> blind(contest, e, judging.card(round, judge.getUsername(), e.getId()).isPresent(),
                        conflicts.contains(e.getId())))
                .toList();
    }

    public BlindEntry entry(Contest contest, String entryId, Account judge) {
        return entries(contest, judge).stream().filter(e -> e.id().equals(entryId)).findFirst()
                .orElseThrow(() -> ContestRefusal.notFound("Bài này không thuộc vòng chấm hiện tại"));
    }

    public Scorecard score(Contest contest, String entryId, List<Integer> scores, String comment, Account judge) {
        BlindEntry entry = entry(contest, entryId, judge);
        requireJudgingOpen(contest);
        return judging.score(contest.roundKey(contest.getRound()), contest.getRubric(), judge.getUsername(), entry.id(),
                scores, comment);
    }

    public void declareConflict(Contest contest, String entryId, String reason, Account judge) {
        BlindEntry entry = entry(contest, entryId, judge);
        requireJudgingOpen(contest);
        judging.declareConflict(contest.roundKey(contest.getRound()), judge.getUsername(), entry.id(), reason);
    }

    public java.util.Optional<Scorecard> card(Contest contest, String entryId, Account judge) {
        return judging.card(contest.roundKey(contest.getRound()), judge.getUsername(), entryId);
    }

    static BlindEntry blind(Contest contest, ContestEntry e, boolean scored, boolean conflict) {
        List<Answer> answers = contest.getFields().stream()
                .filter(f -> !EntryField.TITLE.equals(f.getKey()) && e.value(f.getKey()) != null)
                .map(f -> new Answer(f.getLabel(), e.value(f.getKey()))).toList();
        String category = contest.category(e.getCategory()).map(c -> c.getName()).orElse(e.getCategory());
        return new BlindEntry(e.getId(), e.getCode(), category, e.getTitle(), answers,
                e.getFiles().stream().map(f -> f.getName()).toList(), scored, conflict);
    }

    private static void requireJudgingOpen(Contest contest) {
        Instant now = Instant.now();
        if (now.isBefore(contest.getTimeline().getEntriesClose())) {
            throw ContestRefusal.conflict("Chưa hết hạn nhận bài nên chưa chấm");
        }
        if (contest.getResultsPublishedAt() != null) {
            throw ContestRefusal.conflict("Đã công bố kết quả; điểm không đổi được nữa");
        }
    }

    public static void requireJudge(Account judge) {
        if (judge == null) {
            throw new ContestRefusal(401, "Cần đăng nhập");
        }
        if (!judge.getRoles().contains(Roles.JURY)) {
            throw ContestRefusal.forbidden("Chỉ thành viên ban giám khảo được chấm bài");
        }
    }
}
