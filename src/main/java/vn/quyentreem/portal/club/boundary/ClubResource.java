package vn.quyentreem.portal.club.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.accounts.boundary.CurrentUser;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.api.Items;
import vn.quyentreem.portal.club.control.ClubAdmissions;
import vn.quyentreem.portal.club.control.ClubRefusal;
import vn.quyentreem.portal.club.control.DirectoryEntry;
import vn.quyentreem.portal.club.control.MemberDirectory;
import vn.quyentreem.portal.club.control.ProfileInput;
import vn.quyentreem.portal.club.entity.ApplicationStatus;
import vn.quyentreem.portal.club.entity.ClubApplication;
import vn.quyentreem.portal.club.entity.ClubMember;
import vn.quyentreem.portal.platform.PublicPath;

import java.util.Arrays;
import java.util.function.Function;

/** The journalists' club over HTTP: applying (public), the directory (public), and review (editors, HTTP Basic). */
@Path("/club")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Câu lạc bộ phóng viên")
public class ClubResource {

    @Schema(name = "ApplicationReceived")
    public record Received(String id, String status) {
    }

    public record ApplicationJson(String id, String status, String fullName, String outlet, String email,
                                  String province, String createdAt, String reason, String memberId) {
        static ApplicationJson of(ClubApplication a) {
            return new ApplicationJson(a.getId(), a.status().json(), a.getProfile().getFullName(),
                    a.getProfile().getOutlet(), a.getProfile().getEmail(), a.getProfile().getProvince(),
                    a.getCreatedAt().toString(), a.getReason(), a.getMemberId());
        }
    }

    public record Approved(String memberId, String slug, String username, String validUntil, String url) {
    }


    public record RejectRequest(String reason) {
    }

    @Inject
    ClubAdmissions admissions;

    @Inject
    MemberDirectory directory;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đăng ký gia nhập câu lạc bộ (công khai); một thư xác nhận được gửi tới e-mail")
    public Response apply(ApplicationRequest body) {
        if (body == null) {
            return ApiError.response(400, "Thiếu nội dung JSON của đơn");
        }
        ProfileInput.Checked checked = body.toInput().check();
        if (!checked.ok()) {
            return ApiError.problems(400, checked.problems());
        }
        ClubApplication application = admissions.apply(checked.profile(), null, request.getRemoteAddr());
        return Response.accepted(new Received(application.getId(), application.status().json())).build();
    }

    @GET
    @Path("/applications")
    @Operation(summary = "Các đơn theo trạng thái (biên tập viên); mặc định: chờ xét duyệt")
    public Response applications(@QueryParam("status") String status) {
        return asEditor(editor -> {
            if (!currentUser.isEditor()) {
                return ApiError.response(403, "Chỉ biên tập viên được xem các đơn hội viên");
            }
            ApplicationStatus wanted = Arrays.stream(ApplicationStatus.values())
                    .filter(s -> s.json().equals(status == null ? "pending_review" : status)).findFirst()
                    .orElseThrow(() -> new ClubRefusal(400, "Trạng thái không hợp lệ: " + status));
            return Response.ok(Items.of(admissions.withStatus(wanted).stream().map(ApplicationJson::of).toList())).build();
        });
    }

    @POST
    @Path("/applications/{id}/approve")
    @Operation(summary = "Kết nạp: tạo tài khoản phóng viên và hội viên một năm (biên tập viên)")
    public Response approve(@PathParam("id") String id) {
        return asEditor(editor -> {
            ClubMember member = admissions.approve(id, editor);
            return Response.ok(new Approved(member.getId(), member.getSlug(), member.getUsername(), member.getValidUntil(),
                    PublicPath.MEMBER.of(member.getSlug()))).build();
        });
    }

    @POST
    @Path("/applications/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Không chấp nhận, với lý do được gửi cho người đăng ký (biên tập viên)")
    public Response reject(@PathParam("id") String id, RejectRequest body) {
        return asEditor(editor -> Response.ok(ApplicationJson.of(
                admissions.reject(id, body == null ? null : body.reason(), editor))).build());
    }

    @GET
    @Path("/members")
    @Operation(summary = "Hội viên đang hoạt động; chỉ những thông tin mỗi người đồng ý công khai")
    public Items<DirectoryEntry> members(@QueryParam("province") String province, @QueryParam("topic") String topic) {
        return Items.of(directory.listed(province, topic));
    }

    @GET
    @Path("/members/{slug}")
    @Operation(summary = "Một hội viên trong danh bạ")
    public Response member(@PathParam("slug") String slug) {
        return directory.bySlug(slug).map(e -> Response.ok(e).build())
                .orElseGet(() -> ApiError.response(404, "Không có hội viên này trong danh bạ"));
    }

    private Response asEditor(Function<Account, Response> action) {
        Account actor = currentUser.account().orElse(null);
        if (actor == null) {
            return ApiError.unauthorized("Cần đăng nhập (HTTP Basic)");
        }
        return action.apply(actor);
    }
}
