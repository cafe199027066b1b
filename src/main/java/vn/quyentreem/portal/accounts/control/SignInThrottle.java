package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing, per account and per address. After a few failures each further attempt
 * must wait twice as long as the last, up to a cap; nothing is locked for good, and success clears the account.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;
    static final int FREE_ADDRESS_FAILURES = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must still wait before this account may be tried from this address; zero when free. */
    public Duration waitBefore(String username, String address) {
        Duration account = wait("u:" + normalize(username), FREE_ACCOUNT_FAILURES);
        Duration ip = wait("ip:" + address, FREE_ADDRESS_FAILURES);
        return account.compareTo(ip) >= 0 ? account : ip;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {"u:" + normalize(username), "ip:" + address}) {
            failures.merge(key, new Failures(1, now), (old, one) ->
                    expired(old, now) ? one : new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String username) {
        failures.remove("u:" + normalize(username));
    }

    private Duration wait(String key, int free) {
        Failures f = failures.get(key);
        Instant now = clock.instant();
        if (f == null || expired(f, now) || f.count() < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        if (delay.compareTo(MAX_WAIT) > 0) {
            delay = MAX_WAIT;
        }
        Duration left = Duration.between(now, f.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static boolean expired(Failures f, Instant now) {
        return f.last().plus(FORGET_AFTER).isBefore(now);
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
