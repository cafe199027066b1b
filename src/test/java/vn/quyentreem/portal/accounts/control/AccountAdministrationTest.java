package vn.quyentreem.portal.accounts.control;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.audit.entity.AuditEntries;
import vn.quyentreem.portal.audit.entity.AuditEntry;
import vn.quyentreem.portal.testing.Fields;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountAdministrationTest {

    private static final String PASSWORD = "mat-khau-du-dai-2026";

    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final AccountAdministration administration = new AccountAdministration();
    private final Account admin = new Account();

    @BeforeEach
    void wire() {
        administration.accounts = accountRows.as(Accounts.class);
        administration.audit = Fields.set(new AuditLog(), "entries",
                new InMemoryRepository<AuditEntry>(AuditEntry::getId).as(AuditEntries.class));
        admin.setUsername("admin");
        admin.setRoles(Set.of(Roles.ADMIN));
        admin.setActive(true);
    }

    @Test
    void aDisplayNameOfAMillionCharactersIsRefusedAndNothingIsStored() {
        var refused = assertThrows(AccountAdministration.Refused.class, () -> administration.create("dai-qua",
                "x".repeat(1_000_000), "dai-qua@example.org", Set.of(Roles.JOURNALIST), PASSWORD, admin));
        assertEquals(400, refused.status());
        assertEquals("Họ tên hiển thị dài tối đa 120 ký tự", refused.getMessage());
        assertFalse(accountRows.rows.containsKey("dai-qua"));
    }

    @Test
    void aNameOfExactlyTheLimitIsKeptWithItsSpacesTidied() {
        String name = "Nguyễn " + "ệ".repeat(AccountAdministration.MAX_DISPLAY_NAME - 7);
        Account created = administration.create("vua-du", "  " + name.replace(" ", "   ") + " ", "vua-du@example.org",
                Set.of(Roles.JOURNALIST), PASSWORD, admin);
        assertEquals(name, created.getDisplayName());
        assertThrows(AccountAdministration.Refused.class, () -> administration.create("qua-mot", name + "x",
                "qua-mot@example.org", Set.of(), PASSWORD, admin));
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        String emoji = "😀".repeat(AccountAdministration.MAX_DISPLAY_NAME);
        assertTrue(emoji.length() > AccountAdministration.MAX_DISPLAY_NAME);
        assertEquals(emoji, AccountAdministration.displayName(emoji));
    }

    @Test
    void signingUpWithAMillionCharacterNameIsRefusedTheSameWay() {
        var refused = assertThrows(AccountAdministration.Refused.class,
                () -> new AccountSignUp().signUp("y".repeat(1_000_000), "lan@example.org", "203.0.113.9"));
        assertEquals(400, refused.status());
        assertEquals("Họ tên hiển thị dài tối đa 120 ký tự", refused.getMessage());
    }

    @Test
    void noDisplayNameMeansTheUsername() {
        assertEquals("khong-ten", administration.create("khong-ten", "   ", "khong-ten@example.org", Set.of(),
                PASSWORD, admin).getDisplayName());
    }
}
