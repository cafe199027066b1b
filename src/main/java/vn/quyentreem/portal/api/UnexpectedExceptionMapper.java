package vn.quyentreem.portal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/** A bug must not leak a stack trace to API clients; it is logged here and answered with a plain 500. */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
        Response wrapped = WebApplicationExceptionMapper.wrapped(exception);
        if (wrapped != null) {
            return wrapped;
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", exception);
        return ApiError.response(500, "Lỗi máy chủ, xin thử lại sau");
    }
}
