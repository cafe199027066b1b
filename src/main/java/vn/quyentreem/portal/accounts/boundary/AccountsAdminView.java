package vn.quyentreem.portal.accounts.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;

/** Admins create or invite people, set their roles and lock or unlock their accounts. */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

    @Inject
    transient AccountAdministration administration;

    @Inject
    transient CurrentUser currentUser;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private List<String> roles = new ArrayList<>(List.of(Roles.JOURNALIST));

    public List<Account> getAccounts() {
        return administration.all();
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public String roleLabel(String role) {
        return Roles.label(role);
    }

    public void create() {
        boolean invite = password == null || password.isEmpty();
        if (run(() -> administration.create(username, displayName, email, new HashSet<>(roles), password,
                currentUser.account().orElseThrow()), invite ? "Đã tạo tài khoản và gửi thư mời đặt mật khẩu."
                : "Đã tạo tài khoản.")) {
            username = displayName = email = password = null;
        }
    }

    public void toggleRole(Account account, String role) {
        var next = new HashSet<>(account.getRoles());
        if (!next.remove(role)) {
            next.add(role);
        }
        run(() -> administration.setRoles(account.getUsername(), next, currentUser.account().orElseThrow()),
                "Đã đổi vai trò của " + account.getUsername() + ".");
    }

    public void setActive(Account account, boolean active) {
        run(() -> administration.setActive(account.getUsername(), active, currentUser.account().orElseThrow()),
                (active ? "Đã mở lại" : "Đã khóa") + " tài khoản " + account.getUsername() + ".");
    }

    private boolean run(Supplier<Account> action, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.get();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
            return true;
        } catch (AccountAdministration.Refused e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return false;
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
}
