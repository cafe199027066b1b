package vn.quyentreem.portal.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unknown paths, wrong methods and the like answer in JSON too, not with the server's HTML page. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    /**
     * The answer for a refusal raised while a provider read the body (the size cap), which arrives wrapped in the
     * provider's own exception; null when there is none inside.
     */
    static Response wrapped(Throwable exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException refused) {
                return new WebApplicationExceptionMapper().toResponse(refused);
            }
        }
        return null;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String message = switch (status) {
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ cho địa chỉ này";
            case 406 -> "Không có định dạng phù hợp (API trả về application/json)";
            case 415 -> "Kiểu nội dung không được hỗ trợ (hãy gửi application/json)";
            case 401 -> "Cần đăng nhập";
            case 403 -> "Không có quyền thực hiện thao tác này";
            default -> exception.getMessage() == null ? "Yêu cầu không hợp lệ" : exception.getMessage();
        };
        return ApiError.response(status, message);
    }
}
