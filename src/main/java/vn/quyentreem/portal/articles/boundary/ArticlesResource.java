package vn.quyentreem.portal.articles.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.api.Items;
import vn.quyentreem.portal.articles.control.ArticlePage;
import vn.quyentreem.portal.articles.control.PublishedArticles;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.site.SiteSettings;

/** Published articles for other sites and apps. Drafts and unpublished items do not exist here. */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Tin bài")
public class ArticlesResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @Inject
    PublishedArticles published;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    SiteSettings site;

    @GET
    @Operation(summary = "Tin bài đã đăng, mới nhất trước, theo trang")
    @APIResponse(responseCode = "200", description = "{total, page, size, items:[…]}")
    @APIResponse(responseCode = "400", description = "page hoặc size không hợp lệ")
    public Response list(
            @Parameter(description = "Số trang, bắt đầu từ 1") @QueryParam("page") String page,
            @Parameter(description = "Số bài mỗi trang, 1–100, mặc định 20") @QueryParam("size") String size) {
        Integer pageNumber = number(page, 1, Integer.MAX_VALUE, 1);
        if (pageNumber == null) {
            return ApiError.response(400, "Tham số page phải là số nguyên từ 1 trở lên");
        }
        Integer pageSize = number(size, 1, MAX_SIZE, DEFAULT_SIZE);
        if (pageSize == null) {
            return ApiError.response(400, "Tham số size phải là số nguyên từ 1 đến " + MAX_SIZE);
        }
        ArticlePage result = published.latest(pageNumber, pageSize);
        String base = site.getBaseUrl();
        return Response.ok(Items.page(result.getItems().stream().map(a -> ArticleSummaryJson.of(a, base)).toList(),
                result.getTotal(), pageNumber, pageSize)).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Một tin bài đã đăng, kèm HTML đã dựng")
    @APIResponse(responseCode = "200", description = "Tin bài")
    @APIResponse(responseCode = "404", description = "Không có tin bài đã đăng với đường dẫn này")
    public Response bySlug(@PathParam("slug") String slug) {
        return published.bySlug(slug)
                .map(a -> Response.ok(ArticleJson.of(a, markdown.toHtml(a.getBody()), site.getBaseUrl())).build())
                .orElseGet(() -> ApiError.response(404, "Không tìm thấy tin bài: " + slug));
    }

    /** The whole number in text, within [min, max]; the default when absent; null when malformed. */
    static Integer number(String text, int min, int max, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        if (!text.strip().matches("\\d{1,9}")) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value < min || value > max ? null : value;
    }
}
