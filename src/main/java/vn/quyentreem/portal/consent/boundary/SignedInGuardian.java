package vn.quyentreem.portal.consent.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.consent.control.GuardianConsentFlow;
import vn.quyentreem.portal.platform.EmailAddresses;

/**
 * What the entry and nomination pages tell a signed-in parent: whether they may name their own address as the
 * guardian's, and where to answer on the spot when they did.
 */
@Named
@RequestScoped
public class SignedInGuardian {

    @Inject
    CurrentUser currentUser;

    @Inject
    GuardianConsentFlow flow;

    private Boolean known;

    /** A known guardian (see {@link GuardianConsentFlow#answersOnTheSpot}). */
    public boolean isKnown() {
        if (known == null) {
            known = currentUser.account().map(flow::answersOnTheSpot).orElse(false);
        }
        return known;
    }

    public String getEmail() {
        return currentUser.account().map(Account::getEmail).orElse("");
    }

    /** The account named its own mailbox for this entry or nomination, and the answer is still open. */
    public boolean answersHere(String guardianEmail, String consent) {
        return ("PENDING".equals(consent) || "DECLINED".equals(consent))
                && EmailAddresses.sameMailbox(guardianEmail, currentUser.account().map(Account::getEmail).orElse(null));
    }
}
