package vn.quyentreem.portal.accounts.boundary;

import vn.quyentreem.portal.accounts.entity.Roles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Where a person goes once signed in: the page they were on their way to (a path inside the portal only), or
 * else the place they work. Sign-in and the first password of a new account both end here.
 */
public final class ReturnAddress {

    private ReturnAddress() {
    }

    /**
     * "//evil.example" or "https://…" would send people elsewhere, and a line break (a crafted "?tiep=%0A" link)
     * cannot go into a Location header at all.
     */
    static boolean isSafe(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.length() <= 2_000 && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** The sign-in page that leads back to {@code path} afterwards. */
    public static String signInThenTo(String path) {
        return EditorialAreaFilter.SIGN_IN + "?tiep=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    /** The return address as a query value for links that carry it on (sign-in to sign-up and back), or "". */
    static String encoded(String next) {
        return isSafe(next) ? URLEncoder.encode(next, StandardCharsets.UTF_8) : "";
    }

    static String of(String next, Set<String> roles) {
        if (isSafe(next)) {
            return next;
        }
        // writers at the desk, judges at the jury's page, entrants and parents at their entries
        if (roles.contains(Roles.JOURNALIST) || Roles.editorial(roles)) {
            return "/bien-tap/index.xhtml";
        }
        return roles.contains(Roles.JURY) ? "/giam-khao/index.xhtml" : "/du-thi/bai-cua-toi.xhtml";
    }
}
