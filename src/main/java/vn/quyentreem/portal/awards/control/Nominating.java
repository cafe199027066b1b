package vn.quyentreem.portal.awards.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.awards.entity.AwardChanged;
import vn.quyentreem.portal.awards.entity.AwardCycle;
import vn.quyentreem.portal.awards.entity.AwardProgramme;
import vn.quyentreem.portal.awards.entity.AwardProgrammes;
import vn.quyentreem.portal.awards.entity.Laureate;
import vn.quyentreem.portal.awards.entity.Nomination;
import vn.quyentreem.portal.awards.entity.Nominations;
import vn.quyentreem.portal.consent.control.ChildSubmissions;
import vn.quyentreem.portal.consent.control.ConsentText;
import vn.quyentreem.portal.consent.control.GuardianConsentFlow;
import vn.quyentreem.portal.consent.entity.ConsentDecided;
import vn.quyentreem.portal.consent.entity.ConsentStatus;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.media.control.PrivateFiles;
import vn.quyentreem.portal.media.entity.FileRules;
import vn.quyentreem.portal.media.entity.PrivateFile;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.platform.VietnameseDates;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Nominating: anyone with a verified e-mail (an account) nominates someone for a cycle that is open. A child
 * nominee's nomination waits for a guardian's consent, through the same flow as contest entries; a withdrawal
 * erases it, its files and its scores, and takes the child off the laureates if they were one.
 */
@ApplicationScoped
public class Nominating {

    static final FileRules FILES = files();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(VietnameseDates.ZONE);

    @Inject
    Leases leases;

    @Inject
    AwardProgrammes programmes;

    @Inject
    Nominations nominations;

    @Inject
    PrivateFiles files;

    @Inject
    GuardianConsentFlow consents;

    @Inject
    ChildSubmissions childData;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    Event<AwardChanged> changes;

    public Nomination submit(AwardProgramme programme, NominationInput input, List<PrivateFiles.Upload> uploads, Account nominator) {
        if (nominator == null) {
            throw new AwardRefusal(401, "Cần đăng nhập để đề cử");
        }
        Instant now = Instant.now();
        AwardCycle cycle = programme.latest().filter(c -> c.isOpenAt(now))
                .orElseThrow(() -> AwardRefusal.conflict("Giải thưởng hiện không nhận đề cử"));
        NominationInput.Checked checked = input.check(programme, cycle, now);
        if (!checked.ok()) {
            throw AwardRefusal.badInput(checked.problems());
        }
        if (checked.needsGuardian()) {
            childData.guardianProblem(checked.guardianEmail(), nominator).ifPresent(problem -> {
                throw AwardRefusal.badInput(List.of(problem));
            });
        }
        if (uploads.size() > FILES.getMax()) {
            throw AwardRefusal.badInput(List.of(new Problem("files", "Gửi tối đa " + FILES.getMax() + " tệp kèm theo")));
        }
        List<PrivateFile> stored;
        try {
            stored = files.store(uploads, FILES);
        } catch (PrivateFiles.Refused e) {
            throw AwardRefusal.badInput(List.of(new Problem("files", e.getMessage())));
        }
        Nomination n = new Nomination();
        n.setId(UUID.randomUUID().toString());
        n.setProgrammeId(programme.getId());
        n.setYear(cycle.getYear());
        n.setCategory(checked.category().getCode());
        n.setNominatorUsername(nominator.getUsername());
        n.setNominatorName(checked.nominatorName());
        n.setNominatorEmail(nominator.getEmail());
        n.setRelation(checked.relation());
        n.setSelf(input.self());
        n.setNomineeName(checked.nomineeName());
        n.setNomineeGivenName(checked.nomineeGivenName());
        n.setNomineeBirthYear(checked.birthYear());
        n.setNomineeProvince(checked.province());
        n.setNomineeOrganisation(checked.organisation());
        n.setNomineeContact(checked.contact());
        n.setGuardianEmail(checked.guardianEmail());
        n.setConsent(checked.needsGuardian() ? ConsentStatus.PENDING.name() : Nomination.CONSENT_NOT_NEEDED);
        n.setAchievements(checked.achievements());
        n.setFiles(new ArrayList<>(stored));
        n.setStatus(Nomination.ACTIVE);
        n.setCreatedAt(now);
        n.setUpdatedAt(now);
        leases.exclusively("award:" + programme.getId(), () -> {
            long count = nominations.findByProgrammeId(programme.getId()).stream().filter(x -> x.getYear() == cycle.getYear()).count();
            n.setCode(prefix(programme) + "-" + cycle.getYear() + "-" + String.format(Locale.ROOT, "%04d", count + 1));
            nominations.insert(n);
        });
        audit.record(nominator.getUsername(), "gửi đề cử", "award-nomination", n.getId(), n.getCode(), programme.getName());
        if (checked.needsGuardian()) {
            consents.request(ConsentText.AWARD_NOMINATION, n.getId(), n.getNomineeName(),
                    "giải “" + programme.getName() + "” năm " + cycle.getYear() + " (mã đề cử " + n.getCode() + ")",
                    n.getGuardianEmail(), nominator);
        }
        mailer.send(nominator.getEmail(), "Đã nhận đề cử " + n.getCode(),
                "Chào " + n.getNominatorName() + ",\n\nBan tổ chức giải “" + programme.getName() + "” năm " + cycle.getYear()
                        + " đã nhận đề cử " + n.getNomineeName() + " (mã " + n.getCode() + ").\n\n"
                        + (checked.needsGuardian() ? "Vì người được đề cử là trẻ em, chúng tôi đã gửi thư xin ý kiến cha mẹ, "
                        + "người giám hộ của em. Đề cử chỉ được xét sau khi họ đồng ý.\n\n" : "")
                        + "Ban biên tập sẽ xét điều kiện và báo kết quả qua e-mail. Kết quả được công bố lúc "
                        + WHEN.format(cycle.getAnnounceAt()) + ".");
        return n;
    }

