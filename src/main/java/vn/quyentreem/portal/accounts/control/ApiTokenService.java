package vn.quyentreem.portal.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;
import vn.quyentreem.portal.accounts.entity.ApiToken;
import vn.quyentreem.portal.accounts.entity.ApiTokens;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.platform.Tokens;
import vn.quyentreem.portal.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal API tokens: each person makes their own, for scripts, sees the secret once and may revoke any of them.
 * Nothing is cached: the store is asked on every request, so a token revoked on one node, or whose account was
 * locked, stops working on all of them at once.
 */
@ApplicationScoped
public class ApiTokenService {

    public static final int MAX_NAME = 80;
    public static final int MAX_LIVE = 20;
    /** The list shows minutes; recording each call would write to the store on every API request. */
    static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

    /** A new token and its secret, which exists only here and in the one answer that shows it. */
    public record Issued(ApiToken token, String secret) {
    }

    @Inject
    ApiTokens tokens;

    @Inject
    Accounts accounts;

    @Inject
    AuditLog audit;

    @Inject
    Store store;

    public Issued create(Account owner, String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new AccountAdministration.Refused(400, "Hãy đặt tên cho mã, tối đa " + MAX_NAME
                    + " ký tự, để sau này biết nó dùng cho việc gì (ví dụ: Script đăng bài tự động)");
        }
        if (tokens.findByUsername(owner.getUsername()).size() >= MAX_LIVE) {
            throw new AccountAdministration.Refused(409, "Mỗi tài khoản có tối đa " + MAX_LIVE
                    + " mã đang dùng; hãy thu hồi một mã không còn cần trước khi tạo mã mới");
        }
        String secret = Tokens.random();
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), Tokens.hash(secret), owner.getUsername(), clean,
                Instant.now());
        tokens.insert(token);
        audit.record(owner.getUsername(), "tạo mã API", "api_token", token.getId(), clean, null);
        return new Issued(token, secret);
    }

    /** The person's live tokens, newest first. */
    public List<ApiToken> of(Account owner) {
        return tokens.findByUsername(owner.getUsername()).stream()
                .sorted(Comparator.comparing(ApiToken::getCreatedAt).reversed()).toList();
    }

    public void revoke(Account owner, String id) {
        // someone else's token is "not found" too: ids of others' tokens are nobody's business
        ApiToken token = tokens.findById(id == null ? "" : id)
                .filter(t -> t.getUsername().equals(owner.getUsername()))
                .orElseThrow(() -> new AccountAdministration.Refused(404, "Không có mã này trong các mã của bạn"));
        tokens.deleteById(token.getId());
        audit.record(owner.getUsername(), "thu hồi mã API", "api_token", token.getId(), token.getName(), null);
    }

    /** The active account a secret belongs to, as the store holds it now. */
    public Optional<Account> account(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findByTokenHash(Tokens.hash(secret.strip()));
        Optional<Account> account = token.flatMap(t -> accounts.findById(t.getUsername())).filter(Account::isActive);
        account.ifPresent(a -> used(token.get()));
        return account;
    }

    private void used(ApiToken token) {
        long now = Instant.now().toEpochMilli();
        Long last = token.getLastUsedMillis();
        if (last == null || now - last >= LAST_USED_STEP.toMillis()) {
            // a one-field step, never a save: saving the whole token could bring back one revoked meanwhile
            store.transition("api_tokens", token.getId(), "lastUsedAt", last, now);
        }
    }
}
