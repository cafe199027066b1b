package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.consent.control.ChildSubmissions;
import vn.quyentreem.portal.consent.control.ConsentText;
import vn.quyentreem.portal.consent.control.GuardianConsentFlow;
import vn.quyentreem.portal.consent.entity.ConsentDecided;
import vn.quyentreem.portal.consent.entity.ConsentStatus;
import vn.quyentreem.portal.consent.entity.GuardianConsent;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.ContestPhase;
import vn.quyentreem.portal.contests.entity.Contests;
import vn.quyentreem.portal.contests.entity.PrizeWinner;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.media.entity.PrivateFile;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Entrants' side of a contest: send an entry, change it until entries close, withdraw it at any time. A child's
 * entry is held until a guardian consents; a withdrawal, by the entrant or the guardian, erases what the entry
 * said about the child, its files and its scores, and takes it off every page and out of search.
 */
@ApplicationScoped
public class Entering {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VietnameseDates.ZONE);

    @Inject
    Leases leases;

    @Inject
    Contests contests;

    @Inject
    ContestEntries entries;

    @Inject
    PrivateFiles files;

    @Inject
    GuardianConsentFlow consents;

    @Inject
    ChildSubmissions childData;

    @Inject
    Mailer mailer;

    @Inject
    SiteSettings site;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContestChanged> changes;

    public ContestEntry submit(Contest contest, EntryInput input, List<PrivateFiles.Upload> uploads, Account entrant) {
        requireEntrant(entrant);
        Instant now = Instant.now();
        if (!contest.isPublished() || ContestPhase.of(contest, now) != ContestPhase.OPEN) {
            throw ContestRefusal.conflict(now.isBefore(contest.getTimeline().getEntriesOpen())
                    ? "Cuộc thi chưa mở nhận bài; mở lúc " + WHEN.format(contest.getTimeline().getEntriesOpen())
                    : "Cuộc thi đã hết hạn nhận bài lúc " + WHEN.format(contest.getTimeline().getEntriesClose()));
        }
        EntryInput.Checked checked = checked(contest, input, now, entrant);
        checkCount(contest, uploads.size());
        List<PrivateFile> stored = store(uploads, contest);
        ContestEntry entry = new ContestEntry();
        entry.setId(UUID.randomUUID().toString());
        entry.setContestId(contest.getId());
        entry.setUsername(entrant.getUsername());
        entry.setEmail(entrant.getEmail());
        apply(entry, checked, input);
        entry.setFiles(new ArrayList<>(stored));
        entry.setStatus(ContestEntry.ACTIVE);
        entry.setCreatedAt(now);
        entry.setUpdatedAt(now);
        leases.exclusively("contest:" + contest.getId(), () -> {
            Contest fresh = contests.findById(contest.getId()).orElse(contest);
            boolean twice = entries.findByUsername(entrant.getUsername()).stream()
                    .anyMatch(e -> e.isActive() && e.getContestId().equals(contest.getId())
                            && e.getCategory().equals(checked.category().getCode())
                            && e.getFamilyName().equalsIgnoreCase(checked.familyName())
                            && e.getGivenName().equalsIgnoreCase(checked.givenName()));
            if (twice) {
                files.delete(stored);
                throw ContestRefusal.conflict("Mỗi người chỉ gửi một bài cho mỗi hạng mục; bạn có thể sửa bài đã gửi trong trang “Bài dự thi và đề cử của tôi”");
            }
            fresh.setEntriesReceived(fresh.getEntriesReceived() + 1);
            contests.save(fresh);
            entry.setCode(codePrefix(contest) + "-" + String.format(Locale.ROOT, "%04d", fresh.getEntriesReceived()));
            entries.insert(entry);
        });
        audit.record(entrant.getUsername(), "gửi bài dự thi", "contest-entry", entry.getId(), entry.getCode(), contest.fullName());
        if (checked.needsGuardian()) {
            askGuardian(contest, entry, entrant);
        }
        mailer.send(entrant.getEmail(), "Đã nhận bài dự thi " + entry.getCode(),
                // the account may be a parent's, sending for the child: greet the account holder, name the entrant
                "Chào " + entrant.getDisplayName() + ",\n\nBan tổ chức cuộc thi “" + contest.fullName() + "” đã nhận bài “"
                        + entry.getTitle() + "” của " + entry.getGivenName() + ".\nMã bài dự thi: " + entry.getCode() + "\n\n"
                        + (checked.needsGuardian()
                        ? "Chúng tôi đã gửi thư xin ý kiến tới cha mẹ, người giám hộ (" + entry.getGuardianEmail()
                        + "). Bài chỉ được chấm sau khi cha mẹ đồng ý.\n\n" : "")
                        + "Bạn sửa được bài tới " + WHEN.format(contest.getTimeline().getEntriesClose())
                        + " và rút bài bất cứ lúc nào tại: " + site.url("/du-thi/bai-cua-toi.xhtml"));
        return entry;
    }

    public ContestEntry edit(String entryId, EntryInput input, List<PrivateFiles.Upload> replacementFiles, Account entrant) {
        ContestEntry entry = own(entryId, entrant);
        Contest contest = contests.findById(entry.getContestId()).orElseThrow();
        Instant now = Instant.now();
        if (!now.isBefore(contest.getTimeline().getEntriesClose())) {
            throw ContestRefusal.conflict("Đã hết hạn nhận bài nên không sửa được bài nữa; bạn vẫn rút bài được");
        }
        EntryInput.Checked checked = checked(contest, input, now, entrant);
        checkCount(contest, replacementFiles.isEmpty() ? entry.getFiles().size() : replacementFiles.size());
        List<PrivateFile> stored = replacementFiles.isEmpty() ? null : store(replacementFiles, contest);
        String guardianBefore = entry.getGuardianEmail();
        leases.exclusively("contest:" + entry.getContestId(), () -> {
            apply(entry, checked, input);
            if (stored != null) {
                files.delete(entry.getFiles());
                entry.setFiles(new ArrayList<>(stored));
            }
            entry.setUpdatedAt(now);
            entries.save(entry);
        });
        audit.record(entrant.getUsername(), "sửa bài dự thi", "contest-entry", entry.getId(), entry.getCode(), contest.fullName());
        if (checked.needsGuardian() && !checked.guardianEmail().equals(guardianBefore)) {
            askGuardian(contest, entry, entrant); // a new address means asking again; the old link stops working
        }
        changes.fire(new ContestChanged(contest.getId(), entry.getId()));
        return entry;
    }

    /** The entrant takes the entry back: it is erased wherever it was. */
    public void withdraw(String entryId, Account entrant) {
        ContestEntry entry = own(entryId, entrant);
        erase(entry, entrant.getUsername(), "rút bài dự thi");
    }

    public List<ContestEntry> of(Account entrant) {
        return entries.findByUsername(entrant.getUsername()).stream().filter(ContestEntry::isActive)
                .sorted(Comparator.comparing(ContestEntry::getCreatedAt).reversed()).toList();
    }

    public ContestEntry own(String entryId, Account entrant) {
        requireEntrant(entrant);
        ContestEntry entry = entries.findById(entryId == null ? "" : entryId).filter(ContestEntry::isActive)
                .orElseThrow(() -> ContestRefusal.notFound("Không có bài dự thi này"));
        if (!entry.getUsername().equals(entrant.getUsername())) {
            throw ContestRefusal.notFound("Không có bài dự thi này"); // someone else's entry does not exist for you
        }
        return entry;
    }

    /** A guardian decided; a withdrawal erases the entry like the entrant's own. */
    void onConsent(@Observes ConsentDecided decision) {
        if (!ConsentText.CONTEST_ENTRY.equals(decision.subjectType())) {
            return;
        }
        entries.findById(decision.subjectId()).filter(ContestEntry::isActive).ifPresent(entry -> {
            if (decision.status() == ConsentStatus.WITHDRAWN) {
                erase(entry, "phụ huynh", "phụ huynh rút lại đồng ý");
                return;
            }
            leases.exclusively("contest:" + entry.getContestId(), () -> {
                entry.setConsent(decision.status().name());
                entry.setShowFullName(decision.showFullName());
                entry.setShowSchool(decision.showSchool());
                entries.save(entry);
            });
            changes.fire(new ContestChanged(entry.getContestId(), entry.getId()));
            mailer.send(entry.getEmail(), "Ý kiến của phụ huynh về bài " + entry.getCode(),
                    decision.status() == ConsentStatus.GIVEN
                            ? "Cha mẹ, người giám hộ của em đã đồng ý. Bài " + entry.getCode() + " đã vào danh sách chấm."
                            : "Cha mẹ, người giám hộ của em chưa đồng ý, nên bài " + entry.getCode()
                            + " chưa được chấm. Em có thể nói chuyện lại với cha mẹ: liên kết trong thư của họ vẫn dùng được.");
        });
    }

    private void erase(ContestEntry entry, String actor, String action) {
        leases.exclusively("contest:" + entry.getContestId(), () -> {
            // the entrant's copies of the portal's mails named the work and the child
            childData.eraseAround(entry.getId(), entry.getFiles(), entry.getEmail(), List.of(
                    entry.getTitle() == null ? "" : entry.getTitle(), "của " + entry.getGivenName() + ".",
                    entry.getFamilyName() + " " + entry.getGivenName()));
            String code = entry.getCode();
            entry.setStatus(ContestEntry.WITHDRAWN);
            entry.setFamilyName(null);
            entry.setGivenName(null);
            entry.setSchool(null);
            entry.setGuardianEmail(null);
            entry.setBirthYear(0);
            entry.setValues(new ArrayList<>());
            entry.setFiles(new ArrayList<>());
            entry.setUpdatedAt(Instant.now());
            entries.save(entry);
            contests.findById(entry.getContestId()).ifPresent(contest -> {
                List<PrizeWinner> kept = new ArrayList<>(contest.getResults());
                if (kept.removeIf(w -> entry.getId().equals(w.getEntryId()))) {
                    contest.setResults(kept);
                    contests.save(contest);
                }
            });
            audit.record(actor, action, "contest-entry", entry.getId(), code, null);
            changes.fire(new ContestChanged(entry.getContestId(), entry.getId()));
            });
    }

    private void askGuardian(Contest contest, ContestEntry entry, Account entrant) {
        GuardianConsent consent = consents.request(ConsentText.CONTEST_ENTRY, entry.getId(),
                entry.getFamilyName() + " " + entry.getGivenName(), "cuộc thi “" + contest.fullName() + "”, bài “"
                        + entry.getTitle() + "” (mã " + entry.getCode() + ")", entry.getGuardianEmail(), entrant);
        entry.setConsent(consent.getStatus());
        entries.save(entry);
    }

    private EntryInput.Checked checked(Contest contest, EntryInput input, Instant now, Account entrant) {
        EntryInput.Checked checked = input.check(contest, now);
        if (!checked.ok()) {
            throw ContestRefusal.badInput(checked.problems());
        }
        if (checked.needsGuardian()) {
            childData.guardianProblem(checked.guardianEmail(), entrant).ifPresent(problem -> {
                throw ContestRefusal.badInput(List.of(problem));
            });
        }
        return checked;
    }

    private static void checkCount(Contest contest, int count) {
        var rules = contest.getFiles();
        if (count < rules.getMin() || count > rules.getMax()) {
            throw ContestRefusal.badInput(List.of(new Problem("files", rules.getMax() == 0
                    ? "Cuộc thi này không nhận tệp đính kèm" : "Cần gửi từ " + rules.getMin() + " đến " + rules.getMax() + " tệp")));
        }
    }

    private static void apply(ContestEntry entry, EntryInput.Checked checked, EntryInput input) {
        entry.setCategory(checked.category().getCode());
        entry.setFamilyName(checked.familyName());
        entry.setGivenName(checked.givenName());
        entry.setBirthYear(checked.birthYear());
        entry.setProvince(checked.province());
        entry.setSchool(checked.school());
        entry.setValues(new ArrayList<>(checked.values()));
        if (checked.needsGuardian()) {
            if (!checked.guardianEmail().equals(entry.getGuardianEmail())) {
                entry.setConsent(ConsentStatus.PENDING.name());
                entry.setShowFullName(false);
                entry.setShowSchool(false);
            }
            entry.setGuardianEmail(checked.guardianEmail());
        } else {
            // an entrant of 17 and over decides for themselves what the public sees
            entry.setGuardianEmail(null);
            entry.setConsent(ContestEntry.CONSENT_NOT_NEEDED);
            entry.setShowFullName(input.showFullName());
            entry.setShowSchool(input.showSchool());
        }
    }

    static String codePrefix(Contest contest) {
        return Slugs.initials(contest.getName(), "BDT") + "-" + Slugs.of(contest.getEdition()).toUpperCase(Locale.ROOT);
    }

    private static void requireEntrant(Account entrant) {
        if (entrant == null) {
            throw new ContestRefusal(401, "Cần đăng nhập để gửi bài dự thi");
        }
    }

    private List<PrivateFile> store(List<PrivateFiles.Upload> uploads, Contest contest) {
        try {
            return files.store(uploads, contest.getFiles());
        } catch (PrivateFiles.Refused e) {
            throw ContestRefusal.badInput(List.of(new Problem("files", e.getMessage())));
        }
    }
}
