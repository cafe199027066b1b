package vn.quyentreem.portal.library.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.api.Items;
import vn.quyentreem.portal.library.control.DocumentDetails;
import vn.quyentreem.portal.library.control.Library;
import vn.quyentreem.portal.library.control.TextExtraction;
import vn.quyentreem.portal.library.entity.LibraryDocument;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.SiteSettings;

import java.io.IOException;
import java.io.InputStream;

/** The training-documents library over HTTP: list what is published; editors add documents (HTTP Basic). */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Tài liệu tập huấn")
public class LibraryResource {

    public record DocumentJson(String id, String title, String summary, String topic, String audience, int year,
                               String source, boolean membersOnly, String format, long bytes, String url) {
    }

    @Inject
    Library library;

    @Inject
    CurrentUser currentUser;

    @Inject
    SiteSettings site;

    @GET
    @Operation(summary = "Tài liệu đã đăng, lọc theo chủ đề, đối tượng, năm")
    public Items<DocumentJson> list(@QueryParam("topic") String topic, @QueryParam("audience") String audience,
                                    @QueryParam("year") String year) {
        return Items.of(library.published(topic, audience, year).stream().map(this::json).toList());
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Thêm tài liệu (biên tập viên): file, title, topic, audience, year; draft=true để chưa đăng")
    public Response add(@FormParam("file") EntityPart file, @FormParam("title") String title,
                        @FormParam("summary") String summary, @FormParam("topic") String topic,
                        @FormParam("audience") String audience, @FormParam("year") String year,
                        @FormParam("source") String source, @FormParam("membersOnly") String membersOnly,
                        @FormParam("draft") String draft) {
        if (!currentUser.isSignedIn()) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic) để thêm tài liệu");
        }
        if (!currentUser.isEditor()) {
            return ApiError.response(403, "Chỉ biên tập viên được thêm tài liệu");
        }
        if (file == null || file.getFileName().isEmpty()) {
            return ApiError.response(400, "Thiếu tệp tài liệu (trường file)");
        }
        try (InputStream in = file.getContent()) {
            byte[] content = in.readNBytes((int) TextExtraction.MAX_FILE_BYTES + 1);
            LibraryDocument d = library.add(content, file.getFileName().get(),
                    new DocumentDetails(title, summary, topic, audience, year, source, Boolean.parseBoolean(membersOnly)),
                    Boolean.parseBoolean(draft), currentUser.getUsername());
            return Response.status(201).entity(json(d)).build();
        } catch (IOException e) {
            return ApiError.response(400, "Không đọc được tệp gửi lên");
        }
    }

    private DocumentJson json(LibraryDocument d) {
        return new DocumentJson(d.getId(), d.getTitle(), d.getSummary(), d.getTopic(), d.getAudience(), d.getYear(),
                d.getSource(), d.isMembersOnly(), d.getFormat(), d.getBytes(), site.url(PublicPath.DOCUMENT.of(d.getSlug())));
    }
}
