package vn.quyentreem.portal.consent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.consent.entity.ConsentDecided;
import vn.quyentreem.portal.consent.entity.ConsentStatus;
import vn.quyentreem.portal.consent.entity.GuardianConsent;
import vn.quyentreem.portal.consent.entity.GuardianConsents;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.EmailAddresses;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks a parent or guardian, by an e-mailed link, whether a child's entry or nomination may go ahead, and records
 * the answer. The same link later lets them withdraw. Contests and awards both use it.
 */
@ApplicationScoped
public class GuardianConsentFlow {

    /** Something a guardian cannot do with this link, in Vietnamese. */
    public static class Refused extends Refusal {
        public Refused(int status, String message) {
            super(status, message);
        }

        Refused(Problem problem) {
            super(400, List.of(problem));
        }
    }

    @Inject
    Leases leases;

    @Inject
    GuardianConsents consents;

    @Inject
    Mailer mailer;

    @Inject
    SiteSettings site;

    @Inject
    AuditLog audit;

    @Inject
    Event<ConsentDecided> decisions;

    /** What {@link #guardianProblem} checked, kept in the consent so that the record says how it was verified. */
    static final String CHECKED = "Địa chỉ phụ huynh khác hộp thư của tài khoản gửi (so không phân biệt hoa thường, "
            + "bỏ phần +nhãn, với Gmail bỏ dấu chấm)";
    static final String CHECKED_ON_THE_SPOT = "Tài khoản gửi là phụ huynh đã biết (hộp thư từng trả lời thư xin ý kiến "
            + "do tài khoản khác gửi tới, hoặc tài khoản có vai trò do Hội cấp); phụ huynh trả lời khi đã đăng nhập";
    static final String ERASED = "(đã xóa)";

    /**
     * A child cannot consent for themselves: the guardian's address must not reach the mailbox of the account
     * that sends the entry or nomination, unless that account is a known guardian, who then answers on the spot.
     * Features ask before they store anything, to refuse in their own terms.
     */
    public Optional<String> guardianProblem(String guardianEmail, Account sender) {
        if (EmailAddresses.sameMailbox(guardianEmail, sender.getEmail()) && !answersOnTheSpot(sender)) {
            return Optional.of("Địa chỉ thư của cha mẹ hoặc người giám hộ phải khác địa chỉ của tài khoản đang gửi: "
                    + "hãy ghi địa chỉ thư của chính cha mẹ hoặc người giám hộ để họ tự trả lời");
        }
        return Optional.empty();
    }

    /**
     * Whether this account may name its own mailbox as the guardian's and consent signed in, without a mailed link.
     * Ticking "I am the parent" would let any child consent for themselves (issue 17.5), so only what a child cannot
     * arrange alone counts: the mailbox once answered a consent request that another account's entry sent it, or
     * the association gave the account a role (staff, jury and club members are adults it knows).
     */
    public boolean answersOnTheSpot(Account sender) {
        return !sender.getRoles().isEmpty() || consents.findByGuardianEmail(sender.getEmail()).stream()
                .anyMatch(c -> !c.isOnTheSpot() && c.status() != ConsentStatus.PENDING);
    }

    /**
     * Opens a new request, replacing any earlier one for the subject, and mails the guardian the link. The
     * sender is checked again here, so no caller can skip it.
     */
    public GuardianConsent request(String subjectType, String subjectId, String childName, String subjectTitle,
                                                String guardianEmail, Account sender) {
        return leases.exclusively("consent:" + subjectId, () -> {
            guardianProblem(guardianEmail, sender).ifPresent(problem -> {
                throw new Refused(new Problem("guardianEmail", problem));
            });
            boolean onTheSpot = EmailAddresses.sameMailbox(guardianEmail, sender.getEmail());
            consents.findBySubjectId(subjectId).stream().filter(c -> c.status() == ConsentStatus.PENDING)
                    .forEach(c -> consents.deleteById(c.getId()));
            GuardianConsent consent = new GuardianConsent();
            consent.setId(UUID.randomUUID().toString());
            consent.setSubjectType(subjectType);
            consent.setSubjectId(subjectId);
            consent.setChildName(childName);
            consent.setSubjectTitle(subjectTitle);
            consent.setGuardianEmail(guardianEmail);
            consent.setOnTheSpot(onTheSpot);
            consent.setGuardianCheck(onTheSpot ? CHECKED_ON_THE_SPOT : CHECKED);
            String token = Tokens.random();
            consent.setTokenHash(Tokens.hash(token));
            consent.setStatus(ConsentStatus.PENDING.name());
            consent.setTextVersion(ConsentText.forSubject(subjectType).version());
            consent.setRequestedAt(Instant.now());
            consents.insert(consent);
            // also on the spot: the mail is the guardian's own copy, with the link that withdraws later
            mailer.send(guardianEmail, "Xin ý kiến phụ huynh: " + subjectTitle,
                    "Kính gửi cha mẹ hoặc người giám hộ của em " + childName + ",\n\n"
                            + ConsentText.forSubject(subjectType).purpose() + " (" + subjectTitle + ").\n\n"
                            + "Trước khi bạn đồng ý, không ai ngoài người gửi bài và ban tổ chức thấy bài: giám khảo không chấm, "
                            + "trang công khai không hiện. Mở liên kết sau để xem chúng tôi thu thập gì, công khai gì, "
                            + "rồi đồng ý hoặc từ chối" + (onTheSpot ? " (nếu bạn chưa trả lời ngay trên trang)" : "") + ":\n"
                            + link(token)
                            + "\n\nLiên kết này cũng dùng để rút lại sự đồng ý bất cứ lúc nào. "
                            + "Nếu bạn không biết việc này, hãy bỏ qua thư: bài sẽ không được công khai.");
            return consent;
            });
    }

