package vn.quyentreem.portal.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Site-wide facts for pages and feeds. Absolute URLs (canonical links, Open Graph, sitemap) come from
 * PORTAL_BASE_URL, never from the request's Host header, so a cached page cannot be poisoned with another host.
 */
@Named("site")
@ApplicationScoped
public class SiteSettings {

    public static final String NAME = "Hội Bảo vệ quyền trẻ em Việt Nam";
    public static final String DESCRIPTION =
            "Cổng thông tin của Hội Bảo vệ quyền trẻ em Việt Nam: tin tức, chính sách, hoạt động vì trẻ em và Tổng đài 111.";

    @Inject
    @ConfigProperty(name = "portal.base.url")
    Optional<String> baseUrl;

    @Inject
    @ConfigProperty(name = "portal.http.port", defaultValue = "9080")
    String httpPort;

    @Inject
    @ConfigProperty(name = "portal.contact.address", defaultValue = "Hà Nội, Việt Nam")
    String contactAddress;

    @Inject
    @ConfigProperty(name = "portal.contact.email", defaultValue = "lienhe@example.org")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "portal.contact.phone")
    Optional<String> contactPhone;

    /** The office's postal address, its e-mail and telephone, as the footer and the contact page give them. */
    public String getContactAddress() {
        return contactAddress;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone.filter(p -> !p.isBlank()).orElse(null);
    }

    public String getName() {
        return NAME;
    }

    public String getDescription() {
        return DESCRIPTION;
    }

    public String getBaseUrl() {
        String url = baseUrl.filter(s -> !s.isBlank()).orElse("http://localhost:" + httpPort);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The absolute URL of a site path such as "/bai-viet/abc". */
    public String url(String path) {
        return getBaseUrl() + (path.startsWith("/") ? path : "/" + path);
    }
}
