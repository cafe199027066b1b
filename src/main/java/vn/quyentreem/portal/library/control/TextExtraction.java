package vn.quyentreem.portal.library.control;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import vn.quyentreem.portal.content.FrontMatterFile;
import vn.quyentreem.portal.platform.Problem;
import vn.quyentreem.portal.platform.Refusal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes the text out of a training document with Apache Tika (only its PDF and Office parsers are on the class
 * path). A file that is too big, takes too long, or expands too far fails alone, with a message; Tika's own
 * zip-bomb guard is on, and the work runs on a thread of its own so a stuck parse cannot hold a request.
 */
public final class TextExtraction {

    /** Starts each page of a PDF's text. */
    public static final char PAGE_BREAK = '\f';
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    static final int MAX_TEXT_CHARS = 2_000_000;
    static final long MAX_SECONDS = 30;
    public static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "pptx", "txt", "md");
    private static final Map<String, String> EXPECTED = Map.of(
            "pdf", "application/pdf",
            "docx", "wordprocessingml",
            "pptx", "presentationml");

    /** Why a file could not be taken in, in Vietnamese. */
    public static class Refused extends Refusal {
        public Refused(String message) {
            super(400, List.of(new Problem("file", message)));
        }
    }

    private static final ExecutorService PARSERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "text-extraction");
        t.setDaemon(true);
        return t;
    });

    private TextExtraction() {
    }

    public static String extract(byte[] content, String fileName) throws Refused {
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw new Refused("Chỉ nhận tệp PDF, DOCX, PPTX, TXT hoặc Markdown");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new Refused("Tệp quá lớn: tối đa 20 MB");
        }
        if (extension.equals("txt") || extension.equals("md")) {
            // a form feed would read as a PDF page break in search snippets
            String text = new String(content, StandardCharsets.UTF_8).replace(PAGE_BREAK, ' ');
            if (extension.equals("md")) {
                text = withoutFrontMatter(text);
            }
            return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
        }
        String detected = detect(content);
        if (!detected.contains(EXPECTED.get(extension))) {
            throw new Refused("Nội dung tệp không phải " + extension.toUpperCase(Locale.ROOT)
                    + " như đuôi tên tệp (nhận diện được: " + detected + ")");
        }
        Future<String> parse = PARSERS.submit(() -> parse(content));
        try {
            return parse.get(MAX_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new Refused("Đọc nội dung tệp quá lâu; tệp có thể bị hỏng");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Việc đọc tệp bị gián đoạn");
        } catch (ExecutionException e) {
            throw new Refused(reason(e.getCause()));
        }
    }

    /**
     * A Markdown document's text without its YAML front matter: the details in it are the document's own fields
     * (title, topic, year…), and left in the text they showed on the document's page as a heading and in search
     * snippets as "title: …". A file whose opening lines are no front matter is kept whole.
     */
    static String withoutFrontMatter(String markdown) {
        try {
            return FrontMatterFile.parse(markdown).body();
        } catch (FrontMatterFile.Malformed e) {
            return markdown;
        }
    }

    /** What the bytes are, by their content: a renamed file is not taken for what its name says. */
    static String detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return new DefaultDetector().detect(in, new Metadata()).toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private static String parse(byte[] content) throws IOException, SAXException, TikaException {
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        try {
            new AutoDetectParser().parse(new ByteArrayInputStream(content), new PageBreaks(handler), new Metadata(),
                    new ParseContext());
        } catch (SAXException e) {
            // a document longer than the limit keeps its first two million characters
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        return handler.toString();
    }

    /**
     * Tika writes each PDF page as a {@code <div class="page">}; a form feed at the start of each keeps the page
     * breaks in the plain text, so search can say which page a passage is on.
     */
    private static final class PageBreaks extends ContentHandlerDecorator {
        private static final char[] FORM_FEED = {PAGE_BREAK};

        PageBreaks(ContentHandler handler) {
            super(handler);
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
            if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
                characters(FORM_FEED, 0, 1);
            }
            super.startElement(uri, localName, name, atts);
        }
    }

    private static String reason(Throwable error) {
        String name = error == null ? "" : error.getClass().getSimpleName() + " " + error.getMessage();
        if (name.toLowerCase(Locale.ROOT).contains("bomb")) {
            return "Tệp nén bất thường (có thể là tệp độc hại) nên bị từ chối";
        }
        if (name.contains("Encrypted")) {
            return "Tệp có mật khẩu nên không đọc được nội dung";
        }
        return "Tệp bị hỏng hoặc không đúng định dạng nên không đọc được nội dung";
    }

    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
