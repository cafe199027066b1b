package vn.quyentreem.portal.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.search.control.SearchResult;
import vn.quyentreem.portal.search.control.Searches;
import vn.quyentreem.portal.site.SiteSettings;

import java.util.List;
import java.util.Map;

/** One search box for everything published, in Vietnamese, with or without diacritics. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Tìm kiếm")
public class SearchResource {

    /** page: for a PDF, the page the snippet comes from; absent otherwise. */
    public record HitJson(String id, String type, String title, String url, String snippet, Integer page, String publishedAt) {
    }

    public record ResultJson(long total, int page, int size, List<HitJson> hits, Map<String, Map<String, Integer>> facets,
                             String message) {
    }

    @Inject
    Searches searches;

    @Inject
    SiteSettings site;

    @GET
    @Operation(summary = "Tìm trong mọi nội dung đã đăng; q có dấu hoặc không dấu")
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type,
                           @QueryParam("section") String section, @QueryParam("year") String year,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        Searches.Checked checked = Searches.check(q, page, size);
        if (checked.error() != null) {
            return ApiError.response(400, checked.error());
        }
        SearchResult result = searches.search(checked.query(), type, section, year, checked.page(), checked.size());
        List<HitJson> hits = result.hits().stream().map(h -> new HitJson(h.id(), h.type(), h.title(),
                site.url(h.url()), h.snippet(), h.page(), h.publishedAt())).toList();
        return Response.ok(new ResultJson(result.total(), result.page(), result.size(), hits, result.facets(),
                result.total() == 0 ? Searches.NOTHING_FOUND : null)).build();
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Gợi ý tiêu đề khi đang gõ")
    public Response suggest(@QueryParam("q") String q) {
        if (q == null || q.isBlank() || q.length() > Searches.MAX_QUERY) {
            return Response.ok(List.of()).build();
        }
        return Response.ok(searches.suggest(q)).build();
    }
}
