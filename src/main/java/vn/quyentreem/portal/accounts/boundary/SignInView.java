package vn.quyentreem.portal.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
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
    Authenticator authenticator;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = signIn(security, username, password);
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

    /** Signs in through the portal's one mechanism, as the form does; also the first sign-in of a new account. */
    static AuthenticationStatus signIn(SecurityContext security, String username, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return security.authenticate((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(
                        new UsernamePasswordCredential(username == null ? "" : username, new Password(password == null ? "" : password))));
    }

    String safeNext() {
        return ReturnAddress.of(next, authenticator.named(username).map(Account::getRoles).orElse(Set.of()));
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    /** The return address as a query value, for links that carry it on (to sign-up and back). */
    public String getNextEncoded() {
        return ReturnAddress.encoded(next);
    }
    public void setNext(String next) { this.next = next; }
}
