package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.platform.AddressLimits;
import vn.quyentreem.portal.platform.EmailAddresses;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Anyone may open an account, e.g. to enter a contest. The account gets no role and no usable password: the only way
 * in is the link mailed to the address, so every such account has a verified e-mail. The answer is the same whether
 * or not the address already had an account, so the form tells nobody who is registered.
 */
@ApplicationScoped
public class AccountSignUp {

    @Inject
    Accounts accounts;

    @Inject
    AccountAdministration administration;

    @Inject
    PasswordResetService passwords;

    @Inject
    Mailer mailer;

    /** Per network address and per e-mail: enough for a family or a class, too few to flood someone's mailbox. */
    private final AddressLimits limits = new AddressLimits(5, 20);

    /** The normalised address the mail went to. */
    public String signUp(String displayName, String email, String address) {
        return signUp(displayName, email, address, null);
    }

    /** As above; the mailed link leads on to next (a portal path), where the person was going. */
    public String signUp(String displayName, String email, String address, String next) {
        String name = AccountAdministration.displayName(displayName);
        if (name.isEmpty()) {
            throw new AccountAdministration.Refused("displayName", "Hãy ghi tên hiển thị (tối đa "
                    + AccountAdministration.MAX_DISPLAY_NAME + " ký tự)");
        }
        String mail = email == null ? "" : EmailAddresses.normalize(email);
        if (!EmailAddresses.isValid(mail)) {
            throw new AccountAdministration.Refused("email", "Địa chỉ e-mail không hợp lệ");
        }
        Instant now = Instant.now();
        if (!limits.allow("ip:" + address, now) || !limits.allow("mail:" + mail, now)) {
            throw new AccountAdministration.Refused(429, "Có quá nhiều yêu cầu tạo tài khoản; hãy thử lại sau ít phút");
        }
        Optional<Account> existing = accounts.findAll().filter(a -> mail.equalsIgnoreCase(a.getEmail())).findFirst();
        if (existing.isPresent()) {
            passwords.requestReset(mail); // the owner gets a way back in; a stranger learns nothing
            return mail;
        }
        Account account = administration.enrol(mail, name, Set.of(), "tự đăng ký").account();
        mailer.send(mail, "Kích hoạt tài khoản cổng thông tin Hội Bảo vệ quyền trẻ em",
                "Chào " + name + ",\n\nBạn (hoặc ai đó dùng e-mail này) vừa tạo tài khoản \"" + account.getUsername()
                        + "\". Mở liên kết sau trong vòng 7 ngày để đặt mật khẩu; việc này cũng xác nhận e-mail của bạn:\n"
                        + passwords.firstSignInLink(account, next)
                        + "\n\nNếu không phải bạn, hãy bỏ qua thư này: tài khoản không dùng được khi chưa đặt mật khẩu.");
        return mail;
    }
}
