package vn.quyentreem.portal.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.util.List;

/**
 * The one shape of every API error: {"error": "…"}, and for bad input that names its fields also
 * {"problems": [{"field": "familyName", "message": "…"}, …]} so that an app can mark them as the pages do.
 */
public record ApiError(String error, List<Problem> problems) {

    /** 401 with the challenge that tells clients to send HTTP Basic credentials. */
    public static Response unauthorized(String message) {
        return Response.fromResponse(response(401, message))
                .header("WWW-Authenticate", "Basic realm=\"Cong thong tin\", charset=\"UTF-8\"").build();
    }

    public static Response response(int status, String message) {
        return json(status, new ApiError(message, null));
    }

    public static Response problems(int status, List<Problem> problems) {
        boolean named = problems.stream().anyMatch(p -> p.field() != null);
        return json(status, new ApiError(Problem.sentence(problems), named ? problems : null));
    }

    public static Response of(Refusal refusal) {
        return refusal.status() == 401 ? unauthorized(refusal.getMessage()) : problems(refusal.status(), refusal.problems());
    }

    private static Response json(int status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(error).build();
    }
}
