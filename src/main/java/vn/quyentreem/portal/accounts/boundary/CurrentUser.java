package vn.quyentreem.portal.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;

import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in person for this request, with roles as the store holds them now:
 * the portal's own role checks read these, not the container's role mapping.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty()
                    : accounts.findById(principal.getName()).filter(Account::isActive);
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getUsername() {
        return account().map(Account::getUsername).orElse(null);
    }

    public String getDisplayName() {
        return account().map(a -> a.getDisplayName() == null || a.getDisplayName().isBlank()
                ? a.getUsername() : a.getDisplayName()).orElse("");
    }

    public boolean hasRole(String role) {
        return account().map(a -> a.getRoles().contains(role)).orElse(false);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** Editors and admins may do everything editorial. */
    public boolean isEditor() {
        return account().map(a -> Roles.editorial(a.getRoles())).orElse(false);
    }

    /** Anyone who may write: journalists, editors and admins. */
    public boolean isWriter() {
        return hasRole(Roles.JOURNALIST) || isEditor();
    }
}
