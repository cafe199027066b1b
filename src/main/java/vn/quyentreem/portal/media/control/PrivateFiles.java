package vn.quyentreem.portal.media.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import vn.quyentreem.portal.media.entity.FileRules;
import vn.quyentreem.portal.media.entity.PrivateFile;
import vn.quyentreem.portal.store.DataDirectory;
import vn.quyentreem.portal.platform.Refusal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Files that only some people may see: contest entries and award nominations, with children's pictures among them.
 * They live in the data directory under contest-files/ (the name predates nominations), never in the public media
 * folder, under random names. A file is taken for what its bytes are, not its name: pictures are decoded and
 * written again (no EXIF, no GPS position), PDFs are written again without their document metadata
 * ({@link PdfMetadata}). Anything else, anything broken, or anything too large, is refused with the reason.
 */
@ApplicationScoped
public class PrivateFiles {

    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NAME = Pattern.compile("[a-f0-9]{32}\\.(jpg|png|pdf)");

    /** A file as it came from the form or the API. */
    public record Upload(String fileName, byte[] content) {
    }

    /** An upload refused for what it is; the feature storing it passes the reason on as its own refusal. */
    public static final class Refused extends Refusal {
        Refused(String message) {
            super(400, message);
        }
    }

    @Inject
    DataDirectory dataDirectory;

    @Resource
    ManagedScheduledExecutorService scheduler;

    public PrivateFiles() {
    }

    PrivateFiles(DataDirectory dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** What is written of an upload: a picture's pixels, or a PDF without its metadata. */
    private record Cleaned(BufferedImage image, byte[] pdf) {
    }

    /**
     * Checks and cleans every upload before storing any, so a refused set leaves nothing behind and nothing of an
     * upload is written before its metadata is gone.
     */
    public List<PrivateFile> store(List<Upload> uploads, FileRules rules) {
        List<Cleaned> cleaned = uploads.stream().map(upload -> cleaned(upload, rules)).toList();
        return cleaned.stream().map(this::write).toList();
    }

    static String kind(byte[] content) {
        if (content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F'
                && content[4] == '-') {
            return "pdf";
        }
        return MediaLibrary.sniff(content) == null ? null : "image";
    }

    private static Cleaned cleaned(Upload upload, FileRules rules) {
        check(upload, rules);
        String label = "Tệp “" + safeName(upload.fileName()) + "”: ";
        if ("pdf".equals(kind(upload.content()))) {
            try {
                return new Cleaned(null, PdfMetadata.stripped(upload.content()));
            } catch (Refused e) {
                throw new Refused(label + e.getMessage());
            }
        }
        try {
            return new Cleaned(MediaLibrary.readImage(upload.content()), null);
        } catch (MediaLibrary.Refused e) {
            throw new Refused(label + e.getMessage());
        }
    }

    private static void check(Upload upload, FileRules rules) {
        String label = "Tệp “" + safeName(upload.fileName()) + "”: ";
        long limit = rules.getMaxMb() * 1024L * 1024L;
        if (upload.content().length > limit) {
            throw new Refused(label + "quá lớn, tối đa " + rules.getMaxMb() + " MB mỗi tệp");
        }
        String kind = kind(upload.content());
        if (kind == null) {
            throw new Refused(label + "không phải " + allowed(rules)
                    + " (kiểm tra theo nội dung tệp, không theo tên)");
        }
        if (!rules.allows(kind)) {
            throw new Refused(label + "ở đây chỉ nhận " + allowed(rules));
        }
    }

    private PrivateFile write(Cleaned upload) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String base = HexFormat.of().formatHex(random);
        try {
            Path folder = Files.createDirectories(dataDirectory.resolve("contest-files"));
            if (upload.pdf() != null) {
                Path temp = Files.createTempFile(folder, "write-", ".tmp");
                Files.write(temp, upload.pdf());
                Files.move(temp, folder.resolve(base + ".pdf"), StandardCopyOption.ATOMIC_MOVE);
                return new PrivateFile(base + ".pdf", "pdf", "application/pdf", upload.pdf().length);
            }
            String name = MediaFiles.writeStripped(upload.image(), folder, base);
            return new PrivateFile(name, "image", name.endsWith(".png") ? "image/png" : "image/jpeg",
                    Files.size(folder.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDFs stored before metadata was stripped are cleaned once, in the background so that start-up does not wait:
     * a file already clean is only read. The stored size is not used to serve a file, so rewriting it is safe.
     */
    void onStart(@Observes Startup startup) {
        scheduler.schedule(this::stripStoredPdfs, 30, TimeUnit.SECONDS);
    }

    /** Rewrites each stored PDF that still carries metadata; returns how many were rewritten. */
    int stripStoredPdfs() {
        Path folder = dataDirectory.resolve("contest-files");
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int rewritten = 0;
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(".pdf"))::iterator) {
                try {
                    byte[] content = Files.readAllBytes(file);
                    if (PdfMetadata.carriesMetadata(content)) {
                        Path temp = Files.createTempFile(folder, "write-", ".tmp");
                        Files.write(temp, PdfMetadata.stripped(content));
                        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        rewritten++;
                    }
                } catch (IOException | Refused e) {
                    LOG.warning("Could not clean the metadata of " + file.getFileName() + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warning("Could not list the private files: " + e.getMessage());
        }
        if (rewritten > 0) {
            LOG.info("Metadata taken out of " + rewritten + " PDF files stored before it was stripped on upload");
        }
        return rewritten;
    }

    public Optional<Path> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = dataDirectory.resolve("contest-files").resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public void delete(List<PrivateFile> files) {
        for (PrivateFile file : files) {
            try {
                Files.deleteIfExists(dataDirectory.resolve("contest-files").resolve(file.getName()));
            } catch (IOException e) {
                // the entry or nomination no longer points at it and the name cannot be guessed; log and go on
                LOG.warning("Could not delete private file " + file.getName() + ": " + e.getMessage());
            }
        }
    }

    private static String allowed(FileRules rules) {
        return String.join(" hoặc ", rules.getTypes().stream().map(t -> "image".equals(t) ? "ảnh JPEG, PNG, WebP" : "PDF").toList());
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank() ? "không tên" : name.replaceAll("[\\p{Cntrl}]", "");
        return n.length() > 80 ? n.substring(0, 80) + "…" : n;
    }
}
