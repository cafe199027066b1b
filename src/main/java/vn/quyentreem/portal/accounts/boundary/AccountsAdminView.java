package vn.quyentreem.portal.accounts.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.quyentreem.portal.accounts.control.AccountAdministration;
import vn.quyentreem.portal.accounts.entity.Account;
import vn.quyentreem.portal.accounts.entity.Roles;
import vn.quyentreem.portal.site.FacesMessages;
import vn.quyentreem.portal.site.ListPage;
import vn.quyentreem.portal.site.PageParams;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Admins create or invite people, set their roles and lock or unlock their accounts. The list is searched and paged
 * with a plain GET form (?q=, ?vai-tro=, ?trang=); the view keeps what was asked while its buttons post back.
 */
@Named
@ViewScoped
public class AccountsAdminView implements Serializable {

    static final String PATH = "/quan-tri/tai-khoan.xhtml";
    static final int PAGE_SIZE = 50;
    /** The role filter's value for accounts with no role at all (people who signed up themselves). */
    static final String NO_ROLE = "khong-co";
    private static final int MAX_QUERY = 200;

    @Inject
    transient AccountAdministration administration;

    @Inject
    transient CurrentUser currentUser;

    private String username;
    private String displayName;
    private String email;
    private String password;
    private List<String> roles = new ArrayList<>(List.of(Roles.JOURNALIST));

    private String query;
    private String roleFilter;
    private String requestedPage;
    /** Once the create form was used in this view it stays open, also when the list then shows the new account. */
    private boolean formUsed;
    /** Read once per rendering: a postback's buttons then find the rows the admin saw, and no getter reads twice. */
    private transient List<Account> all;
    private transient ListPage<Account> page;

    /** The view action of the page's GET: what the admin asked for, kept while the page's buttons post back. */
    public void readFilters() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        query = params.get("q") == null ? null : params.get("q").strip();
        if (query != null && query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        roleFilter = params.get("vai-tro");
        if (roleFilter != null && !roleFilter.isEmpty() && !Roles.ALL.contains(roleFilter) && !NO_ROLE.equals(roleFilter)) {
            FacesMessages.error("Không có vai trò \"" + roleFilter + "\"; đang hiện mọi vai trò.");
            roleFilter = null;
        }
        requestedPage = params.get(ListPage.PAGE_PARAMETER);
        if (PageParams.pageNumber(requestedPage).isEmpty()) {
            FacesMessages.error("Số trang không hợp lệ; đang hiện trang 1.");
        }
    }

    /**
     * The page of accounts matching the search, by username. Every account is read and filtered in memory: right
     * for the hundreds to few thousand accounts an association has; only the page is rendered.
     */
    public ListPage<Account> getPage() {
        if (page != null) {
            return page;
        }
        List<Account> matching = accounts().stream()
                .filter(a -> ListPage.matches(query, a.getUsername(), a.getDisplayName(), a.getEmail()))
                .filter(a -> roleFilter == null || roleFilter.isEmpty()
                        || (NO_ROLE.equals(roleFilter) ? a.getRoles().isEmpty() : a.getRoles().contains(roleFilter)))
                .toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", query);
        filters.put("vai-tro", roleFilter);
        page = ListPage.of(matching, requestedPage, PAGE_SIZE, PATH, filters);
        return page;
    }

    public int getAccountCount() {
        return accounts().size();
    }

    private List<Account> accounts() {
        if (all == null) {
            all = administration.all();
        }
        return all;
    }

    /** Before each rendering (f:event preRenderView): what the page shows is read afresh. */
    public void refresh() {
        all = null;
        page = null;
    }

    public boolean isFiltered() {
        return (query != null && !query.isEmpty()) || (roleFilter != null && !roleFilter.isEmpty());
    }

    /** The create form is open unless the admin came to find someone, and always once it was used. */
    public boolean isFormOpen() {
        return formUsed || (!isFiltered() && requestedPage == null);
    }

    /** The form's &lt;details&gt; attributes: "open" only when open, since open="" would open it too. */
    public Map<String, Object> getFormAttributes() {
        return isFormOpen() ? Map.of("open", "open") : Map.of();
    }

    public String getQuery() { return query; }
    public String getRoleFilter() { return roleFilter; }
    public String getNoRole() { return NO_ROLE; }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public String roleLabel(String role) {
        return Roles.label(role);
    }

    public void create() {
        formUsed = true;
        boolean invite = password == null || password.isEmpty();
        if (run(() -> administration.create(username, displayName, email, new HashSet<>(roles), password,
                currentUser.account().orElseThrow()), invite ? "Đã tạo tài khoản và gửi thư mời đặt mật khẩu."
                : "Đã tạo tài khoản.")) {
            // the list then shows the new account, wherever it falls among the others, ready for its roles
            query = username.strip().toLowerCase();
            roleFilter = null;
            requestedPage = null;
            username = displayName = email = password = null;
        }
    }

    public void toggleRole(Account account, String role) {
        var next = new HashSet<>(account.getRoles());
        if (!next.remove(role)) {
            next.add(role);
        }
        run(() -> administration.setRoles(account.getUsername(), next, currentUser.account().orElseThrow()),
                "Đã đổi vai trò của " + account.getUsername() + ".");
    }

    public void setActive(Account account, boolean active) {
        run(() -> administration.setActive(account.getUsername(), active, currentUser.account().orElseThrow()),
                (active ? "Đã mở lại" : "Đã khóa") + " tài khoản " + account.getUsername() + ".");
    }

    private boolean run(Supplier<Account> action, String done) {
        try {
            action.get();
            FacesMessages.info(done);
            return true;
        } catch (AccountAdministration.Refused e) {
            FacesMessages.refused(e, FacesMessages.inputs("tao", "username", "ten", "displayName", "ho-ten",
                    "email", "email", "password", "mat-khau"));
            return false;
        }
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
}
