package vn.quyentreem.portal.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Accounts;

import java.util.HashMap;
import java.util.Map;

/** People as the desk names them: an account's display name, else its username (also for "hệ thống" and the gone). */
@Named("names")
@RequestScoped
public class AccountNames {

    @Inject
    Accounts accounts;

    private final Map<String, String> known = new HashMap<>();

    public String of(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return known.computeIfAbsent(username, u -> accounts.findById(u).map(Account::getDisplayName)
                .filter(name -> !name.isBlank()).orElse(u));
    }
}
