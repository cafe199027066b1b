package vn.quyentreem.portal.testing;

import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.platform.Leases;
import vn.quyentreem.portal.site.SiteSettings;
import vn.quyentreem.portal.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Stand-ins for the services control classes talk to, for unit tests: nothing leaves the test. */
public final class Fakes {

    private Fakes() {
    }

    /** An active account named {@code name}, at name@example.org, with these roles. */
    public static Account account(String name, String... roles) {
        Account a = new Account();
        a.setUsername(name);
        a.setDisplayName(name);
        a.setEmail(name + "@example.org");
        a.setActive(true);
        a.setRoles(new TreeSet<>(Set.of(roles)));
        return a;
    }

    /** A mailer that keeps what it would send, in order, and erases nothing. */
    public static Mailer mailer(List<OutboxMessage> sent) {
        return new Mailer() {
            @Override
            public OutboxMessage send(String recipient, String subject, String text) {
                OutboxMessage message = new OutboxMessage(recipient, subject, text);
                sent.add(message);
                return message;
            }

            @Override
            public void erase(String recipient, Collection<String> texts, String replacement) {
            }
        };
    }

    /** An audit log that records nothing. */
    public static AuditLog audit() {
        return new AuditLog() {
            @Override
            public void record(String actor, String action, String itemType, String itemId, String itemTitle, String detail) {
            }

            @Override
            public void erase(String itemId, String text, String replacement) {
            }
        };
    }

    /** The portal at https://quyentreem.example. */
    public static SiteSettings site() {
        return new SiteSettings() {
            @Override
            public String url(String path) {
                return "https://quyentreem.example" + path;
            }
        };
    }

    /** Leases held in a map instead of the store: one "node", so exclusive steps still exclude one another. */
    public static Leases leases() {
        ConcurrentMap<String, String> held = new ConcurrentHashMap<>();
        return new Leases() {
            @Override
            public boolean hold(String name, String holder, Duration ttl) {
                return held.putIfAbsent(name, holder) == null || holder.equals(held.get(name));
            }

            @Override
            public void release(String name, String holder) {
                held.remove(name, holder);
            }
        };
    }

    /** A store that answers only {@link Store#firstTime} and {@link Store#forgetExpired}, from a map. */
    public static Store store() {
        ConcurrentMap<String, Instant> kept = new ConcurrentHashMap<>();
        return new Store() {
            @Override
            public boolean firstTime(String collection, String key, Instant keepUntil) {
                return kept.putIfAbsent(collection + "|" + key, keepUntil) == null;
            }

            @Override
            public void forgetExpired(String collection, Instant now) {
                kept.values().removeIf(until -> until.isBefore(now));
            }
        };
    }
}