    /** A nominator's own nominations, newest first, merged ones included (they say where they went). */
    public List<Nomination> of(Account nominator) {
        return nominations.findByNominatorUsername(nominator.getUsername()).stream()
                .filter(n -> !Nomination.WITHDRAWN.equals(n.getStatus()))
                .sorted(java.util.Comparator.comparing(Nomination::getCreatedAt).reversed()).toList();
    }

    /** Where a nomination stands, as its nominator is told. */
    public static String status(Nomination n) {
        if (Nomination.MERGED.equals(n.getStatus())) {
            return "Đã gộp với một đề cử khác cùng người; bạn được ghi là người ủng hộ";
        }
        if (!n.isConsentClear()) {
            return "DECLINED".equals(n.getConsent()) ? "Cha mẹ của em chưa đồng ý: đề cử chưa được xét"
                    : "Đang chờ cha mẹ của em đồng ý";
        }
        if (n.getEligible() == null) {
            return "Đã nhận, chờ ban biên tập xét";
        }
        if (!n.getEligible()) {
            return "Chưa đủ điều kiện: " + n.getScreeningReason();
        }
        return n.isShortlisted() ? "Vào danh sách rút gọn, hội đồng đang xét" : "Đủ điều kiện";
    }

    void onConsent(@Observes ConsentDecided decision) {
        if (!ConsentText.AWARD_NOMINATION.equals(decision.subjectType())) {
            return;
        }
        nominations.findById(decision.subjectId()).ifPresent(n -> {
            if (decision.status() == ConsentStatus.WITHDRAWN) {
                if (n.isActive() || Nomination.MERGED.equals(n.getStatus())) {
                    erase(n, "phụ huynh");
                }
                return;
            }
            if (!n.isActive()) {
                return;
            }
            leases.exclusively("award:" + n.getProgrammeId(), () -> {
                n.setConsent(decision.status().name());
                n.setShowFullName(decision.showFullName());
                n.setUpdatedAt(Instant.now());
                nominations.save(n);
            });
            changes.fire(new AwardChanged(n.getProgrammeId()));
        });
    }

    /**
     * Erases a child's nomination everywhere, also from the nomination it was merged into: the record keeps its
     * code and nothing about the child.
     */
    void erase(Nomination n, String actor) {
        leases.exclusively("award:" + n.getProgrammeId(), () -> {
            if (Nomination.MERGED.equals(n.getStatus()) && n.getMergedInto() != null) {
                nominations.findById(n.getMergedInto()).ifPresent(keep -> {
                    AwardReview.unmerge(keep, n);
                    nominations.save(keep);
                });
            }
            childData.eraseAround(n.getId(), n.getFiles(), n.getNominatorEmail(),
                    List.of(n.getNomineeName() == null ? "" : n.getNomineeName()));
            n.setStatus(Nomination.WITHDRAWN);
            n.setNomineeName(null);
            n.setNomineeGivenName(null);
            n.setNomineeBirthYear(0);
            n.setNomineeOrganisation(null);
            n.setNomineeContact(null);
            n.setGuardianEmail(null);
            n.setAchievements(null);
            n.setFiles(new ArrayList<>());
            n.setUpdatedAt(Instant.now());
            nominations.save(n);
            programmes.findById(n.getProgrammeId()).ifPresent(programme -> programme.cycle(n.getYear()).ifPresent(cycle -> {
                List<Laureate> kept = new ArrayList<>(cycle.getLaureates());
                if (kept.removeIf(l -> n.getId().equals(l.getNominationId()))) {
                    cycle.setLaureates(kept);
                    programmes.save(programme);
                }
            }));
            audit.record(actor, "rút đề cử", "award-nomination", n.getId(), n.getCode(), null);
            changes.fire(new AwardChanged(n.getProgrammeId()));
            });
    }

    static String prefix(AwardProgramme programme) {
        return Slugs.initials(programme.getName(), "DC");
    }

    private static FileRules files() {
        FileRules rules = new FileRules();
        rules.setTypes(List.of("image", "pdf"));
        rules.setMin(0);
        rules.setMax(5);
        rules.setMaxMb(10);
        return rules;
    }
}
