package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;

import java.time.Duration;
import java.util.Optional;

/** Checks a username and password against the accounts in the store, under the sign-in throttle. */
@ApplicationScoped
public class Authenticator {

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {
    }

    public record SignedIn(Account account) implements Outcome {
    }

    public record Refused() implements Outcome {
    }

    public record Throttled(Duration retryAfter) implements Outcome {
    }

    // hashed once so that an unknown username costs as much time as a wrong password
    private static final String DECOY = PasswordHasher.hash("decoy".toCharArray());

    @Inject
    Accounts accounts;

    @Inject
    SignInThrottle throttle;

    public Outcome signIn(String username, char[] password, String address) {
        String name = username == null ? "" : username.strip().toLowerCase();
        Duration wait = throttle.waitBefore(name, address);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        Optional<Account> account = name.isEmpty() ? Optional.empty() : accounts.findById(name);
        boolean matches = PasswordHasher.matches(password, account.map(Account::getPasswordHash).orElse(DECOY));
        if (account.isPresent() && matches && account.get().isActive()) {
            throttle.succeeded(name);
            return new SignedIn(account.get());
        }
        throttle.failed(name, address);
        return new Refused();
    }
}
