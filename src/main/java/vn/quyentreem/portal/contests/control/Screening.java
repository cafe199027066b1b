package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.mail.control.Mailer;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Editors' side of judging: screen entries for eligibility, see the board, shortlist into the next round. */
@ApplicationScoped
public class Screening {

    @Inject
    Leases leases;

    @Inject
    Contests contests;

    @Inject
    ContestEntries entries;

    @Inject
    Accounts accounts;

    @Inject
    Judging judging;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContestChanged> changes;

    /** Every active entry, held ones included: editors see what awaits consent. */
    public List<ContestEntry> entries(Contest contest) {
        return entries.findByContestId(contest.getId()).stream().filter(ContestEntry::isActive)
                .sorted(Comparator.comparing(ContestEntry::getCode)).toList();
    }

    public ContestEntry screen(String entryId, boolean eligible, String reason, Account editor) {
        ContestSetup.requireEditor(editor);
        String why = reason == null ? "" : reason.strip();
        if (!eligible && why.isEmpty()) {
            throw ContestRefusal.badInput("Hãy ghi lý do bài không hợp lệ; lý do được gửi cho người dự thi");
        }
        if (why.length() > 1000) {
            throw ContestRefusal.badInput("Lý do dài quá 1000 ký tự");
        }
        ContestEntry found = active(entryId);
        ContestEntry entry = leases.exclusively("contest:" + found.getContestId(), () -> {
            ContestEntry current = active(entryId);
            current.setEligible(eligible);
            current.setScreeningReason(why.isEmpty() ? null : why);
            current.setScreenedBy(editor.getUsername());
            if (!eligible) {
                current.setRound(1);
            }
            entries.save(current);
            return current;
        });
        audit.record(editor.getUsername(), eligible ? "bài hợp lệ" : "bài không hợp lệ", "contest-entry", entry.getId(),
                entry.getCode(), why);
        if (!eligible) {
            mailer.send(entry.getEmail(), "Bài dự thi " + entry.getCode() + " chưa hợp lệ",
                    "Chào " + entry.getGivenName() + ",\n\nBan tổ chức xem bài " + entry.getCode() + " (“" + entry.getTitle()
                            + "”) và thấy bài chưa đáp ứng thể lệ. Lý do:\n\n" + why
                            + "\n\nNếu còn hạn nhận bài, em có thể sửa bài trong trang “Bài dự thi và đề cử của tôi”.");
        }
        changes.fire(new ContestChanged(entry.getContestId(), entry.getId()));
        return entry;
    }

    /**
     * Moves the chosen entries into the next round and opens it: the judges then score only them. The entries of
     * round two and after are the shortlist the public gallery shows.
     */
    static final int MAX_CHOSEN = 2_000;

    public Contest shortlist(Contest contest, Collection<String> entryIds, Account editor) {
        ContestSetup.requireEditor(editor);
        if (entryIds == null || entryIds.isEmpty()) {
            throw ContestRefusal.badInput("Hãy chọn ít nhất một bài vào vòng sau");
        }
        // looked at before any entry is read: each id costs a read of the store
        if (entryIds.size() > MAX_CHOSEN || entryIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw ContestRefusal.badInput("Chọn từ 1 đến " + MAX_CHOSEN + " bài, mỗi bài một mã");
        }
        Contest fresh = leases.exclusively("contest:" + contest.getId(), () -> {
            Contest current = contests.findById(contest.getId()).orElseThrow();
            int next = current.getRound() + 1;
            List<ContestEntry> chosen = entryIds.stream().distinct()
                    .map(id -> entries.findById(id).filter(e -> e.getContestId().equals(current.getId()))
                            .orElseThrow(() -> ContestRefusal.notFound("Không có bài dự thi " + id)))
                    .toList();
            for (ContestEntry entry : chosen) {
                if (!ContestVisibility.judgeable(entry, current.getRound())) {
                    throw ContestRefusal.conflict("Bài " + entry.getCode() + " không ở vòng hiện tại hoặc chưa hợp lệ");
                }
            }
            for (ContestEntry entry : chosen) {
                entry.setRound(next);
                entries.save(entry);
            }
            current.setRound(next);
            contests.save(current);
            return current;
        });
        audit.record(editor.getUsername(), "chọn bài vào vòng " + fresh.getRound(), "contest", fresh.getId(),
                fresh.fullName(), entryIds.size() + " bài");
        changes.fire(new ContestChanged(fresh.getId(), null));
        return fresh;
    }

    private ContestEntry active(String entryId) {
        return entries.findById(entryId == null ? "" : entryId).filter(ContestEntry::isActive)
                .orElseThrow(() -> ContestRefusal.notFound("Không có bài dự thi này"));
    }

    /** The judges: active accounts with the jury role. */
    public List<String> judges() {
        return accounts.findAll().filter(Account::isActive).filter(a -> a.getRoles().contains(Roles.JURY))
                .map(Account::getUsername).sorted().toList();
    }

    public List<String> roundEntries(Contest contest, int round) {
        return entries.findByContestId(contest.getId()).stream().filter(e -> ContestVisibility.judgeable(e, round))
                .map(ContestEntry::getId).toList();
    }

    public Judging.Board board(Contest contest) {
        return judging.board(contest.roundKey(contest.getRound()), contest.getRubric(), judges(),
                roundEntries(contest, contest.getRound()));
    }
}
