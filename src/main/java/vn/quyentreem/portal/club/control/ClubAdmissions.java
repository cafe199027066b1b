package vn.quyentreem.portal.club.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.accounts.control.PasswordResetService;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.club.entity.ApplicationStatus;
import vn.quyentreem.portal.club.entity.ClubApplication;
import vn.quyentreem.portal.club.entity.ClubApplications;
import vn.quyentreem.portal.club.entity.ClubChanged;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;
import vn.quyentreem.portal.club.entity.ClubProfile;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.Slugs;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * From application to membership: the applicant confirms their address, an editor approves (an account with
 * the journalist role and a year's membership) or rejects with a reason; both are e-mailed.
 */
@ApplicationScoped
public class ClubAdmissions {

    static final Duration VERIFY_WITHIN = Duration.ofDays(3);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Leases leases;

    @Inject
    ClubApplications applications;

    @Inject
    ClubMembers members;

    @Inject
    Accounts accountStore;

    @Inject
    AccountAdministration accounts;

    @Inject
    PasswordResetService passwords;

    @Inject
    ClubPhotos photos;

    @Inject
    Mailer mailer;

    @Inject
    AuditLog audit;

    @Inject
    SiteSettings site;

    @Inject
    Event<ClubChanged> changes;

    /**
     * Records the application and e-mails the confirmation link. Holds the admissions lease, so two quick
     * submissions of the same details cannot both pass the duplicate check, whichever nodes they reach. The portrait, if any, is stored only once that passed.
     */
    public ClubApplication apply(ClubProfile profile, byte[] photo, String address) {
        return leases.exclusively("club-admissions", () -> {
            refuseDuplicate(profile);
            if (photo != null && photo.length > 0) {
                profile.setPhoto(photos.store(photo));
            }
            ClubApplication application = new ClubApplication();
            application.setId(UUID.randomUUID().toString());
            application.setProfile(profile);
            application.setStatus(ApplicationStatus.PENDING_VERIFICATION.name());
            String token = Tokens.random();
            application.setVerificationHash(Tokens.hash(token));
            application.setCreatedAt(Instant.now());
            application.setVerifyBy(application.getCreatedAt().plus(VERIFY_WITHIN));
            application.setAddress(address);
            applications.insert(application);
            mailer.send(profile.getEmail(), "Xác nhận e-mail đăng ký Câu lạc bộ phóng viên",
                    "Chào " + profile.getFullName() + ",\n\nCảm ơn bạn đã đăng ký tham gia Câu lạc bộ phóng viên vì quyền trẻ em. "
                            + "Hãy mở liên kết sau trong vòng 3 ngày để xác nhận địa chỉ e-mail; sau đó ban biên tập sẽ xét đơn:\n"
                            + site.url("/cau-lac-bo/xac-nhan.xhtml?ma=" + token)
                            + "\n\nNếu bạn không đăng ký, hãy bỏ qua thư này: đơn sẽ tự hết hạn.");
            return application;
            });
    }

    /** Confirms the address the token was sent to; empty when the token is unknown or too old. */
    public Optional<ClubApplication> verify(String token) {
        return leases.exclusively("club-admissions", () -> {
            if (token == null || token.isBlank() || token.length() > 100) {
                return Optional.empty();
            }
            Optional<ClubApplication> found = applications.findByVerificationHash(Tokens.hash(token.strip()));
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ClubApplication application = found.get();
            if (application.status() != ApplicationStatus.PENDING_VERIFICATION) {
                return Optional.of(application); // a second click changes nothing
            }
            if (application.getVerifyBy().isBefore(Instant.now())) {
                expire(application);
                return Optional.empty();
            }
            application.setStatus(ApplicationStatus.PENDING_REVIEW.name());
            application.setVerifiedAt(Instant.now());
            applications.save(application);
            audit.record(application.getProfile().getEmail(), "gửi đơn hội viên", "club-application", application.getId(),
                    application.getProfile().getFullName(), application.getProfile().getOutlet());
            accountStore.findAll().filter(a -> a.isActive() && a.getEmail() != null && !a.getEmail().isBlank())
                    .filter(a -> Roles.editorial(a.getRoles()))
                    .forEach(editor -> mailer.send(editor.getEmail(), "Đơn hội viên mới: " + application.getProfile().getFullName(),
                            application.getProfile().getFullName() + " (" + application.getProfile().getOutlet()
                                    + ") xin gia nhập Câu lạc bộ phóng viên.\n\nXét đơn tại: " + site.url("/bien-tap/cau-lac-bo.xhtml")));
            return Optional.of(application);
            });
    }

    /** A new member and the account they sign in with. */
    public record Admitted(ClubMember member, AccountAdministration.Enrolment enrolment) {
    }

    /**
     * Makes the person a member from the day joined for a year: their account (new, or their existing one) gets
     * the journalist and member roles. Used by approval, and by the sample content.
     */
    public Admitted admit(ClubProfile profile, String applicationId, String actor, LocalDate joined) {
        return leases.exclusively("club-admissions", () -> {
            AccountAdministration.Enrolment enrolment;
            try {
                enrolment = accounts.enrol(profile.getEmail(), profile.getFullName(), Set.of(Roles.JOURNALIST, Roles.MEMBER), actor);
            } catch (AccountAdministration.Refused e) {
                throw new ClubRefusal(e.status(), e.getMessage());
            }
            ClubMember member = new ClubMember();
            member.setId(UUID.randomUUID().toString());
            member.setSlug(Slugs.unique(profile.getFullName(), s -> members.findBySlug(s).isPresent()));
            member.setUsername(enrolment.account().getUsername());
            member.setProfile(profile.copy());
            member.setJoinedOn(joined.toString());
            member.setValidUntil(MembershipTerms.firstYearEnds(joined).toString());
            member.setRoleFromMembership(enrolment.addedRoles().contains(Roles.JOURNALIST));
            member.setApplicationId(applicationId);
            member.setUpdatedAt(Instant.now());
            members.insert(member);
            changes.fire(new ClubChanged(member.getId()));
            return new Admitted(member, enrolment);
            });
    }

    public ClubMember approve(String applicationId, Account editor) {
        requireEditor(editor);
        Admitted admitted = leases.exclusively("club-admissions", () -> {
            ClubApplication application = pendingReview(applicationId);
            Admitted made = admit(application.getProfile(), application.getId(), editor.getUsername(), Memberships.today());
            application.setStatus(ApplicationStatus.APPROVED.name());
            application.setDecidedAt(Instant.now());
            application.setDecidedBy(editor.getUsername());
            application.setMemberId(made.member().getId());
            applications.save(application);
            return made;
        });
        ClubMember member = admitted.member();
        AccountAdministration.Enrolment enrolment = admitted.enrolment();
        audit.record(editor.getUsername(), "kết nạp hội viên", "club-member", member.getId(),
                member.getProfile().getFullName(), member.getProfile().getOutlet());
        String signIn = enrolment.created()
                ? "Tài khoản của bạn: " + enrolment.account().getUsername() + ". Mở liên kết sau trong vòng 7 ngày để đặt mật khẩu "
                + "và đăng nhập:\n" + passwords.firstSignInLink(enrolment.account())
                : "Đăng nhập bằng tài khoản sẵn có của bạn (" + enrolment.account().getUsername() + ") tại: "
                + site.url("/tai-khoan/dang-nhap.xhtml");
        mailer.send(member.getProfile().getEmail(), "Chào mừng bạn gia nhập Câu lạc bộ phóng viên vì quyền trẻ em",
                "Chào " + member.getProfile().getFullName() + ",\n\nĐơn của bạn đã được chấp nhận. Tư cách hội viên có hiệu lực "
                        + "đến hết ngày " + DAY.format(LocalDate.parse(member.getValidUntil())) + ".\n\n" + signIn
                        + "\n\nSau khi đăng nhập, bạn gửi tin bài cho ban biên tập và sửa hồ sơ, chọn thông tin hiện "
                        + "trong danh bạ tại: " + site.url("/tai-khoan/hoi-vien.xhtml"));
        return member;
    }

    public ClubApplication reject(String applicationId, String reason, Account editor) {
        requireEditor(editor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ClubRefusal.badInput("Hãy ghi lý do không chấp nhận; lý do được gửi cho người đăng ký");
        }
        if (why.length() > 1000) {
            throw ClubRefusal.badInput("Lý do dài quá 1000 ký tự");
        }
        ClubApplication application = leases.exclusively("club-admissions", () -> {
            ClubApplication pending = pendingReview(applicationId);
            pending.setStatus(ApplicationStatus.REJECTED.name());
            pending.setDecidedAt(Instant.now());
            pending.setDecidedBy(editor.getUsername());
            pending.setReason(why);
            // nobody will ever be shown this portrait now
            photos.delete(pending.getProfile().getPhoto());
            pending.getProfile().setPhoto(null);
            applications.save(pending);
            return pending;
        });
        audit.record(editor.getUsername(), "từ chối đơn hội viên", "club-application", application.getId(),
                application.getProfile().getFullName(), why);
        mailer.send(application.getProfile().getEmail(), "Kết quả xét đơn Câu lạc bộ phóng viên",
                "Chào " + application.getProfile().getFullName() + ",\n\nBan biên tập chưa thể chấp nhận đơn gia nhập "
                        + "Câu lạc bộ của bạn. Lý do:\n\n" + why + "\n\nBạn có thể gửi đơn mới khi đã đáp ứng điều kiện.");
        return application;
    }

    public List<ClubApplication> withStatus(ApplicationStatus status) {
        return applications.findByStatus(status.name()).stream()
                .sorted(Comparator.comparing(ClubApplication::getCreatedAt)).toList();
    }

    public Optional<ClubApplication> find(String id) {
        return id == null ? Optional.empty() : applications.findById(id);
    }

    private ClubApplication pendingReview(String applicationId) {
        ClubApplication application = find(applicationId).orElseThrow(ClubRefusal::notFound);
        return switch (application.status()) {
            case PENDING_REVIEW -> application;
            case PENDING_VERIFICATION -> throw ClubRefusal.conflict("Người đăng ký chưa xác nhận địa chỉ e-mail");
            default -> throw ClubRefusal.conflict("Đơn này đã được xử lý: " + application.status().getLabel().toLowerCase());
        };
    }

    private void refuseDuplicate(ClubProfile profile) {
        Instant now = Instant.now();
        for (ClubMember member : members.findAll().toList()) {
            if (same(member.getProfile(), profile)) {
                throw ClubRefusal.conflict(profile.getEmail().equals(member.getProfile().getEmail())
                        ? "E-mail này đã là của một hội viên câu lạc bộ. Nếu đó là bạn, hãy đăng nhập để xem hồ sơ và gia hạn."
                        : "Số thẻ nhà báo này đã có trong hồ sơ một hội viên câu lạc bộ.");
            }
        }
        for (ApplicationStatus status : List.of(ApplicationStatus.PENDING_VERIFICATION, ApplicationStatus.PENDING_REVIEW)) {
            for (ClubApplication other : applications.findByStatus(status.name())) {
                if (status == ApplicationStatus.PENDING_VERIFICATION && other.getVerifyBy().isBefore(now)) {
                    expire(other);
                } else if (same(other.getProfile(), profile)) {
                    throw ClubRefusal.conflict(profile.getEmail().equals(other.getProfile().getEmail())
                            ? "Đã có một đơn đăng ký với e-mail này đang chờ xử lý. Hãy kiểm tra hộp thư để xác nhận."
                            : "Đã có một đơn đăng ký với số thẻ nhà báo này đang chờ xử lý.");
                }
            }
        }
    }

    private static boolean same(ClubProfile a, ClubProfile b) {
        return Objects.equals(a.getEmail(), b.getEmail()) || Objects.equals(a.getPressCardKey(), b.getPressCardKey());
    }

    private void expire(ClubApplication application) {
        application.setStatus(ApplicationStatus.EXPIRED.name());
        photos.delete(application.getProfile().getPhoto());
        application.getProfile().setPhoto(null);
        applications.save(application);
    }

    private static void requireEditor(Account editor) {
        if (editor == null || !Roles.editorial(editor.getRoles())) {
            throw ClubRefusal.editorsOnly();
        }
    }
}
