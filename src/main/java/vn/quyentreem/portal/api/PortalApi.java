package vn.quyentreem.portal.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = "API Cổng thông tin Hội Bảo vệ quyền trẻ em", version = "1",
        description = "Tin bài đã đăng và các thao tác biên tập. Lỗi luôn trả về JSON {\"error\": …}."))
public class PortalApi extends Application {
}
