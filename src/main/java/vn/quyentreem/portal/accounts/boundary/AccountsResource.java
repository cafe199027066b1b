package vn.quyentreem.portal.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.api.ApiError;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Account administration for admins, over HTTP Basic. Password hashes never leave the portal. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
@Tag(name = "Tài khoản")
public class AccountsResource {

    public record AccountRequest(String username, String displayName, String email, Set<String> roles, String password) {
    }

    public record RolesRequest(Set<String> roles) {
    }

    public record AccountJson(String username, String displayName, String email, Set<String> roles, boolean active) {
        static AccountJson of(Account a) {
            return new AccountJson(a.getUsername(), a.getDisplayName(), a.getEmail(), a.getRoles(), a.isActive());
        }
    }

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(summary = "Danh sách tài khoản (quản trị viên)")
    public Response list() {
        return act(admin -> {
            if (!currentUser.isAdmin()) {
                return ApiError.response(403, "Chỉ quản trị viên được xem danh sách tài khoản");
            }
            List<AccountJson> all = administration.all().stream().map(AccountJson::of).toList();
            return Response.ok(all).build();
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Tạo tài khoản; không kèm mật khẩu thì gửi thư mời đặt mật khẩu")
    public Response create(AccountRequest r) {
        if (r == null) {
            return ApiError.response(400, "Thiếu nội dung JSON");
        }
        return act(admin -> Response.status(201).entity(AccountJson.of(
                administration.create(r.username(), r.displayName(), r.email(), r.roles(), r.password(), admin))).build());
    }

    @PUT
    @Path("/{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Đặt vai trò cho tài khoản")
    public Response roles(@PathParam("username") String username, RolesRequest r) {
        return act(admin -> Response.ok(AccountJson.of(
                administration.setRoles(username, r == null ? null : r.roles(), admin))).build());
    }

    @POST
    @Path("/{username}/deactivate")
    @Operation(summary = "Khóa tài khoản")
    public Response deactivate(@PathParam("username") String username) {
        return act(admin -> Response.ok(AccountJson.of(administration.setActive(username, false, admin))).build());
    }

    @POST
    @Path("/{username}/activate")
    @Operation(summary = "Mở lại tài khoản")
    public Response activate(@PathParam("username") String username) {
        return act(admin -> Response.ok(AccountJson.of(administration.setActive(username, true, admin))).build());
    }

    private Response act(Function<Account, Response> action) {
        return CallerActions.asCaller(currentUser, "Cần đăng nhập (mã truy cập hoặc HTTP Basic)", action);
    }
}
