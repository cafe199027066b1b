package vn.quyentreem.portal.articles.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.articles.control.EditorialWorkflow;
import vn.quyentreem.portal.articles.entity.Article;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.VietnameseDates;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** The editorial workflow over HTTP Basic. Every call names its caller; roles are checked in the workflow. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Biên tập")
public class ArticleEditingResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    EditorialWorkflow workflow;

    @Inject
    CurrentUser currentUser;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    SiteSettings site;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo bản nháp (phóng viên, biên tập viên)")
    public Response create(ArticleRequest request) {
        if (request == null) {
            return ApiError.response(400, "Thiếu nội dung JSON của bài");
        }
        return act(actor -> {
            Article article = workflow.create(request.toDraft(), actor);
            return Response.created(uri.getAbsolutePathBuilder().path(article.getId()).build()).entity(json(article)).build();
        });
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sửa bài")
    public Response update(@PathParam("id") String id, ArticleRequest request) {
        if (request == null) {
            return ApiError.response(400, "Thiếu nội dung JSON của bài");
        }
        return act(actor -> ok(workflow.update(id, request.toDraft(), actor)));
    }

    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Gửi bản nháp cho biên tập viên duyệt")
    public Response submit(@PathParam("id") String id) {
        return act(actor -> ok(workflow.submit(id, actor)));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "Đăng ngay, hoặc hẹn giờ đăng với publishAt (giờ Việt Nam nếu không ghi múi giờ)")
    public Response publish(@PathParam("id") String id, String body) {
        Instant at;
        try {
            PublishRequest request = optionalBody(body, PublishRequest.class);
            at = request == null ? null : time(request.publishAt());
        } catch (DateTimeParseException e) {
            return ApiError.response(400, "publishAt không hợp lệ: hãy dùng dạng 2026-12-01T08:00:00+07:00");
        }
        return act(actor -> ok(workflow.publish(id, at, actor)));
    }

    @POST
    @Path("/{id}/unpublish")
    @Operation(summary = "Gỡ bài đã đăng")
    public Response unpublish(@PathParam("id") String id) {
        return act(actor -> ok(workflow.unpublish(id, actor)));
    }

    @POST
    @Path("/{id}/archive")
    @Operation(summary = "Lưu trữ bài")
    public Response archive(@PathParam("id") String id) {
        return act(actor -> ok(workflow.archive(id, actor)));
    }

    @POST
    @Path("/{id}/return")
    @Operation(summary = "Trả bài về bản nháp kèm lý do")
    public Response returnToDraft(@PathParam("id") String id, String body) {
        ReturnRequest request = optionalBody(body, ReturnRequest.class);
        return act(actor -> ok(workflow.returnToDraft(id, request == null ? null : request.comment(), actor)));
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(summary = "Các phiên bản đã lưu của bài, mới nhất trước")
    public Response revisions(@PathParam("id") String id) {
        return act(actor -> Response.ok(workflow.revisions(id, actor).stream().map(RevisionJson::of).toList()).build());
    }

    @POST
    @Path("/{id}/revisions/{number}/restore")
    @Operation(summary = "Khôi phục một phiên bản cũ thành nội dung hiện tại")
    public Response restore(@PathParam("id") String id, @PathParam("number") int number) {
        return act(actor -> ok(workflow.restore(id, number, actor)));
    }

    private Response act(Function<Account, Response> action) {
        Account actor = currentUser.account().orElse(null);
        if (actor == null) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic) để thay đổi nội dung");
        }
        return action.apply(actor);
    }

    private Response ok(Article article) {
        return Response.ok(json(article)).build();
    }

    private ArticleJson json(Article article) {
        return ArticleJson.of(article, markdown.toHtml(article.getBody()), site.getBaseUrl());
    }

    /** The JSON body of an action whose body may be left out entirely (then null). */
    private static <T> T optionalBody(String body, Class<T> type) {
        return body == null || body.isBlank() ? null : JSON.fromJson(body, type);
    }

    /** An instant with an offset, or a local date-time in Asia/Ho_Chi_Minh; null for blank. */
    static Instant time(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text.strip()).atZone(VietnameseDates.ZONE).toInstant();
        }
    }
}
