package vn.quyentreem.portal.accounts.boundary;

import vn.quyentreem.portal.accounts.entity.Roles;

import java.util.Set;

/**
 * Where a person goes once signed in: the page they were on their way to (a path inside the portal only), or
 * else the place they work. Sign-in and the first password of a new account both end here.
 */
final class ReturnAddress {

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

    static String of(String next, Set<String> roles) {
        if (isSafe(next)) {
            return next;
        }
        // writers at the desk, judges at the jury's page, entrants and parents at their entries
        if (roles.contains(Roles.JOURNALIST) || roles.contains(Roles.EDITOR) || roles.contains(Roles.ADMIN)) {
            return "/bien-tap/index.xhtml";
        }
        return roles.contains(Roles.JURY) ? "/giam-khao/index.xhtml" : "/du-thi/bai-cua-toi.xhtml";
    }
}
