package vn.quyentreem.portal.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.accounts.control.ApiTokenService;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.ApiToken;
import vn.quyentreem.portal.api.ApiError;
import vn.quyentreem.portal.api.Items;

import java.util.List;
import java.util.function.Function;

/** The caller's own API tokens. The secret is in the answer that creates a token, and nowhere else ever after. */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Tài khoản")
public class ApiTokensResource {

    public record TokenRequest(String name) {
    }

    public record TokenJson(String id, String name, String createdAt, String lastUsedAt) {
        static TokenJson of(ApiToken t) {
            return new TokenJson(t.getId(), t.getName(), t.getCreatedAt().toString(),
                    t.getLastUsedAt() == null ? null : t.getLastUsedAt().toString());
        }
    }

    public record IssuedJson(String id, String name, String createdAt, String token) {
    }


    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "Các mã truy cập API của bạn (không kèm mã bí mật)")
    public Response list() {
        return act(owner -> Response.ok(Items.of(tokens.of(owner).stream().map(TokenJson::of).toList())).build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo mã truy cập API {name}; mã bí mật chỉ có trong câu trả lời này")
    @APIResponse(responseCode = "201", description = "{id, name, createdAt, token}: gửi token trong Authorization: Bearer …")
    @APIResponse(responseCode = "400", description = "Thiếu tên hoặc tên dài quá 80 ký tự")
    @APIResponse(responseCode = "403", description = "Gọi bằng một mã truy cập: mã mới chỉ tạo bằng mật khẩu")
    @APIResponse(responseCode = "409", description = "Đã có 20 mã đang dùng")
    public Response create(TokenRequest r) {
        if (r == null) {
            return ApiError.response(400, "Thiếu nội dung JSON {\"name\": …}");
        }
        // a leaked token must not be able to outlive its revocation by making itself a successor
        if (request.getAttribute(PortalAuthentication.VIA_TOKEN) != null) {
            return ApiError.response(403, "Không tạo được mã mới bằng một mã truy cập; hãy đăng nhập bằng mật khẩu");
        }
        return act(owner -> {
            ApiTokenService.Issued issued = tokens.create(owner, r.name());
            ApiToken t = issued.token();
            return Response.status(201).entity(new IssuedJson(t.getId(), t.getName(), t.getCreatedAt().toString(),
                    issued.secret())).build();
        });
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Thu hồi một mã truy cập API của bạn; có hiệu lực ngay")
    @APIResponse(responseCode = "204", description = "Đã thu hồi")
    @APIResponse(responseCode = "404", description = "Bạn không có mã này")
    public Response revoke(@PathParam("id") String id) {
        return act(owner -> {
            tokens.revoke(owner, id);
            return Response.noContent().build();
        });
    }

    private Response act(Function<Account, Response> action) {
        return CallerActions.asCaller(currentUser, "Cần đăng nhập (mã truy cập hoặc HTTP Basic)", action);
    }
}
