package vn.quyentreem.portal.site;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** Holds back the body of a response so it can be cached; status and headers go straight through. */
class CapturingResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean cookie;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    boolean setsCookie() {
        return cookie || getHeader("Set-Cookie") != null;
    }

    /** Sends what was held back, for a response that is not cached. */
    void replay() throws IOException {
        byte[] body = body();
        if (body.length > 0 && !getResponse().isCommitted()) {
            getResponse().getOutputStream().write(body);
        }
    }

    @Override
    public void addCookie(Cookie c) {
        cookie = true;
        super.addCookie(c);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("no async writes to a captured response");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
    }

    @Override
    public void reset() {
        super.reset();
        buffer.reset();
    }
}
