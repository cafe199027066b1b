package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    static final int MAX_REMEMBERED = 10_000;

    /**
     * API clients send their password with every call; PBKDF2 on each would cost ~0.1 s a request. A correct
     * pair is remembered (as a peppered SHA-256, in memory only) against the hash it matched, so a changed
     * password or a new hash invalidates it at once.
     */
    private final Map<String, String> verified = new ConcurrentHashMap<>();
    private final byte[] pepper = new byte[32];

    {
        new SecureRandom().nextBytes(pepper);
    }

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
        String key = cacheKey(name, password);
        String stored = account.map(Account::getPasswordHash).orElse(DECOY);
        boolean matches = stored.equals(verified.get(key)) || PasswordHasher.matches(password, stored);
        if (account.isPresent() && matches && account.get().isActive()) {
            throttle.succeeded(name);
            remember(key, stored);
            return new SignedIn(account.get());
        }
        throttle.failed(name, address);
        return new Refused();
    }

    private void remember(String key, String passwordHash) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.put(key, passwordHash);
    }

    private String cacheKey(String name, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(pepper);
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
