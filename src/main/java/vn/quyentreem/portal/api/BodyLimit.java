package vn.quyentreem.portal.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Caps what one request may send before any of it is read: 2 MB of JSON (an article's 200,000 characters fit
 * several times over), 64 MB of multipart (five 10 MB files of a nomination and their fields). A declared length
 * over the cap is refused at once; a body sent in chunks is cut off where it passes the cap. Each feature still
 * checks its own, smaller limits; this one keeps a single request from filling the heap first.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter {

    static final long JSON = 2L * 1024 * 1024;
    static final long MULTIPART = 64L * 1024 * 1024;

    /** Thrown from the body's stream, wherever the reading happens; mapped to a 413 like any other. */
    static final class TooLarge extends WebApplicationException {
        TooLarge(long limit) {
            super("Nội dung gửi lên quá lớn: tối đa " + limit / (1024 * 1024) + " MB", 413);
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        MediaType type = request.getMediaType();
        long limit = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE) ? MULTIPART : JSON;
        if (request.getLength() > limit) {
            request.abortWith(ApiError.response(413, new TooLarge(limit).getMessage()));
            return;
        }
        request.setEntityStream(new Capped(request.getEntityStream(), limit));
    }

    private static final class Capped extends FilterInputStream {
        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