    /**
     * The consent about a subject that this signed-in account answers as its guardian: the account's mailbox is
     * the one the request went to, which the account proved when it was made.
     */
    public Optional<GuardianConsent> forGuardian(String subjectId, Account guardian) {
        if (subjectId == null || subjectId.isBlank() || subjectId.length() > 100) {
            return Optional.empty();
        }
        return latest(subjectId.strip()).filter(c -> EmailAddresses.sameMailbox(c.getGuardianEmail(), guardian.getEmail()));
    }

    public Optional<GuardianConsent> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return consents.findByTokenHash(Tokens.hash(token.strip()));
    }

    /** The latest consent about a subject, if one was ever asked. */
    public Optional<GuardianConsent> latest(String subjectId) {
        return consents.findBySubjectId(subjectId).stream().max(Comparator.comparing(GuardianConsent::getRequestedAt));
    }

    /**
     * The guardian's answer about a consent found by its link ({@link #byToken}) or {@link #forGuardian}. A decline
     * can be turned into consent later; a consent is undone by withdrawing.
     */
    public GuardianConsent decide(GuardianConsent found, boolean agree, String guardianName,
                                               boolean showFullName, boolean showSchool, String address) {
        return leases.exclusively("consent:" + found.getSubjectId(), () -> {
            GuardianConsent consent = consents.findById(found.getId()).orElseThrow(GuardianConsentFlow::unknownLink);
            if (consent.status() == ConsentStatus.GIVEN || consent.status() == ConsentStatus.WITHDRAWN) {
                throw new Refused(409, "Bạn đã trả lời trước đó: " + consent.status().getLabel().toLowerCase());
            }
            String name = guardianName == null ? "" : guardianName.strip();
            if (agree && (name.isEmpty() || name.length() > 120)) {
                throw new Refused(new Problem("guardianName", "Hãy ghi họ tên của bạn (cha, mẹ hoặc người giám hộ) để xác nhận đồng ý"));
            }
            consent.setStatus((agree ? ConsentStatus.GIVEN : ConsentStatus.DECLINED).name());
            consent.setGuardianName(agree ? name : null);
            consent.setShowFullName(agree && showFullName);
            consent.setShowSchool(agree && showSchool);
            consent.setDecidedAt(Instant.now());
            consent.setAddress(address);
            consent.setTextVersion(ConsentText.forSubject(consent.getSubjectType()).version());
            consents.save(consent);
            audit.record(consent.getGuardianEmail(), agree ? "phụ huynh đồng ý" : "phụ huynh từ chối", consent.getSubjectType(),
                    consent.getSubjectId(), consent.getSubjectTitle(), consent.getTextVersion());
            decisions.fire(new ConsentDecided(consent.getSubjectType(), consent.getSubjectId(), consent.status(),
                    consent.isShowFullName(), consent.isShowSchool()));
            return consent;
            });
    }

    public GuardianConsent withdraw(GuardianConsent found, String address) {
        return leases.exclusively("consent:" + found.getSubjectId(), () -> {
            GuardianConsent consent = consents.findById(found.getId()).orElseThrow(GuardianConsentFlow::unknownLink);
            if (consent.status() != ConsentStatus.GIVEN) {
                throw new Refused(409, "Không có sự đồng ý nào đang có hiệu lực để rút lại");
            }
            consent.setStatus(ConsentStatus.WITHDRAWN.name());
            consent.setWithdrawnAt(Instant.now());
            consent.setAddress(address);
            erase(consent);
            audit.record(consent.getGuardianEmail(), "phụ huynh rút lại đồng ý", consent.getSubjectType(),
                    consent.getSubjectId(), ERASED, consent.getTextVersion());
            decisions.fire(new ConsentDecided(consent.getSubjectType(), consent.getSubjectId(), ConsentStatus.WITHDRAWN,
                    false, false));
            return consent;
            });
    }

    /**
     * The subject is gone (the entrant withdrew): a pending link stops working, and what identifies the child
     * leaves every record.
     */
    public void close(String subjectId) {
        leases.exclusively("consent:" + subjectId, () -> {
            for (GuardianConsent consent : consents.findBySubjectId(subjectId)) {
                if (consent.status() == ConsentStatus.PENDING) {
                    consents.deleteById(consent.getId());
                } else {
                    erase(consent);
                }
            }
            });
    }

    /**
     * Keeps only the proof (who was asked, which text, what they decided and when, from where) and erases what
     * identifies the child or the work: the child's name, the title naming the work, the guardian's name (it
     * carries the family name), also in the audit log and the copies of the mails to the guardian.
     */
    private void erase(GuardianConsent consent) {
        String title = consent.getSubjectTitle();
        mailer.erase(consent.getGuardianEmail(), List.of(title == null ? "" : title,
                consent.getChildName() == null ? "" : consent.getChildName()), ERASED);
        consent.setChildName(ERASED);
        consent.setSubjectTitle(ERASED);
        consent.setGuardianName(null);
        consents.save(consent);
        if (title != null && !ERASED.equals(title)) {
            audit.erase(consent.getSubjectId(), title, ERASED);
        }
    }

    private static Refused unknownLink() {
        return new Refused(404, "Liên kết không đúng hoặc đã được thay bằng liên kết mới");
    }

    private String link(String token) {
        return site.url("/phu-huynh/dong-y.xhtml?ma=" + token);
    }
}
