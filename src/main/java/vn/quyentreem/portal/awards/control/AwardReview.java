package vn.quyentreem.portal.awards.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.awards.entity.Nominations;
import vn.quyentreem.portal.judging.control.Judging;
import vn.quyentreem.portal.judging.entity.Scorecard;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.Slugs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * From nominations to laureates: editors check eligibility (the reason is mailed), merge duplicates, shortlist;
 * the council scores the shortlist with the judging module; editors decide the laureates, who stay under embargo
 * until the announcement time.
 */
@ApplicationScoped
public class AwardReview {

    /** A laureate as the editors choose them: the nomination and the citation to announce. */
    public record Choice(String nominationId, String citation) {
    }

    @Inject
    Leases leases;

    @Inject
    AwardProgrammes programmes;

    @Inject
    Nominations nominations;

    @Inject
    Accounts accounts;

    @Inject
    Judging judging;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Event<AwardChanged> changes;

    /** Active nominations of a year, held ones included (editors see what waits for a guardian). */
    public List<Nomination> of(AwardProgramme programme, int year) {
        return nominations.findByProgrammeId(programme.getId()).stream()
                .filter(n -> n.getYear() == year && n.isActive())
                .sorted(Comparator.comparing(Nomination::getCode)).toList();
    }

    public Nomination screen(AwardProgramme programme, String id, boolean eligible, String reason, Account editor) {
        AwardSetup.requireEditor(editor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw AwardRefusal.badInput("Hãy ghi lý do; lý do được gửi cho người đề cử");
        }
        if (why.length() > 1000) {
            throw AwardRefusal.badInput("Lý do dài quá 1000 ký tự");
        }
        Nomination n = leases.exclusively("award:" + programme.getId(), () -> {
            Nomination current = active(programme, id);
            current.setEligible(eligible);
            current.setScreeningReason(why);
            if (!eligible) {
                current.setShortlisted(false);
            }
            current.setUpdatedAt(Instant.now());
            nominations.save(current);
            return current;
        });
        audit.record(editor.getUsername(), eligible ? "đề cử đủ điều kiện" : "đề cử chưa đủ điều kiện", "award-nomination",
                n.getId(), n.getCode(), why);
        mailer.send(n.getNominatorEmail(), "Kết quả xét đề cử " + n.getCode(),
                "Chào " + n.getNominatorName() + ",\n\nĐề cử " + n.getNomineeName() + " cho giải “" + programme.getName()
                        + "” năm " + n.getYear() + " " + (eligible ? "đủ điều kiện và được chuyển tới các bước xét tiếp theo."
                        : "chưa đủ điều kiện của giải.") + "\n\nÝ kiến của ban biên tập:\n" + why);
        return n;
    }

    /**
     * Keeps one nomination and folds the others into it: their nominators become its supporters, their accounts of
     * the achievements and their files are added, and they are marked merged so nobody scores them twice.
     */
    /** Limits looked at before any nomination is read: each id in a list costs a read of the store. */
    static final int MAX_MERGED = 20;
    static final int MAX_CHOSEN = 500;

    public Nomination merge(AwardProgramme programme, String keepId, Collection<String> otherIds, Account editor) {
        AwardSetup.requireEditor(editor);
        if (keepId == null || otherIds == null || otherIds.isEmpty() || otherIds.stream().anyMatch(id -> id == null || id.equals(keepId))) {
            throw AwardRefusal.badInput("Hãy chọn một đề cử để giữ và ít nhất một đề cử khác để gộp vào");
        }
        if (otherIds.size() > MAX_MERGED) {
            throw AwardRefusal.badInput("Gộp tối đa " + MAX_MERGED + " đề cử một lần");
        }
        // the kept nomination first, then those folded into it
        List<Nomination> merged = leases.exclusively("award:" + programme.getId(), () -> {
            Nomination keep = active(programme, keepId);
            List<Nomination> others = otherIds.stream().distinct().map(id -> active(programme, id)).toList();
            for (Nomination n : concat(keep, others)) {
                // a child's text and files reach the council only once a guardian has said yes
                if (!n.isConsentClear()) {
                    throw AwardRefusal.conflict("Đề cử " + n.getCode() + " đang chờ cha mẹ hoặc người giám hộ đồng ý: "
                            + "chưa gộp được");
                }
            }
            for (Nomination other : others) {
                if (other.getYear() != keep.getYear()) {
                    throw AwardRefusal.conflict("Chỉ gộp được đề cử của cùng một năm");
                }
            }
            List<String> supporters = new ArrayList<>(keep.getSupporters());
            StringBuilder achievements = new StringBuilder(keep.getAchievements() == null ? "" : keep.getAchievements());
            var files = new ArrayList<>(keep.getFiles());
            for (Nomination other : others) {
                supporters.add(other.getNominatorName() + " (" + other.getRelation() + ")");
                supporters.addAll(other.getSupporters());
                achievements.append(mergedPart(other));
                files.addAll(other.getFiles());
                other.setStatus(Nomination.MERGED);
                other.setMergedInto(keep.getId());
                other.setShortlisted(false);
                // the merged nomination keeps naming its files, so that a withdrawal can take them back out
                other.setUpdatedAt(Instant.now());
                nominations.save(other);
                judging.forget(other.getId());
            }
            keep.setSupporters(supporters);
            keep.setAchievements(achievements.toString());
            keep.setFiles(files);
            keep.setUpdatedAt(Instant.now());
            nominations.save(keep);
            return concat(keep, others);
        });
        Nomination keep = merged.get(0);
        List<Nomination> others = merged.subList(1, merged.size());
        audit.record(editor.getUsername(), "gộp đề cử", "award-nomination", keep.getId(), keep.getCode(),
                others.stream().map(Nomination::getCode).collect(Collectors.joining(", ")));
        for (Nomination other : others) {
            mailer.send(other.getNominatorEmail(), "Đề cử " + other.getCode() + " được gộp",
                    "Chào " + other.getNominatorName() + ",\n\nNhiều người cùng đề cử " + keep.getNomineeName()
                            + ". Ban biên tập đã gộp đề cử của bạn vào đề cử " + keep.getCode()
                            + "; bạn được ghi là người ủng hộ và những gì bạn gửi được giữ lại để hội đồng xem xét.");
        }
        return keep;
    }

