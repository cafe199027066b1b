package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.store.Store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

/**
 * Checks a username and password, or an API token, against the store, under the sign-in throttle. A password that
 * matches a hash made with older parameters is hashed again with today's, while it is at hand.
 */
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

        public long retryAfterSeconds() {
            return Math.max(1, retryAfter.toSeconds());
        }

        /** What the person is told, on the sign-in page and in the API's error. */
        public String message() {
            long seconds = retryAfterSeconds();
            return "Bạn đã thử sai quá nhiều lần, hãy thử lại sau "
                    + (seconds < 60 ? seconds + " giây" : (seconds + 59) / 60 + " phút") + ".";
        }
    }

    // hashed once so that an unknown username costs as much time as a wrong password
    private static final String DECOY = PasswordHasher.hash("decoy".toCharArray());

    static final int MAX_REMEMBERED = 10_000;

    /**
     * API clients send their password with every call; PBKDF2 on each would cost ~0.16 s a request. A correct
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

    @Inject
    ApiTokenService tokens;

    @Inject
    Store store;

    public Outcome signIn(String username, char[] password, String address) {
        String name = username == null ? "" : username.strip().toLowerCase();
        Duration wait = throttle.waitBefore(name, address);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        Optional<Account> account = named(name);
        String key = cacheKey(name, password);
        String stored = account.map(Account::getPasswordHash).orElse(DECOY);
        boolean matches = stored.equals(verified.get(key)) || PasswordHasher.matches(password, stored);
        if (account.isPresent() && matches && account.get().isActive()) {
            throttle.succeeded(name, address);
            remember(key, upgraded(account.get(), password));
            return new SignedIn(account.get());
        }
        throttle.failed(name, address);
        return new Refused();
    }

    /**
     * The account a person means: their username, or the e-mail address they signed up with (readers and parents
     * know their address, not the username the portal made for them). An address shared by several accounts names
     * none of them.
     */
    public Optional<Account> named(String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (!name.contains("@")) {
            return accounts.findById(name);
        }
        java.util.List<Account> byEmail = accounts.findByEmail(name);
        if (byEmail.isEmpty()) {
            // addresses typed by admins keep their case
            byEmail = accounts.findAll().filter(a -> name.equalsIgnoreCase(a.getEmail())).limit(2).toList();
        }
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
    }

    /** A token names no account before it is looked up, so only its address is throttled. */
    public Outcome signInWithToken(String token, String address) {
        Duration wait = throttle.waitBefore(null, address);
        if (!wait.isZero()) {
            return new Throttled(wait);
        }
        Optional<Account> account = tokens.account(token);
        if (account.isPresent()) {
            return new SignedIn(account.get());
        }
        throttle.failed(null, address);
        return new Refused();
    }

    /** The account's hash after this sign-in: today's, if the one just matched was older and still stored. */
    private String upgraded(Account account, char[] password) {
        String old = account.getPasswordHash();
        if (!PasswordHasher.isOutdated(old)) {
            return old;
        }
        String current = PasswordHasher.hash(password);
        // only over the hash just matched: a password changed meanwhile stays, and a lost race upgrades next time
        if (!store.transition("accounts", account.getUsername(), "passwordHash", old, current)) {
            return old;
        }
        account.setPasswordHash(current);
        return current;
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
