package vn.quyentreem.portal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.quyentreem.portal.platform.Refusal;

/**
 * Whatever a feature refuses reaches the caller as its JSON error with the refusal's status and, for bad input,
 * its problems by field: resources let refusals pass instead of catching them one by one.
 */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

    @Override
    public Response toResponse(Refusal refusal) {
        return ApiError.of(refusal);
    }
}
