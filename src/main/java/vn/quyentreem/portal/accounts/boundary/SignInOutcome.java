package vn.quyentreem.portal.accounts.boundary;

/** Where the mechanism leaves the reason a form sign-in failed, for the sign-in page to explain. */
final class SignInOutcome {

    static final String ATTRIBUTE = "portal.signInOutcome";

    private SignInOutcome() {
    }
}
