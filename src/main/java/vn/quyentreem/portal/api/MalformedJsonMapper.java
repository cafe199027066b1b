package vn.quyentreem.portal.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON we expect is the caller's mistake: 400, not 500. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException exception) {
        Response wrapped = WebApplicationExceptionMapper.wrapped(exception);
        return wrapped != null ? wrapped : ApiError.response(400, "Nội dung JSON không hợp lệ");
    }
}
