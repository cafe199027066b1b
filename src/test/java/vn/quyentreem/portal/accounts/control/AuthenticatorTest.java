package vn.quyentreem.portal.accounts.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passwords against the store: old hashes upgraded while the password is at hand. */
class AuthenticatorTest {

    private static final String OLD_PASSWORD = "Mật khẩu cũ 2024";
    /** As the portal stored hashes before: PBKDF2-HMAC-SHA256, 210,000 iterations (made with Python's hashlib). */
    private static final String OLD_HASH = "pbkdf2-sha256$210000$bXVvaS1zYXUtYnl0ZSEhIQ$rRxGlW22KYsWTBKMEHdg4zQ3vpwRBsFuKFKDrURrpPI";

    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final Authenticator authenticator = new Authenticator();

    @BeforeEach
    void wire() {
        authenticator.accounts = accountRows.as(Accounts.class);
        authenticator.throttle = new SignInThrottle();
        authenticator.store = accountRows.asStore();
        account("lan", OLD_HASH, true);
    }

    private Account account(String username, String hash, boolean active) {
        Account account = new Account();
        account.setUsername(username);
        account.setPasswordHash(hash);
        account.setRoles(Set.of("journalist"));
        account.setActive(active);
        accountRows.rows.put(username, account);
        return account;
    }

    private String storedHash() {
        return accountRows.rows.get("lan").getPasswordHash();
    }

    @Test
    void anOldHashVerifiesAndIsUpgradedOnSignIn() {
        assertInstanceOf(Authenticator.SignedIn.class, authenticator.signIn("lan", OLD_PASSWORD.toCharArray(), "10.0.0.1"));

        String upgraded = storedHash();
        assertTrue(upgraded.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), upgraded);
        assertTrue(PasswordHasher.matches(OLD_PASSWORD.toCharArray(), upgraded));
        assertInstanceOf(Authenticator.SignedIn.class, authenticator.signIn("LAN", OLD_PASSWORD.toCharArray(), "10.0.0.2"),
                "and the password still opens the account");
        assertEquals(upgraded, storedHash(), "a current hash is not made again");
    }

    @Test
    void aWrongPasswordOnAnOldHashFailsAndUpgradesNothing() {
        assertInstanceOf(Authenticator.Refused.class, authenticator.signIn("lan", "Mật khẩu cũ 2025".toCharArray(), "10.0.0.1"));
        assertEquals(OLD_HASH, storedHash());

        authenticator.signIn("lan", OLD_PASSWORD.toCharArray(), "10.0.0.1");
        assertNotEquals(OLD_HASH, storedHash(), "the right one, next, does");
    }

    @Test
    void aLockedAccountIsNotUpgradedEither() {
        accountRows.rows.get("lan").setActive(false);
        assertInstanceOf(Authenticator.Refused.class, authenticator.signIn("lan", OLD_PASSWORD.toCharArray(), "10.0.0.1"));
        assertEquals(OLD_HASH, storedHash());
    }

    @Test
    void theThrottledAreToldInVietnameseHowLongToWait() {
        assertEquals("Bạn đã thử sai quá nhiều lần, hãy thử lại sau 15 phút.",
                new Authenticator.Throttled(Duration.ofMinutes(15)).message());
        assertEquals("Bạn đã thử sai quá nhiều lần, hãy thử lại sau 2 phút.",
                new Authenticator.Throttled(Duration.ofSeconds(61)).message());
        assertEquals("Bạn đã thử sai quá nhiều lần, hãy thử lại sau 8 giây.",
                new Authenticator.Throttled(Duration.ofSeconds(8)).message());
        assertEquals(1, new Authenticator.Throttled(Duration.ofMillis(300)).retryAfterSeconds());
    }
}
