package vn.quyentreem.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one shape of every API error: {"error": "…"}. */
public record ApiError(String error) {

    /** 401 with the challenge that tells clients to send HTTP Basic credentials. */
    public static Response unauthorized(String message) {
        return Response.fromResponse(response(401, message))
                .header("WWW-Authenticate", "Basic realm=\"Cong thong tin\", charset=\"UTF-8\"").build();
    }

    public static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(message)).build();
    }
}
