package vn.quyentreem.portal.campaigns.boundary;

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
import vn.quyentreem.portal.campaigns.control.CampaignPeriod;
import vn.quyentreem.portal.campaigns.control.PublishedCampaigns;
import vn.quyentreem.portal.campaigns.entity.Activity;
import vn.quyentreem.portal.campaigns.entity.Campaign;
import vn.quyentreem.portal.markdown.MarkdownRenderer;
import vn.quyentreem.portal.platform.PublicPath;
import vn.quyentreem.portal.site.SiteSettings;

import java.time.Instant;
import java.util.List;

/** Published campaigns for other sites and apps; drafts and unpublished campaigns do not exist here. */
@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Chiến dịch")
public class CampaignsResource {

    public record Item(String id, String slug, String name, int year, String theme, String startsOn, String endsOn,
                       String status, String url) {
    }


    public record ActivityJson(String activity, String time, String startsOn, String endsOn, String lead,
                               String partners, String funding, String status) {
    }

    public record Link(String title, String url) {
    }

    public record Detail(String id, String slug, String name, int year, String theme, String startsOn, String endsOn,
                         String status, String statusText, String url, List<String> messages, List<String> hotlines,
                         String bodyHtml, String bannerUrl, String bannerAlt, List<ActivityJson> activities,
                         List<Link> articles, List<Link> documents) {
    }

    @Inject
    PublishedCampaigns published;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    SiteSettings site;

    @GET
    @Operation(summary = "Các chiến dịch đã đăng: đang diễn ra trước, rồi sắp diễn ra, rồi đã kết thúc")
    @APIResponse(responseCode = "200", description = "{items:[{id, slug, name, year, theme, startsOn, endsOn, status, url}]}")
    @APIResponse(responseCode = "400", description = "year không hợp lệ")
    public Response list(@Parameter(description = "Chỉ các chiến dịch của năm này") @QueryParam("year") String year) {
        Instant now = Instant.now();
        if (year != null && !year.isBlank() && !year.strip().matches("\\d{4}")) {
            return ApiError.response(400, "Tham số year phải là năm có 4 chữ số");
        }
        List<Item> items = published.all(now).stream()
                .filter(c -> year == null || year.isBlank() || c.getYear() == Integer.parseInt(year.strip()))
                .map(c -> item(c, now)).toList();
        return Response.ok(Items.of(items)).build();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Một chiến dịch đã đăng, kèm thông điệp, kế hoạch hoạt động, tin liên quan và tài liệu")
    @APIResponse(responseCode = "200", description = "Chiến dịch")
    @APIResponse(responseCode = "404", description = "Không có chiến dịch đã đăng với đường dẫn này")
    public Response bySlug(@PathParam("slug") String slug) {
        Instant now = Instant.now();
        return published.bySlug(slug).map(c -> Response.ok(detail(c, now)).build())
                .orElseGet(() -> ApiError.response(404, "Không tìm thấy chiến dịch: " + slug));
    }

    private Item item(Campaign c, Instant now) {
        return new Item(c.getId(), c.getSlug(), c.getName(), c.getYear(), c.getTheme(), c.getStartsOn(), c.getEndsOn(),
                status(c, now), site.url(PublicPath.CAMPAIGN.of(c.getSlug())));
    }

    private Detail detail(Campaign c, Instant now) {
        return new Detail(c.getId(), c.getSlug(), c.getName(), c.getYear(), c.getTheme(), c.getStartsOn(), c.getEndsOn(),
                status(c, now), CampaignPeriod.describe(c, now), site.url(PublicPath.CAMPAIGN.of(c.getSlug())), c.getMessages(),
                c.getHotlines(), markdown.toHtml(c.getBody()),
                c.getBannerImage() == null ? null : site.url(c.getBannerImage()), c.getBannerAlt(),
                c.getActivities().stream().map(CampaignsResource::activity).toList(),
                published.relatedArticles(c).stream().map(a -> new Link(a.getTitle(), site.url(PublicPath.ARTICLE.of(a.getSlug())))).toList(),
                published.documents(c).stream().map(d -> new Link(d.getTitle(), site.url(PublicPath.DOCUMENT.of(d.getSlug())))).toList());
    }

    /** upcoming, running or ended, computed in Asia/Ho_Chi_Minh. */
    private static String status(Campaign c, Instant now) {
        return CampaignPeriod.phase(c, now).name().toLowerCase(java.util.Locale.ROOT);
    }

    private static ActivityJson activity(Activity a) {
        return new ActivityJson(a.getActivity(), a.getTime(), a.getStartsOn(), a.getEndsOn(), a.getLead(), a.getPartners(),
                a.getFunding(), a.getStatusValue().name().toLowerCase(java.util.Locale.ROOT));
    }
}