    /** Nominations of a year that seem to name the same nominee, however typed: for editors to look at. */
    public Map<String, List<Nomination>> possibleDuplicates(AwardProgramme programme, int year) {
        Map<String, List<Nomination>> groups = new LinkedHashMap<>();
        for (Nomination n : of(programme, year)) {
            String key = Slugs.of(n.getNomineeName()) + "|" + n.getNomineeProvince();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        groups.values().removeIf(g -> g.size() < 2);
        return groups;
    }

    public void shortlist(AwardProgramme programme, Collection<String> ids, boolean in, Account editor) {
        AwardSetup.requireEditor(editor);
        if (ids == null || ids.isEmpty()) {
            throw AwardRefusal.badInput("Hãy chọn ít nhất một đề cử");
        }
        if (ids.size() > MAX_CHOSEN) {
            throw AwardRefusal.badInput("Chọn tối đa " + MAX_CHOSEN + " đề cử một lần");
        }
        leases.exclusively("award:" + programme.getId(), () -> {
            // every nomination is checked before any is moved: a refused list moves nothing
            List<Nomination> chosen = new ArrayList<>();
            for (String id : new java.util.LinkedHashSet<>(ids)) {
                Nomination n = active(programme, id);
                if (in && (!n.isConsentClear() || !Boolean.TRUE.equals(n.getEligible()))) {
                    throw AwardRefusal.conflict("Đề cử " + n.getCode() + " chưa đủ điều kiện hoặc còn chờ ý kiến phụ huynh");
                }
                chosen.add(n);
            }
            for (Nomination n : chosen) {
                n.setShortlisted(in);
                n.setUpdatedAt(Instant.now());
                nominations.save(n);
            }
        });
        audit.record(editor.getUsername(), in ? "chọn vào danh sách rút gọn" : "bỏ khỏi danh sách rút gọn", "award",
                programme.getId(), programme.getName(), ids.size() + " đề cử");
    }

    /** What the council scores: shortlisted, eligible nominations whose consent is clear. */
    public List<Nomination> shortlist(AwardProgramme programme, int year) {
        return of(programme, year).stream().filter(Nomination::isShortlisted).filter(Nomination::isConsentClear)
                .filter(n -> Boolean.TRUE.equals(n.getEligible())).toList();
    }

    public List<String> council(AwardCycle cycle) {
        if (!cycle.getCouncil().isEmpty()) {
            return cycle.getCouncil();
        }
        return accounts.findAll().filter(Account::isActive).filter(a -> a.getRoles().contains(Roles.JURY))
                .map(Account::getUsername).sorted().toList();
    }

    public Judging.Board board(AwardProgramme programme, int year) {
        AwardCycle cycle = cycle(programme, year);
        return judging.board(programme.roundKey(year), cycle.getRubric(), council(cycle),
                shortlist(programme, year).stream().map(Nomination::getId).toList());
    }

    public Scorecard score(AwardProgramme programme, int year, String id, List<Integer> scores, String comment, Account member) {
        AwardCycle cycle = requireCouncil(programme, year, member);
        Nomination n = shortlisted(programme, year, id);
        return judging.score(programme.roundKey(year), cycle.getRubric(), member.getUsername(), n.getId(), scores, comment);
    }

    public void declareConflict(AwardProgramme programme, int year, String id, String reason, Account member) {
        requireCouncil(programme, year, member);
        Nomination n = shortlisted(programme, year, id);
        judging.declareConflict(programme.roundKey(year), member.getUsername(), n.getId(), reason);
    }

    public Optional<Scorecard> card(AwardProgramme programme, int year, String id, Account member) {
        return judging.card(programme.roundKey(year), member.getUsername(), id);
    }

    public boolean conflicted(AwardProgramme programme, int year, String id, Account member) {
        return judging.conflictsOf(programme.roundKey(year), member.getUsername()).contains(id);
    }

    public AwardCycle requireCouncil(AwardProgramme programme, int year, Account member) {
        if (member == null) {
            throw new AwardRefusal(401, "Cần đăng nhập");
        }
        AwardCycle cycle = cycle(programme, year);
        if (!council(cycle).contains(member.getUsername())) {
            throw new AwardRefusal(403, "Chỉ thành viên hội đồng xét chọn được chấm điểm");
        }
        if (cycle.isLaureatesDecided()) {
            throw AwardRefusal.conflict("Đã chọn người được vinh danh; điểm không đổi được nữa");
        }
        return cycle;
    }

    /**
     * Fixes the laureates of a year. They stay under embargo until the announcement time: no page, answer or search
     * shows anything of them before.
     */
    public AwardCycle decide(AwardProgramme programme, int year, List<Choice> choices, Account editor) {
        AwardSetup.requireEditor(editor);
        if (choices == null || choices.isEmpty()) {
            throw AwardRefusal.badInput("Hãy chọn ít nhất một người được vinh danh");
        }
        if (choices.size() > MAX_CHOSEN || choices.stream().anyMatch(c -> c == null || c.nominationId() == null)) {
            throw AwardRefusal.badInput("Mỗi người được vinh danh cần nominationId và citation (tối đa " + MAX_CHOSEN + " người)");
        }
        if (choices.stream().map(Choice::nominationId).distinct().count() < choices.size()) {
            throw AwardRefusal.badInput("Mỗi đề cử chỉ được vinh danh một lần");
        }
        AwardCycle cycle = leases.exclusively("award:" + programme.getId(), () -> {
            AwardProgramme fresh = programmes.findById(programme.getId()).orElseThrow();
            AwardCycle current = cycle(fresh, year);
            List<Laureate> laureates = new ArrayList<>();
            for (Choice choice : choices) {
                Nomination n = shortlisted(fresh, year, choice.nominationId());
                String citation = choice.citation() == null ? "" : choice.citation().strip();
                if (citation.isEmpty() || citation.length() > 2000) {
                    throw AwardRefusal.badInput("Hãy viết lời vinh danh cho " + n.getCode() + " (tối đa 2000 ký tự)");
                }
                Laureate l = new Laureate();
                l.setCategory(n.getCategory());
                l.setNominationId(n.getId());
                l.setName(NomineeNames.publicName(n, fresh.isForChildren()));
                l.setProvince(n.getNomineeProvince());
                l.setCitation(citation);
                laureates.add(l);
            }
            current.setLaureates(laureates);
            current.setLaureatesDecided(true);
            current.setAnnounced(false);
            programmes.save(fresh);
            return current;
        });
        audit.record(editor.getUsername(), "chọn người được vinh danh", "award", programme.getId(), programme.getName() + " "
                + year, choices.size() + " người");
        changes.fire(new AwardChanged(programme.getId()));
        return cycle;
    }

    private Nomination shortlisted(AwardProgramme programme, int year, String id) {
        return shortlist(programme, year).stream().filter(n -> n.getId().equals(id)).findFirst()
                .orElseThrow(() -> AwardRefusal.notFound("Đề cử này không có trong danh sách rút gọn"));
    }

    private static List<Nomination> concat(Nomination keep, List<Nomination> others) {
        List<Nomination> all = new ArrayList<>(others);
        all.add(0, keep);
        return all;
    }

    /**
     * The merged nomination's account under a heading with its code only: the council reads it, and for a child
     * the nominator (often a parent with the family name) is not theirs to know. Editors see the supporters.
     */
    private static String mergedPart(Nomination other) {
        return MERGED_PART + other.getCode() + ":**\n\n" + other.getAchievements();
    }

    private static final String MERGED_PART = "\n\n---\n\n**Theo đề cử ";

    /**
     * What a nomination kept after a merge holds once one merged into it is withdrawn: its part of the achievements
     * and its files leave, the rest stays.
     */
    static void unmerge(Nomination keep, Nomination withdrawn) {
        String text = keep.getAchievements() == null ? "" : keep.getAchievements();
        int start = text.indexOf(MERGED_PART + withdrawn.getCode() + ":");
        if (start >= 0) {
            int end = text.indexOf(MERGED_PART, start + MERGED_PART.length());
            keep.setAchievements(text.substring(0, start) + (end < 0 ? "" : text.substring(end)));
        }
        java.util.Set<String> names = withdrawn.getFiles().stream().map(f -> f.getName()).collect(Collectors.toSet());
        keep.setFiles(new ArrayList<>(keep.getFiles().stream().filter(f -> !names.contains(f.getName())).toList()));
        keep.setUpdatedAt(Instant.now());
    }

    private Nomination active(AwardProgramme programme, String id) {
        return nominations.findById(id == null ? "" : id).filter(Nomination::isActive)
                .filter(n -> n.getProgrammeId().equals(programme.getId()))
                .orElseThrow(() -> AwardRefusal.notFound("Không có đề cử " + id));
    }

    private static AwardCycle cycle(AwardProgramme programme, int year) {
        return programme.cycle(year).orElseThrow(() -> AwardRefusal.notFound("Giải thưởng không có đợt năm " + year));
    }
}
