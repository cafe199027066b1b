package vn.quyentreem.portal.accounts.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;

/** For pages only a signed-in person can use: send a stranger to sign in, and back here afterwards. */
public final class SignedInPages {

    private SignedInPages() {
    }

    public static void sendToSignIn() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String back = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        try {
            external.redirect(ReturnAddress.signInThenTo(back));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }
}
