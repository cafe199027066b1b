package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down password and token guessing per client address, and per account from one address. After a few failures
 * each further attempt must wait twice as long as the last, up to a cap; nothing is locked for good.
 * <p>
 * There is deliberately no wait for an account as such: it let anyone keep the admin out with a wrong guess now and
 * then. Failures on one account from all addresses only mark it as under attack, and then each address gets one
 * free failure on it instead of five. An address that has not failed on the account is never held back by
 * others' failures, so however hard the account is attacked its owner can sign in from anywhere they have not
 * themselves just mistyped, at the price of shorter patience with their own typos there.
 * <p>
 * Kept in memory, each kind of counter bounded: entries go once their window has passed, and beyond the cap the
 * one whose last failure is oldest goes first, so a flood of addresses evicts its own kind, not an account
 * under attack now. A restart forgets, which only ever errs towards letting people in.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FREE_PAIR_FAILURES = 5;
    /** Higher than per account: a school or an office signs in through one address. */
    static final int FREE_ADDRESS_FAILURES = 20;
    static final int UNDER_ATTACK_FAILURES = 20;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 10_000;

    private final Counters addresses = new Counters();
    private final Counters pairs = new Counters();
    private final Counters accounts = new Counters();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long the caller must still wait before this account may be tried from this address; zero when free.
     * With a null account (an API token, which names none) only the address counts.
     */
    public Duration waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration byAddress = wait(addresses.get(address(address), now), FREE_ADDRESS_FAILURES, now);
        if (account == null) {
            return byAddress;
        }
        Failures onAccount = accounts.get(normalize(account), now);
        int free = onAccount != null && onAccount.count() >= UNDER_ATTACK_FAILURES ? 1 : FREE_PAIR_FAILURES;
        Duration byPair = wait(pairs.get(pair(account, address), now), free, now);
        return byPair.compareTo(byAddress) >= 0 ? byPair : byAddress;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        addresses.fail(address(address), now);
        if (account != null) {
            pairs.fail(pair(account, address), now);
            accounts.fail(normalize(account), now);
        }
    }

    /**
     * Clears the account's failures from this address only: neither the account's others (the attack goes on) nor
     * the address's (or one own account would let an address guess others' passwords on and on).
     */
    public void succeeded(String account, String address) {
        pairs.clear(pair(account, address));
    }

    /** Entries held now, of each kind together. */
    int size() {
        return addresses.size() + pairs.size() + accounts.size();
    }

    private static Duration wait(Failures f, int free, Instant now) {
        if (f == null || f.count() < free) {
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

    private static String pair(String account, String address) {
        return normalize(account) + "\n" + address(address);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }

    private record Failures(int count, Instant last) {
        boolean expired(Instant now) {
            return last.plus(FORGET_AFTER).isBefore(now);
        }
    }

    /** Failures per key, in the order of their last failure, so the stalest entry is always the first. */
    private static final class Counters {

        private final Map<String, Failures> byKey = new LinkedHashMap<>();

        synchronized Failures get(String key, Instant now) {
            Failures f = byKey.get(key);
            return f == null || f.expired(now) ? null : f;
        }

        synchronized void fail(String key, Instant now) {
            Failures old = byKey.remove(key);
            byKey.put(key, old == null || old.expired(now) ? new Failures(1, now) : new Failures(old.count() + 1, now));
            Iterator<Failures> stalest = byKey.values().iterator();
            while (stalest.hasNext()) {
                Failures f = stalest.next();
                if (!f.expired(now) && byKey.size() <= MAX_ENTRIES) {
                    break;
                }
                stalest.remove();
            }
        }

        synchronized void clear(String key) {
            byKey.remove(key);
        }

        synchronized int size() {
            return byKey.size();
        }
    }
}
