package vn.quyentreem.portal.accounts.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.accounts.control.AccountSignUp;
import vn.quyentreem.portal.site.FacesMessages;

import java.io.Serializable;

/** /tai-khoan/dang-ky.xhtml: open an account with a verified e-mail. */
@Named
@ViewScoped
public class SignUpView implements Serializable {

    @Inject
    transient AccountSignUp signUp;

    private String displayName;
    private String email;
    private String sentTo;
    private String next;

    public void submit() {
        try {
            sentTo = signUp.signUp(displayName, email,
                    ((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                            .getExternalContext().getRequest()).getRemoteAddr(), next);
        } catch (AccountAdministration.Refused e) {
            FacesMessages.refused(e, FacesMessages.inputs("dang-ky", "displayName", "ten", "email", "email"));
        }
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getSentTo() { return sentTo; }
    public String getNext() { return next; }
    /** The return address as a query value, for links that carry it on (to sign-up and back). */
    public String getNextEncoded() {
        return ReturnAddress.encoded(next);
    }
    public void setNext(String next) { this.next = next; }
}
