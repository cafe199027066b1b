package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.platform.Choices;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What admins do with accounts: create or invite, set roles, deactivate and reactivate. */
@ApplicationScoped
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Longer than any real name; a name of a million characters once stretched the accounts page over millions of pixels. */
    public static final int MAX_DISPLAY_NAME = 120;

    /** A request that cannot be carried out, with the reason in Vietnamese. */
    public static class Refused extends Refusal {

        public Refused(int status, String message) {
            super(status, message);
        }

        /** Bad input in one field, named as the API names it. */
        public Refused(String field, String message) {
            super(400, List.of(new Problem(field, message)));
        }
    }

    @Inject
    Accounts accounts;

    @Inject
    PasswordResetService resets;

    @Inject
    AuditLog audit;

    public List<Account> all() {
        return accounts.findAll().sorted(Comparator.comparing(Account::getUsername)).toList();
    }

    /** Creates an account; without a password, an invitation to set one is e-mailed. */
    public Account create(String username, String displayName, String email, Set<String> roles, String password,
                          Account admin) {
        requireAdmin(admin);
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new Refused("username", "Tên đăng nhập gồm 3–32 chữ thường không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang");
        }
        if (accounts.findById(name).isPresent()) {
            throw new Refused(409, "Tên đăng nhập \"" + name + "\" đã có người dùng");
        }
        String mail = email == null ? "" : email.strip();
        if (!EMAIL.matcher(mail).matches()) {
            throw new Refused("email", "Địa chỉ e-mail không hợp lệ");
        }
        if (password != null && !password.isEmpty() && password.length() < PasswordResetService.MIN_PASSWORD) {
            throw new Refused("password", "Mật khẩu cần ít nhất " + PasswordResetService.MIN_PASSWORD + " ký tự");
        }
        String shown = displayName(displayName);
        Account account = new Account();
        account.setUsername(name);
        account.setDisplayName(shown.isEmpty() ? name : shown);
        account.setEmail(mail);
        account.setRoles(checkedRoles(roles));
        account.setActive(true);
        account.setCreatedAt(Instant.now());
        boolean invite = password == null || password.isEmpty();
        account.setPasswordHash(PasswordHasher.hash((invite ? PasswordHasher.randomPassword() : password).toCharArray()));
        accounts.insert(account);
        audit.record(admin.getUsername(), invite ? "mời tài khoản" : "tạo tài khoản", "account", name, name,
                String.join(",", account.getRoles()));
        if (invite) {
            resets.invite(account);
        }
        return account;
    }

    /**
     * A display name as typed, its spaces tidied; empty when none was given.
     *
     * @throws Refused (400) when it is longer than {@link #MAX_DISPLAY_NAME} characters
     */
    public static String displayName(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            throw new Refused("displayName", "Họ tên hiển thị dài tối đa " + MAX_DISPLAY_NAME + " ký tự");
        }
        return name;
    }

    /** What {@link #enrol} did: the account, whether it is new, and which roles it did not have before. */
    public record Enrolment(Account account, boolean created, Set<String> addedRoles) {
    }

    /**
     * Gives the person with this e-mail address the roles, on their existing account or on a new one with a
     * username made from the address and no usable password (they set one through an e-mailed link). Used when
     * the portal admits someone, e.g. an approved club member; roles are only ever added here.
     */
    public Enrolment enrol(String email, String displayName, Set<String> roles, String actor) {
        Set<String> wanted = checkedRoles(roles);
        Optional<Account> existing = accounts.findAll()
                .filter(a -> a.getEmail() != null && a.getEmail().equalsIgnoreCase(email)).findFirst();
        if (existing.isPresent()) {
            Account account = existing.get();
            if (!account.isActive()) {
                throw new Refused(409, "Tài khoản " + account.getUsername() + " gắn với e-mail này đang bị khóa; "
                        + "hãy nhờ quản trị viên mở lại trước");
            }
            Set<String> added = new TreeSet<>(wanted);
            added.removeAll(account.getRoles());
            if (!added.isEmpty()) {
                Set<String> all = new TreeSet<>(account.getRoles());
                all.addAll(added);
                account.setRoles(all);
                accounts.save(account);
                audit.record(actor, "thêm vai trò", "account", account.getUsername(), account.getUsername(),
                        String.join(",", added));
            }
            return new Enrolment(account, false, added);
        }
        Account account = new Account();
        account.setUsername(freeUsername(email));
        account.setDisplayName(displayName);
        account.setEmail(email);
        account.setRoles(wanted);
        account.setActive(true);
        account.setCreatedAt(Instant.now());
        account.setPasswordHash(PasswordHasher.hash(PasswordHasher.randomPassword().toCharArray()));
        accounts.insert(account);
        audit.record(actor, "tạo tài khoản", "account", account.getUsername(), account.getUsername(),
                String.join(",", wanted));
        return new Enrolment(account, true, wanted);
    }

    /** Takes roles away again, e.g. when a membership runs out. */
    public void withdrawRoles(String username, Set<String> roles, String actor) {
        accounts.findById(username).ifPresent(account -> {
            Set<String> kept = new TreeSet<>(account.getRoles());
            if (kept.removeAll(roles)) {
                account.setRoles(kept);
                accounts.save(account);
                audit.record(actor, "bỏ vai trò", "account", username, username, String.join(",", roles));
            }
        });
    }

    private String freeUsername(String email) {
        String local = email.substring(0, email.indexOf('@')).toLowerCase().replaceAll("[^a-z0-9._-]", "-")
                .replaceAll("^[^a-z0-9]+", "");
        String base = local.length() < 3 ? "hoi-vien-" + local : local.substring(0, Math.min(28, local.length()));
        String name = base;
        for (int n = 2; accounts.findById(name).isPresent(); n++) {
            name = base + n;
        }
        return name;
    }

    public Account setRoles(String username, Set<String> roles, Account admin) {
        requireAdmin(admin);
        Account account = find(username);
        Set<String> checked = checkedRoles(roles);
        if (account.getUsername().equals(admin.getUsername()) && !checked.contains(Roles.ADMIN)) {
            throw new Refused(409, "Bạn không thể tự bỏ quyền quản trị của chính mình");
        }
        account.setRoles(checked);
        accounts.save(account);
        audit.record(admin.getUsername(), "đổi vai trò", "account", account.getUsername(), account.getUsername(),
                String.join(",", checked));
        return account;
    }

    public Account setActive(String username, boolean active, Account admin) {
        requireAdmin(admin);
        Account account = find(username);
        if (!active && account.getUsername().equals(admin.getUsername())) {
            throw new Refused(409, "Bạn không thể tự khóa tài khoản của chính mình");
        }
        account.setActive(active);
        accounts.save(account);
        audit.record(admin.getUsername(), active ? "mở lại tài khoản" : "khóa tài khoản", "account",
                account.getUsername(), account.getUsername(), null);
        return account;
    }

    private Account find(String username) {
        return accounts.findById(username == null ? "" : username.strip().toLowerCase())
                .orElseThrow(() -> new Refused(404, "Không có tài khoản " + username));
    }

    private static Set<String> checkedRoles(Set<String> roles) {
        Set<String> checked = new TreeSet<>();
        for (String role : roles == null ? Set.<String>of() : roles) {
            if (!Choices.isOneOf(role, Roles.ALL)) {
                throw new Refused(400, "Vai trò không hợp lệ: " + role);
            }
            checked.add(role);
        }
        return checked;
    }

    private static void requireAdmin(Account admin) {
        if (admin == null || !admin.getRoles().contains(Roles.ADMIN)) {
            throw new Refused(403, "Chỉ quản trị viên được quản lý tài khoản");
        }
    }
}
