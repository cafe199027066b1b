package vn.quyentreem.portal.club.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.club.entity.ClubChanged;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.club.entity.ClubMembers;
import vn.quyentreem.portal.mail.control.Mailer;
import vn.quyentreem.portal.mail.entity.OutboxMessage;
import vn.quyentreem.portal.site.SiteSettings;
import vn.quyentreem.portal.testing.Events;
import vn.quyentreem.portal.testing.Fakes;
import vn.quyentreem.portal.testing.Fields;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily round and renewal, across the last day of a membership, on the real rules with in-memory stores. */
class MembershipsTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2027, 11, 21);

    private final InMemoryRepository<ClubMember> memberRows = new InMemoryRepository<>(ClubMember::getId);
    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final List<OutboxMessage> sent = new ArrayList<>();
    private final List<Object> fired = new ArrayList<>();
    private final Memberships memberships = new Memberships();

    @BeforeEach
    void wire() {
        AuditLog audit = Fakes.audit();
        Mailer mailer = Fakes.mailer(sent);
        SiteSettings site = Fakes.site();
        AccountAdministration accounts = new AccountAdministration();
        Fields.set(accounts, "accounts", accountRows.as(Accounts.class));
        Fields.set(accounts, "audit", audit);
        memberships.leases = Fakes.leases();
        memberships.members = memberRows.as(ClubMembers.class);
        memberships.store = memberRows.asStore();
        memberships.accounts = accounts;
        memberships.mailer = mailer;
        memberships.audit = audit;
        memberships.site = site;
        memberships.changes = Events.into(fired);
    }

    private ClubMember member(String username, boolean roleFromMembership, String... roles) {
        Account account = new Account();
        account.setUsername(username);
        account.setEmail(username + "@example.org");
        account.setActive(true);
        account.setRoles(new java.util.TreeSet<>(Set.of(roles)));
        accountRows.rows.put(username, account);
        ClubMember m = DirectoryEntryTest.member(List.of("name"));
        m.setId("id-" + username);
        m.setUsername(username);
        m.getProfile().setEmail(username + "@example.org");
        m.setJoinedOn("2026-11-22");
        m.setValidUntil(LAST_DAY.toString());
        m.setRoleFromMembership(roleFromMembership);
        memberRows.rows.put(m.getId(), m);
        return m;
    }

    private Set<String> roles(String username) {
        return accountRows.rows.get(username).getRoles();
    }

    @Test
    void oneReminderThenTheJournalistRoleGoesTheDayAfterTheLastDay() {
        member("mai", true, "journalist", "member");
        assertEquals(0, memberships.sweep(LAST_DAY.minusDays(31)));
        assertEquals(1, memberships.sweep(LAST_DAY.minusDays(30)));
        assertEquals(List.of("mai@example.org: Tư cách hội viên sắp hết hạn ngày 21/11/2027"),
                sent.stream().map(m -> m.getRecipient() + ": " + m.getSubject()).toList());
        assertEquals(0, memberships.sweep(LAST_DAY.minusDays(29)), "one reminder per period");
        assertEquals(0, memberships.sweep(LAST_DAY), "still a member on the last day");
        assertTrue(roles("mai").contains("journalist"));

        assertEquals(1, memberships.sweep(LAST_DAY.plusDays(1)));
        assertEquals(Set.of("member"), roles("mai"), "the member can still sign in and renew");
        assertTrue(memberRows.rows.get("id-mai").isLapsed());
        assertEquals(0, memberships.sweep(LAST_DAY.plusDays(2)), "lapsed once");
        assertEquals(List.of(new ClubChanged("id-mai")), fired, "pages showing members are told, once");
    }

    @Test
    void renewingAfterALapseGivesTheRoleBackAndAFreshYear() {
        member("lan", true, "journalist", "member");
        memberships.sweep(LAST_DAY.plusDays(1));
        ClubMember renewed = memberships.renew("id-lan", LAST_DAY.plusDays(10), "lan");
        assertEquals("2028-11-30", renewed.getValidUntil());
        assertFalse(renewed.isLapsed());
        assertEquals(Set.of("journalist", "member"), roles("lan"));
        assertTrue(renewed.isActiveOn(LAST_DAY.plusDays(10)));
    }

    @Test
    void renewingBeforeTheEndAddsAYearAndIsRefusedTooEarly() {
        member("hoa", true, "journalist", "member");
        ClubRefusal early = assertThrows(ClubRefusal.class, () -> memberships.renew("id-hoa", LAST_DAY.minusDays(31), "hoa"));
        assertTrue(early.getMessage().contains("22/10/2027"), early.getMessage());
        assertEquals("2028-11-21", memberships.renew("id-hoa", LAST_DAY.minusDays(30), "hoa").getValidUntil());
        assertEquals(0, memberships.sweep(LAST_DAY.plusDays(1)), "renewed in time: nothing lapses");
        assertTrue(roles("hoa").contains("journalist"));
    }

    @Test
    void aStaffJournalistKeepsTheRoleTheyHadBeforeJoining() {
        member("tuan", false, "journalist", "member");
        memberships.sweep(LAST_DAY.plusDays(1));
        assertTrue(memberRows.rows.get("id-tuan").isLapsed());
        assertTrue(roles("tuan").contains("journalist"));
    }
}
