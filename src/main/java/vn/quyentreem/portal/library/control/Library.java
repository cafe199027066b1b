package vn.quyentreem.portal.library.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.audit.control.AuditLog;
import vn.quyentreem.portal.library.entity.LibraryChanged;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.library.entity.LibraryDocuments;
import vn.quyentreem.portal.store.DataDirectory;
import vn.quyentreem.portal.platform.Slugs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The training-documents library: takes documents in, keeps their files, lists and finds them. */
@ApplicationScoped
public class Library {

    @Inject
    LibraryDocuments documents;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    AuditLog audit;

    @Inject
    Event<LibraryChanged> changes;

    public LibraryDocument add(byte[] content, String fileName, DocumentDetails details, boolean draft, String actor)
            throws TextExtraction.Refused {
        int year = details.checkedYear();
        String text = TextExtraction.extract(content, fileName);
        LibraryDocument d = new LibraryDocument();
        d.setId(UUID.randomUUID().toString());
        d.setSlug(Slugs.unique(details.title(), documents::existsBySlug));
        d.setTitle(details.title().strip());
        d.setSummary(details.summary() == null ? "" : details.summary().strip());
        d.setTopic(details.topic());
        d.setAudience(details.audience());
        d.setYear(year);
        d.setSource(details.source() == null ? "" : details.source().strip());
        d.setMembersOnly(details.membersOnly());
        d.setPublished(!draft);
        d.setPublishedAt(Instant.now());
        String extension = TextExtraction.extension(fileName);
        d.setFileName(d.getSlug() + "." + extension);
        d.setContentType(contentType(extension));
        d.setBytes(content.length);
        d.setText(text);
        d.setUploadedBy(actor);
        try {
            Path dir = Files.createDirectories(directory().resolve(d.getId()));
            Path temp = Files.createTempFile(dir, "upload-", ".tmp");
            Files.write(temp, content);
            Files.move(temp, dir.resolve(d.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TextExtraction.Refused("Không lưu được tệp: " + e.getMessage());
        }
        documents.insert(d);
        audit.record(actor, draft ? "thêm tài liệu (nháp)" : "đăng tài liệu", "document", d.getId(), d.getTitle(), fileName);
        changes.fire(new LibraryChanged(d.getId()));
        return d;
    }

    /** Published documents, newest edition first, optionally narrowed by topic, audience and year. */
    public List<LibraryDocument> published(String topic, String audience, String year) {
        return documents.findAll().filter(LibraryDocument::isPublished)
                .filter(d -> blank(topic) || d.getTopic().equals(topic))
                .filter(d -> blank(audience) || d.getAudience().equals(audience))
                .filter(d -> blank(year) || Integer.toString(d.getYear()).equals(year))
                .sorted(Comparator.comparing(LibraryDocument::getYear).reversed().thenComparing(LibraryDocument::getTitle))
                .toList();
    }

    public Optional<LibraryDocument> publishedBySlug(String slug) {
        return documents.findBySlug(slug).filter(LibraryDocument::isPublished);
    }

    public Optional<LibraryDocument> find(String id) {
        return documents.findById(id);
    }

    public Path file(LibraryDocument d) {
        return directory().resolve(d.getId()).resolve(d.getFileName());
    }

    public boolean hasSlug(String slug) {
        return documents.existsBySlug(slug);
    }

    private Path directory() {
        return dataDirectory.resolve("library");
    }

    static String contentType(String extension) {
        return switch (extension) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case "md" -> "text/markdown;charset=UTF-8";
            default -> "text/plain;charset=UTF-8";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
