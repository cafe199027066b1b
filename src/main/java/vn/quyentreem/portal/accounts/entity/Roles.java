package vn.quyentreem.portal.accounts.entity;

import java.util.List;

/** The roles the portal knows. Later capabilities (juries, club members) add theirs here. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String EDITOR = "editor";
    public static final String JOURNALIST = "journalist";
    public static final String JURY = "jury";
    public static final String MEMBER = "member";

    public static final List<String> ALL = List.of(ADMIN, EDITOR, JOURNALIST, JURY, MEMBER);

    private Roles() {
    }

    /** Editors and admins may do everything editorial; written once so that a new role is added in one place. */
    public static boolean editorial(java.util.Collection<String> roles) {
        return roles.contains(EDITOR) || roles.contains(ADMIN);
    }

    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Quản trị viên";
            case EDITOR -> "Biên tập viên";
            case JOURNALIST -> "Phóng viên";
            case JURY -> "Giám khảo";
            case MEMBER -> "Hội viên CLB";
            default -> role;
        };
    }
}
