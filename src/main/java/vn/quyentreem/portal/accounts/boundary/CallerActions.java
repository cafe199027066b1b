package vn.quyentreem.portal.accounts.boundary;

import jakarta.ws.rs.core.Response;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.api.ApiError;

import java.util.function.Function;

/** An accounts API call made as its caller: 401 for nobody; refusals pass to the API's RefusalMapper. */
final class CallerActions {

    private CallerActions() {
    }

    static Response asCaller(CurrentUser currentUser, String whenAnonymous, Function<Account, Response> action) {
        Account caller = currentUser.account().orElse(null);
        if (caller == null) {
            return ApiError.unauthorized(whenAnonymous);
        }
        return action.apply(caller);
    }
}
