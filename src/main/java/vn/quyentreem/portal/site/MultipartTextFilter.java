package vn.quyentreem.portal.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text fields of a form sent as multipart/form-data, read from their parts. Liberty's parameters of such a
 * request lose the line breaks of a textarea ("a\n\nb" arrives as "ab"), so an article saved from the editor, or
 * an entry's story, would lose its paragraphs. The parts themselves keep every byte.
 */
public class MultipartTextFilter extends HttpFilter {

    /** Text fields are short; anything longer is a file whatever its part says. */
    private static final int MAX_TEXT_BYTES = 2 * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        boolean multipart = "POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        chain.doFilter(multipart ? new TextFields(request) : request, response);
    }

    private static final class TextFields extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        TextFields(HttpServletRequest request) {
            super(request);
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, String[]> merged = new LinkedHashMap<>(super.getParameterMap());
                try {
                    Map<String, List<String>> fromParts = new LinkedHashMap<>();
                    for (Part part : getParts()) {
                        if (part.getSubmittedFileName() == null && part.getSize() <= MAX_TEXT_BYTES) {
                            try (InputStream in = part.getInputStream()) {
                                fromParts.computeIfAbsent(part.getName(), n -> new ArrayList<>())
                                        .add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                    fromParts.forEach((name, values) -> merged.put(name, values.toArray(String[]::new)));
                } catch (IOException | ServletException | IllegalStateException e) {
                    // a request over the size limits: the page answers with its own message, from what the
                    // container could read
                }
                parameters = Collections.unmodifiableMap(merged);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }
    }
}
