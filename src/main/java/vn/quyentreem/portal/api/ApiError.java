package vn.quyentreem.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one shape of every API error: {"error": "…"}. */
public record ApiError(String error) {

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(message)).build();
    }
}
