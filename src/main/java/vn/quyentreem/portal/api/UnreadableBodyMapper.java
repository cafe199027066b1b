package vn.quyentreem.portal.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A body the providers cannot read (multipart without a boundary, a part cut short, a stream broken off) is the
 * caller's mistake: 400 with the reason, not the 500 the container gives an unmapped IOException. The resources
 * catch their own I/O on files; what arrives here comes from reading the request.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<IOException> {

    private static final Logger LOG = Logger.getLogger(UnreadableBodyMapper.class.getName());

    @Override
    public Response toResponse(IOException exception) {
        LOG.log(Level.FINE, "Unreadable request body", exception);
        return ApiError.response(400, "Không đọc được nội dung gửi lên (multipart cần boundary và các phần hoàn chỉnh)");
    }
}
