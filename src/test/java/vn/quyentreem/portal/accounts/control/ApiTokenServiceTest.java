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
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.testing.Fields;
import vn.quyentreem.portal.testing.InMemoryRepository;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenServiceTest {

    private final InMemoryRepository<Account> accountRows = new InMemoryRepository<>(Account::getUsername);
    private final InMemoryRepository<ApiToken> tokenRows = new InMemoryRepository<>(ApiToken::getId);
    private final InMemoryRepository<AuditEntry> auditRows = new InMemoryRepository<>(AuditEntry::getId);
    private final ApiTokenService tokens = new ApiTokenService();
    private Account lan;
    private Account minh;

    @BeforeEach
    void wire() {
        tokens.tokens = tokenRows.as(ApiTokens.class);
        tokens.accounts = accountRows.as(Accounts.class);
        tokens.audit = Fields.set(new AuditLog(), "entries", auditRows.as(AuditEntries.class));
        tokens.store = tokenRows.asStore();
        lan = account("lan");
        minh = account("minh");
    }

    private Account account(String username) {
        Account account = new Account();
        account.setUsername(username);
        account.setRoles(Set.of("journalist"));
        account.setActive(true);
        accountRows.rows.put(username, account);
        return account;
    }

    @Test
    void onlyTheHashOfTheSecretIsStored() {
        ApiTokenService.Issued issued = tokens.create(lan, "  Script   đăng bài tự động ");
        ApiToken stored = tokenRows.rows.get(issued.token().getId());
        assertEquals(Tokens.hash(issued.secret()), stored.getTokenHash());
        assertEquals("Script đăng bài tự động", stored.getName());
        assertEquals("lan", stored.getUsername());
        assertTrue(stored.getCreatedAt() != null && stored.getLastUsedAt() == null);
    }

    @Test
    void creationAndRevocationAreAudited() {
        ApiTokenService.Issued issued = tokens.create(lan, "Script");
        tokens.revoke(lan, issued.token().getId());
        List<String> actions = auditRows.rows.values().stream()
                .map(e -> e.getActor() + " " + e.getAction() + " " + e.getItemId() + " " + e.getItemTitle()).toList();
        assertEquals(List.of("lan tạo mã API " + issued.token().getId() + " Script",
                "lan thu hồi mã API " + issued.token().getId() + " Script"), actions);
        assertFalse(auditRows.rows.values().stream().anyMatch(e -> String.valueOf(e.getDetail()).contains(issued.secret())));
    }

    @Test
    void aNameIsNeededAndKeptShort() {
        for (String name : new String[] {null, "", "   ", "x".repeat(ApiTokenService.MAX_NAME + 1)}) {
            var refused = assertThrows(AccountAdministration.Refused.class, () -> tokens.create(lan, name));
            assertEquals(400, refused.status());
            assertTrue(refused.getMessage().contains("tối đa 80 ký tự"), refused.getMessage());
        }
        tokens.create(lan, "x".repeat(ApiTokenService.MAX_NAME));
    }

    @Test
    void atMostTwentyLiveTokensEach() {
        for (int i = 0; i < ApiTokenService.MAX_LIVE; i++) {
            tokens.create(lan, "Script " + i);
        }
        var refused = assertThrows(AccountAdministration.Refused.class, () -> tokens.create(lan, "Một mã nữa"));
        assertEquals(409, refused.status());
        assertTrue(refused.getMessage().contains("tối đa 20 mã"), refused.getMessage());
        tokens.create(minh, "Mã của người khác"); // others are not counted

        tokens.revoke(lan, tokens.of(lan).get(0).getId());
        tokens.create(lan, "Thay cho mã đã thu hồi");
    }

    @Test
    void nobodyRevokesOrSeesAnotherPersonsToken() {
        ApiTokenService.Issued issued = tokens.create(lan, "Script");
        var refused = assertThrows(AccountAdministration.Refused.class, () -> tokens.revoke(minh, issued.token().getId()));
        assertEquals(404, refused.status());
        assertTrue(tokens.of(minh).isEmpty());
        assertEquals(1, tokens.of(lan).size());
        assertTrue(tokens.account(issued.secret()).isPresent(), "still works for its owner");
    }

    @Test
    void aRevokedTokenOpensNothingAndCannotBeRevokedTwice() {
        ApiTokenService.Issued issued = tokens.create(lan, "Script");
        tokens.revoke(lan, issued.token().getId());
        assertTrue(tokens.account(issued.secret()).isEmpty());
        assertTrue(tokens.of(lan).isEmpty());
        assertEquals(404, assertThrows(AccountAdministration.Refused.class,
                () -> tokens.revoke(lan, issued.token().getId())).status());
    }
}
