package vn.quyentreem.portal.accounts.boundary;

import jakarta.ws.rs.core.Response;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.api.ApiError;

import java.util.function.Function;

/** An accounts API call made as its caller: 401 for nobody, the feature's refusals as their JSON errors. */
final class CallerActions {

    private CallerActions() {
    }

    static Response asCaller(CurrentUser currentUser, String whenAnonymous, Function<Account, Response> action) {
        Account caller = currentUser.account().orElse(null);
        if (caller == null) {
            return ApiError.unauthorized(whenAnonymous);
        }
        try {
            return action.apply(caller);
        } catch (AccountAdministration.Refused e) {
            return ApiError.of(e);
        }
    }
}
