package vn.quyentreem.portal.contests.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.media.control.MediaFiles;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.contests.entity.Contest;
import vn.quyentreem.portal.contests.entity.ContestChanged;
import vn.quyentreem.portal.contests.entity.ContestEntries;
import vn.quyentreem.portal.contests.entity.ContestEntry;
import vn.quyentreem.portal.contests.entity.Contests;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Editors set contests up: write or change the definition, publish, and start the next edition from the last. */
@ApplicationScoped
public class ContestSetup {

    @Inject
    Leases leases;

    @Inject
    Contests contests;

    @Inject
    MediaFiles media;

    @Inject
    ContestEntries entries;

    @Inject
    AuditLog audit;

    @Inject
    Event<ContestChanged> changes;

    public List<Contest> all() {
        return contests.findAll().sorted(Comparator.comparing(Contest::getCreatedAt).reversed()).toList();
    }

    public Optional<Contest> bySlug(String slug) {
        return slug == null ? Optional.empty() : contests.findBySlug(slug);
    }

    public Contest require(String slug) {
        return bySlug(slug).orElseThrow(() -> ContestRefusal.notFound("Không có cuộc thi này"));
    }

    /** A new contest, as a draft, from definition text. */
    public Contest create(String definition, Account editor) {
        return leases.exclusively("contests", () -> {
            requireEditor(editor);
            Contest contest = ContestDefinition.read(definition);
            requireImageInLibrary(contest);
            if (contests.findBySlug(contest.getSlug()).isPresent()) {
                throw ContestRefusal.conflict("Đã có cuộc thi với địa chỉ /cuoc-thi/" + contest.getSlug()
                        + "; hãy đổi tên kỳ («edition») hoặc ghi «slug» khác");
            }
            if (!contest.getResults().isEmpty()) {
                throw ContestRefusal.badInput("Kết quả («results») chỉ có trong nội dung mẫu; kết quả cuộc thi mới được tính từ điểm và phiếu");
            }
            contest.setId(UUID.randomUUID().toString());
            contest.setStatus(Contest.DRAFT);
            contest.setCreatedAt(Instant.now());
            contest.setUpdatedAt(contest.getCreatedAt());
            contests.insert(contest);
            audit.record(editor.getUsername(), "tạo cuộc thi", "contest", contest.getId(), contest.fullName(), null);
            return contest;
            });
    }

    /**
     * A changed definition. What entries already depend on stays: a category with entries cannot go away, and
     * once judges have scored, the rubric keeps its number of criteria. The address stays too.
     */
    public Contest update(String slug, String definition, Account editor) {
        requireEditor(editor);
        // the whole contest is written back: nothing else may change it meanwhile (an entry's number, a round)
        return leases.exclusively("contest:" + require(slug).getId(), () -> {
            Contest contest = require(slug);
            Contest changed = ContestDefinition.read(definition);
            requireImageInLibrary(changed);
            if (!changed.getResults().isEmpty() && contest.getResultsPublishedAt() == null) {
                throw ContestRefusal.badInput("Kết quả («results») không ghi tay được; hãy công bố kết quả trên bàn biên tập");
            }
            List<ContestEntry> received = entries.findByContestId(contest.getId());
            for (ContestEntry entry : received) {
                if (entry.isActive() && changed.category(entry.getCategory()).isEmpty()) {
                    throw ContestRefusal.conflict("Hạng mục «" + entry.getCategory() + "» đã có bài dự thi nên không bỏ được");
                }
            }
            if (!received.isEmpty() && changed.getRubric().getCriteria().size() != contest.getRubric().getCriteria().size()
                    && contest.getRound() > 1) {
                throw ContestRefusal.conflict("Đã chấm điểm nên không đổi được số tiêu chí chấm");
            }
            changed.setId(contest.getId());
            changed.setSlug(contest.getSlug());
            changed.setStatus(contest.getStatus());
            changed.setRound(contest.getRound());
            changed.setResults(contest.getResultsPublishedAt() == null ? changed.getResults() : contest.getResults());
            changed.setResultsPublishedAt(contest.getResultsPublishedAt());
            changed.setEntriesReceived(contest.getEntriesReceived());
            changed.setCreatedAt(contest.getCreatedAt());
            changed.setUpdatedAt(Instant.now());
            contests.save(changed);
            audit.record(editor.getUsername(), "sửa cuộc thi", "contest", contest.getId(), changed.fullName(), null);
            changes.fire(new ContestChanged(contest.getId(), null));
            return changed;
        });
    }

    public Contest publish(String slug, boolean published, Account editor) {
        requireEditor(editor);
        Contest contest = leases.exclusively("contest:" + require(slug).getId(), () -> {
            Contest current = require(slug);
            current.setStatus(published ? Contest.PUBLISHED : Contest.DRAFT);
            current.setUpdatedAt(Instant.now());
            contests.save(current);
            return current;
        });
        audit.record(editor.getUsername(), published ? "công bố cuộc thi" : "ẩn cuộc thi", "contest", contest.getId(),
                contest.fullName(), null);
        changes.fire(new ContestChanged(contest.getId(), null));
        return contest;
    }

    /** The next edition's definition, for the editor to check and save; nothing is stored yet. */
    public String nextEditionOf(String slug, Account editor) {
        requireEditor(editor);
        return ContestClone.nextEdition(require(slug));
    }

    /** A picture that is not in the library would show as a broken image on every card. */
    private void requireImageInLibrary(Contest contest) {
        String image = contest.getImage();
        if (image != null && media.find(image.substring(MediaFiles.URL_PREFIX.length())).isEmpty()) {
            throw ContestRefusal.badInput("Thư viện ảnh không có ảnh " + image + "; hãy tải ảnh lên thư viện trước");
        }
    }

    /** Saves a contest as it came from content/contests, results and all. */
    public Contest importSample(String definition, String status) {
        return leases.exclusively("contests", () -> {
            Contest contest = ContestDefinition.read(definition);
            if (contests.findBySlug(contest.getSlug()).isPresent()) {
                return null;
            }
            contest.setId(UUID.randomUUID().toString());
            contest.setStatus("draft".equalsIgnoreCase(status) ? Contest.DRAFT : Contest.PUBLISHED);
            contest.setCreatedAt(Instant.now());
            contest.setUpdatedAt(contest.getCreatedAt());
            if (!contest.getResults().isEmpty()) {
                contest.setResultsPublishedAt(contest.getTimeline().getResults());
            }
            contests.insert(contest);
            changes.fire(new ContestChanged(contest.getId(), null));
            return contest;
            });
    }

    static void requireEditor(Account editor) {
        if (editor == null || !Roles.editorial(editor.getRoles())) {
            throw ContestRefusal.forbidden("Chỉ biên tập viên được quản lý cuộc thi");
        }
    }
}
