package vn.quyentreem.portal.contests.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.PendingVote;
import vn.quyentreem.portal.contests.entity.PendingVotes;
import vn.quyentreem.portal.contests.entity.Vote;
import vn.quyentreem.portal.contests.entity.VoteFlag;
import vn.quyentreem.portal.contests.entity.VoteFlags;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.EmailAddresses;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.platform.AddressLimits;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Public voting. A vote is one per verified e-mail address per entry per the contest's period. Each needs a
 * proof of work solved in the voter's browser, and each address is rate-limited; a vote from someone signed in is
 * counted at once (their address is verified), anyone else's when they open the link mailed to them. Votes count
 * only while voting is open, to the second; bursts from one place are flagged for editors.
 */
@ApplicationScoped
public class Voting {

    static final Duration PENDING_FOR = Duration.ofHours(24);
    static final Duration BURST_WINDOW = Duration.ofMinutes(10);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VietnameseDates.ZONE);

    public enum Outcome { COUNTED, PENDING }

    public record Cast(Outcome outcome, String code) {
    }

    @Inject
    Contests contests;

    @Inject
    ContestEntries entries;

    @Inject
    PendingVotes pending;

    @Inject
    VoteFlags flags;

    @Inject
    VoteLedger ledger;

    @Inject
    ProofOfWork proofs;

    @Inject
    Mailer mailer;

    @Inject
    SiteSettings site;

    @Inject
    @ConfigProperty(name = "portal.votes.per-address-minute", defaultValue = "30")
    int perMinute;

    @Inject
    @ConfigProperty(name = "portal.votes.per-address-hour", defaultValue = "400")
    int perHour;

    /** Votes for one entry from one address within ten minutes that make a burst worth a look. */
    @Inject
    @ConfigProperty(name = "portal.votes.burst-per-address", defaultValue = "20")
    int burstPerAddress;

    /** Votes for one entry from everywhere within ten minutes that make a burst worth a look. */
    @Inject
    @ConfigProperty(name = "portal.votes.burst-per-entry", defaultValue = "150")
    int burstPerEntry;

    private AddressLimits limits;

    @PostConstruct
    void init() {
        limits = new AddressLimits(perMinute, perHour);
    }

    public ProofOfWork.Challenge challenge(Contest contest, String entryId) {
        ContestEntry entry = votable(contest, entryId, Instant.now());
        return proofs.issue(scope(contest, entry));
    }

    public Cast cast(Contest contest, String entryId, String email, String challenge, String nonce, Account voter,
                     String address) {
        Instant now = Instant.now();
        ContestEntry entry = votable(contest, entryId, now);
        // before the proof is spent: a voter who signs in then votes with the challenge already solved
        if (voter == null && contest.getVoting().isAccountsOnly()) {
            throw new ContestRefusal(401, "Cuộc thi này chỉ nhận bình chọn của người đã đăng nhập");
        }
        if (!limits.allow(address, now)) {
            throw new ContestRefusal(429, "Có quá nhiều lượt bình chọn từ mạng của bạn; hãy thử lại sau ít phút");
        }
        try {
            proofs.verify(scope(contest, entry), challenge, nonce);
        } catch (ProofOfWork.Failed e) {
            throw ContestRefusal.badInput(e.getMessage());
        }
        String mail = voter != null ? voter.getEmail() : email == null ? null : EmailAddresses.normalize(email);
        if (mail == null || !EmailAddresses.isValid(mail)) {
            throw ContestRefusal.badInput("Hãy ghi một địa chỉ e-mail đúng để xác nhận lượt bình chọn");
        }
        refuseTwice(contest, entry, mail, now);
        if (voter != null) {
            count(contest, entry, mail, address, now);
            return new Cast(Outcome.COUNTED, entry.getCode());
        }
        String token = Tokens.random();
        PendingVote vote = new PendingVote();
        vote.setTokenHash(Tokens.hash(token));
        vote.setContestId(contest.getId());
        vote.setEntryId(entry.getId());
        vote.setEmail(mail);
        vote.setAddress(address);
        vote.setCreatedAt(now);
        pending.insert(vote);
        mailer.send(mail, "Xác nhận bình chọn: " + contest.fullName(),
                "Bạn (hoặc ai đó dùng e-mail này) vừa bình chọn cho bài " + entry.getCode() + " (“" + entry.getTitle()
                        + "”) trong cuộc thi “" + contest.fullName() + "”.\n\nMở liên kết sau để lượt bình chọn được tính "
                        + "(trước " + WHEN.format(contest.getTimeline().getVotingClose()) + "):\n"
                        + site.url("/du-thi/xac-nhan-binh-chon.xhtml?ma=" + token)
                        + "\n\nNếu không phải bạn, hãy bỏ qua thư này.");
        return new Cast(Outcome.PENDING, entry.getCode());
    }

    /** Counts a mailed vote whose link was opened, if voting is still open. */
    public Cast confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw ContestRefusal.notFound("Liên kết xác nhận không đúng");
        }
        PendingVote vote = pending.findById(Tokens.hash(token.strip()))
                .orElseThrow(() -> ContestRefusal.notFound("Liên kết xác nhận không đúng hoặc đã được dùng"));
        Instant now = Instant.now();
        pending.deleteById(vote.getTokenHash());
        if (vote.getCreatedAt().plus(PENDING_FOR).isBefore(now)) {
            throw ContestRefusal.conflict("Liên kết xác nhận đã quá 24 giờ; hãy bình chọn lại");
        }
        Contest contest = contests.findById(vote.getContestId()).orElseThrow(() -> ContestRefusal.notFound("Không có cuộc thi này"));
        ContestEntry entry = votable(contest, vote.getEntryId(), now);
        refuseTwice(contest, entry, vote.getEmail(), now);
        count(contest, entry, vote.getEmail(), vote.getAddress(), now);
        return new Cast(Outcome.COUNTED, entry.getCode());
    }

    public List<VoteFlag> flags(Contest contest) {
        return flags.findByContestId(contest.getId()).stream().sorted(Comparator.comparing(VoteFlag::getAt).reversed()).toList();
    }

    /** The check for a second vote and the line it is refused by are one step of the ledger, on every node. */
    private void count(Contest contest, ContestEntry entry, String email, String address, Instant now) {
        ledger.exclusively(() -> {
            refuseTwice(contest, entry, email, now);
            return ledger.append(contest.getId(), entry.getId(), voter(email), period(contest, now), address, now);
        });
        watchForBursts(contest, entry, address, now);
    }

    private void watchForBursts(Contest contest, ContestEntry entry, String address, Instant now) {
        Instant since = now.minus(BURST_WINDOW);
        List<Vote> recent = ledger.ofEntry(entry.getId()).stream().filter(v -> v.getCastAt().isAfter(since)).toList();
        long fromAddress = recent.stream().filter(v -> address != null && address.equals(v.getAddress())).count();
        // one flag per entry, kind and ten-minute window, so a long burst is one line on the board, not hundreds
        long window = now.toEpochMilli() / BURST_WINDOW.toMillis();
        if (fromAddress >= burstPerAddress) {
            flag(contest, entry, "address|" + address + "|" + window, (int) fromAddress,
                    fromAddress + " phiếu cho bài " + entry.getCode() + " từ cùng địa chỉ mạng " + address + " trong 10 phút");
        }
        if (recent.size() >= burstPerEntry) {
            flag(contest, entry, "entry|" + window, recent.size(),
                    recent.size() + " phiếu cho bài " + entry.getCode() + " trong 10 phút");
        }
    }

    private void flag(Contest contest, ContestEntry entry, String key, int count, String reason) {
        String id = contest.getId() + "|" + entry.getId() + "|" + key;
        VoteFlag flag = flags.findById(id).orElseGet(VoteFlag::new);
        flag.setId(id);
        flag.setContestId(contest.getId());
        flag.setEntryId(entry.getId());
        flag.setCount(count);
        flag.setReason(reason);
        flag.setAt(Instant.now());
        flags.save(flag);
    }

    private void refuseTwice(Contest contest, ContestEntry entry, String email, Instant now) {
        if (ledger.contains(VoteLedger.key(contest.getId(), entry.getId(), voter(email), period(contest, now)))) {
            throw ContestRefusal.conflict(contest.getVoting().isDaily()
                    ? "E-mail này đã bình chọn cho bài " + entry.getCode() + " hôm nay; mời bạn quay lại ngày mai"
                    : "E-mail này đã bình chọn cho bài " + entry.getCode() + "; mỗi e-mail bình chọn một lần cho mỗi bài");
        }
    }

    private ContestEntry votable(Contest contest, String entryId, Instant now) {
        if (!contest.getVoting().isEnabled()) {
            throw ContestRefusal.conflict("Cuộc thi này không có bình chọn của bạn đọc");
        }
        ContestPhase phase = ContestPhase.of(contest, now);
        if (phase != ContestPhase.VOTING) {
            throw ContestRefusal.conflict(now.isBefore(contest.getTimeline().getVotingOpen())
                    ? "Cổng bình chọn mở lúc " + WHEN.format(contest.getTimeline().getVotingOpen())
                    : "Bình chọn đã đóng lúc " + WHEN.format(contest.getTimeline().getVotingClose()));
        }
        Optional<ContestEntry> entry = entries.findById(entryId == null ? "" : entryId)
                .filter(e -> e.getContestId().equals(contest.getId()))
                .filter(e -> ContestVisibility.inGallery(e, contest));
        return entry.orElseThrow(() -> ContestRefusal.notFound("Bài này không có trong danh sách bình chọn"));
    }

    private static String scope(Contest contest, ContestEntry entry) {
        return contest.getId() + ":" + entry.getId();
    }

    /**
     * A keyed form of the mailbox the address reaches: tells voters apart in the ledger without keeping their e-mail
     * there, and "+tags" or Gmail's ignored dots do not make one mailbox several voters.
     */
    static String voter(String email) {
        return Tokens.hash("cu-tri|" + EmailAddresses.mailbox(email));
    }

    static String period(Contest contest, Instant now) {
        return contest.getVoting().isDaily() ? now.atZone(VietnameseDates.ZONE).toLocalDate().toString() : "contest";
    }
}
