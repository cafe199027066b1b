package vn.quyentreem.portal.accounts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import vn.quyentreem.portal.accounts.control.Authenticator;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One mechanism for the whole portal: the API authenticates each call with a personal token (Bearer) or HTTP
 * Basic and never uses a session; pages sign in through the sign-in form, which keeps the username in the session.
 * Readers are never asked for anything, and no session is opened for them.
 */
@ApplicationScoped
public class PortalAuthentication implements HttpAuthenticationMechanism {

    public static final String SESSION_USER = "portal.user";
    static final String REALM = "Basic realm=\"Cong thong tin\", charset=\"UTF-8\"";
    static final String BEARER_REALM = "Bearer realm=\"Cong thong tin\", error=\"invalid_token\"";
    /** Set on a request a token authenticated: what such a request may do is less (it may not make tokens). */
    public static final String VIA_TOKEN = "portal.viaToken";

    @Inject
    Authenticator authenticator;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).strip(), request, response, context);
        }
        // a token opens the API only: on a page it is not looked at, and the session decides as for anyone
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request)) {
            return bearer(header.substring(7).strip(), request, response, context);
        }
        if (isApi(request)) {
            return context.doNothing();
        }
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            return form(form, request, context);
        }
        HttpSession session = request.getSession(false);
        Object username = session == null ? null : session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<Account> account = accounts.findById(username.toString()).filter(Account::isActive);
            if (account.isPresent()) {
                return context.notifyContainerAboutLogin(account.get().getUsername(), account.get().getRoles());
            }
            // deactivated since signing in: the session no longer counts
            session.invalidate();
        }
        return context.doNothing();
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return malformed(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return malformed(response, context);
        }
        Authenticator.Outcome outcome = authenticator.signIn(decoded.substring(0, colon),
                decoded.substring(colon + 1).toCharArray(), request.getRemoteAddr());
        if (outcome instanceof Authenticator.SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.account().getUsername(), signedIn.account().getRoles());
        }
        return refused(outcome, response, context, REALM, "Tên đăng nhập hoặc mật khẩu không đúng");
    }

    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        Authenticator.Outcome outcome = authenticator.signInWithToken(token, request.getRemoteAddr());
        if (outcome instanceof Authenticator.SignedIn signedIn) {
            request.setAttribute(VIA_TOKEN, Boolean.TRUE);
            return context.notifyContainerAboutLogin(signedIn.account().getUsername(), signedIn.account().getRoles());
        }
        return refused(outcome, response, context, BEARER_REALM,
                "Mã truy cập không đúng, đã bị thu hồi, hoặc tài khoản của nó đã bị khóa");
    }

    private static AuthenticationStatus refused(Authenticator.Outcome outcome, HttpServletResponse response,
                                                HttpMessageContext context, String challenge, String message) {
        if (outcome instanceof Authenticator.Throttled throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            return error(response, context, 429, throttled.message());
        }
        response.setHeader("WWW-Authenticate", challenge);
        return error(response, context, 401, message);
    }

    private AuthenticationStatus form(UsernamePasswordCredential credential, HttpServletRequest request,
                                      HttpMessageContext context) {
        Authenticator.Outcome outcome = authenticator.signIn(credential.getCaller(),
                credential.getPassword().getValue(), request.getRemoteAddr());
        if (outcome instanceof Authenticator.SignedIn signedIn) {
            request.getSession(true);
            // a fresh session id after signing in, so a planted one is worthless
            request.changeSessionId();
            request.getSession().setAttribute(SESSION_USER, signedIn.account().getUsername());
            return context.notifyContainerAboutLogin(signedIn.account().getUsername(), signedIn.account().getRoles());
        }
        request.setAttribute(SignInOutcome.ATTRIBUTE, outcome);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus malformed(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", REALM);
        return error(response, context, 401, "Thông tin đăng nhập không đúng định dạng HTTP Basic");
    }

    private static AuthenticationStatus error(HttpServletResponse response, HttpMessageContext context,
                                              int status, String message) {
        try {
            response.setStatus(status);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write("{\"error\":\"" + message.replace("\"", "'") + "\"}");
            // committed here, so the container cannot turn the refusal into an error page of its own
            response.flushBuffer();
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
