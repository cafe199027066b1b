package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.PasswordReset;
import vn.quyentreem.portal.accounts.entity.PasswordResets;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Password reset by an e-mailed link that works once and expires after an hour; also used for invitations. */
@ApplicationScoped
public class PasswordResetService {

    static final Duration VALID_FOR = Duration.ofHours(1);
    static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);
    public static final int MIN_PASSWORD = 10;

    @Inject
    Accounts accounts;

    @Inject
    PasswordResets resets;

    @Inject
    Mailer mailer;

    @Inject
    SiteSettings site;

    /** Sends a link if the username or e-mail belongs to an active account; says nothing either way. */
    public void requestReset(String usernameOrEmail) {
        String key = usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase();
        Optional<Account> account = accounts.findById(key).or(() -> accounts.findAll()
                .filter(a -> a.getEmail() != null && a.getEmail().equalsIgnoreCase(key)).findFirst());
        account.filter(Account::isActive).filter(a -> a.getEmail() != null && !a.getEmail().isBlank())
                .ifPresent(a -> mailer.send(a.getEmail(), "Đặt lại mật khẩu cổng thông tin",
                        "Có người (có thể là bạn) đã yêu cầu đặt lại mật khẩu cho tài khoản " + a.getUsername() + ".\n\n"
                                + "Mở liên kết sau trong vòng 1 giờ để đặt mật khẩu mới:\n" + link(a, VALID_FOR) + "\n\n"
                                + "Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu cũ vẫn dùng được."));
    }

    public void invite(Account account) {
        mailer.send(account.getEmail(), "Mời tham gia cổng thông tin Hội Bảo vệ quyền trẻ em",
                "Quản trị viên đã tạo cho bạn tài khoản \"" + account.getUsername() + "\".\n\n"
                        + "Mở liên kết sau trong vòng 7 ngày để đặt mật khẩu:\n" + link(account, INVITATION_VALID_FOR));
    }

    /** A link, valid for 7 days, with which someone the portal has just admitted sets a password and signs in. */
    public String firstSignInLink(Account account) {
        return link(account, INVITATION_VALID_FOR);
    }

    /** The first sign-in link, leading on to where the person was going when they signed up (a portal path). */
    public String firstSignInLink(Account account, String next) {
        // carried as given: the page that opens the link checks it is a portal path before going there
        String link = link(account, INVITATION_VALID_FOR);
        return next == null || next.isBlank() ? link
                : link + "&tiep=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The account the token opens, if it is known and still valid. */
    public Optional<String> usernameFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return resets.findById(Tokens.hash(token)).filter(r -> r.getExpiresAt().isAfter(Instant.now()))
                .map(PasswordReset::getUsername);
    }

    /** Sets the new password and spends the token; false when the token is unknown or expired. */
    public boolean reset(String token, char[] newPassword) {
        if (newPassword == null || newPassword.length < MIN_PASSWORD) {
            throw new IllegalArgumentException("Mật khẩu cần ít nhất " + MIN_PASSWORD + " ký tự");
        }
        Optional<Account> account = usernameFor(token).flatMap(accounts::findById);
        if (account.isEmpty()) {
            return false;
        }
        account.get().setPasswordHash(PasswordHasher.hash(newPassword));
        accounts.save(account.get());
        resets.deleteByUsername(account.get().getUsername());
        return true;
    }

    private String link(Account account, Duration validFor) {
        String token = Tokens.random();
        resets.insert(new PasswordReset(Tokens.hash(token), account.getUsername(), Instant.now().plus(validFor)));
        return site.url("/tai-khoan/dat-lai-mat-khau.xhtml?ma=" + token);
    }
}
