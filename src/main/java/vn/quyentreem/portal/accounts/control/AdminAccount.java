package vn.quyentreem.portal.accounts.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Creates the built-in account "admin" on the first start, with PORTAL_ADMIN_PASSWORD or a generated one. */
@ApplicationScoped
public class AdminAccount {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> configuredPassword;

    @Inject
    Accounts accounts;

    void onStart(@Observes @Priority(5) Startup startup) {
        if (accounts.findById(USERNAME).isPresent()) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = PasswordHasher.randomPassword();
        }
        Account admin = new Account();
        admin.setUsername(USERNAME);
        admin.setDisplayName("Quản trị viên");
        admin.setPasswordHash(PasswordHasher.hash(password.toCharArray()));
        admin.setRoles(Set.of("admin", "editor"));
        admin.setActive(true);
        admin.setCreatedAt(Instant.now());
        accounts.insert(admin);
        if (generated) {
            // shown once: the store keeps only the hash
            LOG.warning("Created the account 'admin' with the generated password: " + password
                    + "  (set PORTAL_ADMIN_PASSWORD to choose it; this is the only time it is shown)");
        } else {
            LOG.info("Created the account 'admin' with the password from PORTAL_ADMIN_PASSWORD");
        }
    }
}
