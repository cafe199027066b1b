package vn.quyentreem.portal.accounts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.control.PasswordResetService;

/** "Forgot password" and "set a new password" pages. View-scoped, so the token outlives the form's round trips. */
@Named
@ViewScoped
public class PasswordResetView implements java.io.Serializable {

    @Inject
    transient PasswordResetService resets;

    private String who;
    private String token;
    private String password;
    private String repeat;
    private boolean done;
    private String next;

    @Inject
    transient jakarta.security.enterprise.SecurityContext security;

    public void request() {
        resets.requestReset(who);
        done = true;
    }

    public boolean isTokenValid() {
        return resets.usernameFor(token).isPresent();
    }

    public void reset() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password == null || !password.equals(repeat)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Hai lần nhập mật khẩu không khớp.", null));
            return;
        }
        try {
            String username = resets.usernameFor(token).orElse(null);
            done = resets.reset(token, password.toCharArray());
            if (done && username != null && next != null
                    && SignInView.signIn(security, username, password) == AuthenticationStatus.SUCCESS) {
                // a new account on its way somewhere (a contest's entry form): signed in and taken there at once
                faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                        + ReturnAddress.of(next, java.util.Set.of()));
                faces.responseComplete();
                return;
            }
            if (!done) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "Liên kết đã hết hạn hoặc đã được dùng. Hãy yêu cầu liên kết mới.", null));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getWho() { return who; }
    public void setWho(String who) { this.who = who; }
    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getRepeat() { return repeat; }
    public void setRepeat(String repeat) { this.repeat = repeat; }
    public boolean isDone() { return done; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
