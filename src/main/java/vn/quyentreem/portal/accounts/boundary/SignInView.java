package vn.quyentreem.portal.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.quyentreem.portal.accounts.control.Authenticator;

import java.io.IOException;
import java.util.Set;

/** The sign-in form. On success it returns the person to the page they wanted, inside the portal only. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(
                        new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + safeNext());
            faces.responseComplete();
            return;
        }
        Object outcome = request.getAttribute(SignInOutcome.ATTRIBUTE);
        String message = outcome instanceof Authenticator.Throttled t ? t.message()
                : "Tên đăng nhập hoặc mật khẩu không đúng.";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        password = null;
    }

    /**
     * Only a path inside the portal: "//evil.example" or "https://…" would send people elsewhere, and a line break
     * (a crafted "?tiep=%0A" link) cannot go into a Location header at all.
     */
    String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.length() <= 2_000 && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
            return next;
        }
        // the place each person works: writers at the desk, judges at the jury's page, entrants at their entries
        Set<String> roles = accounts.findById(username == null ? "" : username.strip().toLowerCase())
                .map(Account::getRoles).orElse(Set.of());
        if (roles.contains(Roles.JOURNALIST) || roles.contains(Roles.EDITOR) || roles.contains(Roles.ADMIN)) {
            return "/bien-tap/index.xhtml";
        }
        return roles.contains(Roles.JURY) ? "/giam-khao/index.xhtml" : "/du-thi/bai-cua-toi.xhtml";
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
