package vn.quyentreem.portal.accounts.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.ApiToken;
import vn.quyentreem.portal.accounts.entity.ApiTokens;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.audit.entity.AuditEntries;
import vn.quyentreem.portal.audit.entity.AuditEntry;
import vn.quyentreem.portal.testing.Fields;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Passwords and tokens against the store: old hashes upgraded while the password is at hand, tokens as their owner. */
class AuthenticatorTest {

    private static final String OLD_PASSWORD = "Mật khẩu cũ 2024";
    /** As the portal stored hashes before: PBKDF2-HMAC-SHA256, 210,000 iterations (made with Python's hashlib). */
    private static final String OLD_HASH = "pbkdf2-sha256$210000$bXVvaS1zYXUtYnl0ZSEhIQ$rRxGlW22KYsWTBKMEHdg4zQ3vpwRBsFuKFKDrURrpPI";

    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final InMemoryRepository<ApiToken> tokenRows = new InMemoryRepository<>(ApiToken::getId);
    private final Authenticator authenticator = new Authenticator();
    private final ApiTokenService tokens = new ApiTokenService();

    @BeforeEach
    void wire() {
        AuditLog audit = Fields.set(new AuditLog(), "entries",
                new InMemoryRepository<>(AuditEntry::getId).as(AuditEntries.class));
        tokens.tokens = tokenRows.as(ApiTokens.class);
        tokens.accounts = accountRows.as(Accounts.class);
        tokens.audit = audit;
        tokens.store = tokenRows.asStore();
        authenticator.accounts = accountRows.as(Accounts.class);
        authenticator.throttle = new SignInThrottle();
        authenticator.store = accountRows.asStore();
        authenticator.tokens = tokens;
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
    void aTokenSignsInAsItsOwnerUntilRevoked() {
        Account lan = accountRows.rows.get("lan");
        ApiTokenService.Issued issued = tokens.create(lan, "Script đăng bài tự động");

        var outcome = authenticator.signInWithToken(issued.secret(), "10.0.0.1");
        assertEquals("lan", assertInstanceOf(Authenticator.SignedIn.class, outcome).account().getUsername());
        assertTrue(tokenRows.rows.get(issued.token().getId()).getLastUsedAt() != null, "its use is recorded");

        tokens.revoke(lan, issued.token().getId());
        assertInstanceOf(Authenticator.Refused.class, authenticator.signInWithToken(issued.secret(), "10.0.0.1"));
    }

    @Test
    void aLockedAccountsTokensStopWorking() {
        ApiTokenService.Issued issued = tokens.create(accountRows.rows.get("lan"), "Script");
        accountRows.rows.get("lan").setActive(false);
        assertInstanceOf(Authenticator.Refused.class, authenticator.signInWithToken(issued.secret(), "10.0.0.1"));
    }

    @Test
    void guessingTokensIsThrottledPerAddress() {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            assertInstanceOf(Authenticator.Refused.class, authenticator.signInWithToken("doan-" + i, "10.0.0.66"));
        }
        ApiTokenService.Issued issued = tokens.create(accountRows.rows.get("lan"), "Script");
        assertInstanceOf(Authenticator.Throttled.class, authenticator.signInWithToken(issued.secret(), "10.0.0.66"));
        assertInstanceOf(Authenticator.SignedIn.class, authenticator.signInWithToken(issued.secret(), "10.0.0.7"));
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

    @Test
    void theLastUseIsRecordedAtMostOnceAMinute() {
        ApiTokenService.Issued issued = tokens.create(accountRows.rows.get("lan"), "Script");
        ApiToken row = tokenRows.rows.get(issued.token().getId());
        Fields.set(row, "lastUsedAt", Instant.now().minusSeconds(30).toEpochMilli());
        Instant recent = row.getLastUsedAt();
        authenticator.signInWithToken(issued.secret(), "10.0.0.1");
        assertEquals(recent, row.getLastUsedAt(), "no store write for a use within the minute");

        Fields.set(row, "lastUsedAt", Instant.now().minusSeconds(90).toEpochMilli());
        authenticator.signInWithToken(issued.secret(), "10.0.0.1");
        assertTrue(row.getLastUsedAt().isAfter(Instant.now().minusSeconds(5)));
    }
}
