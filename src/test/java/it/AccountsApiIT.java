package it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad roles in the accounts API are named in a 400, never a server error. */
class AccountsApiIT {

    @Test
    void aNullOrUnknownRoleIsRefusedByName() {
        for (String roles : new String[] {"[null]", "[\"khong-co\"]"}) {
            HttpResponse<String> refused = Api.call("POST", "/accounts", "admin", Api.ADMIN_PASSWORD,
                    "{\"username\":\"vai-tro-sai\",\"displayName\":\"Vai trò sai\",\"email\":\"vai-tro-sai@example.org\","
                            + "\"roles\":" + roles + "}");
            assertEquals(400, refused.statusCode(), roles + ": " + refused.body());
            assertTrue(Json.object(refused.body()).getString("error").startsWith("Vai trò không hợp lệ"), refused.body());
        }
        Api.ensureAccount("vai-tro-dung", "vai-tro-Secret-2026", "journalist");
        HttpResponse<String> roles = Api.call("PUT", "/accounts/vai-tro-dung/roles", "admin", Api.ADMIN_PASSWORD,
                "{\"roles\":[\"editor\", null]}");
        assertEquals(400, roles.statusCode(), roles.body());
    }

    @Test
    void aDisplayNameOfAMillionCharactersIsRefusedInVietnamese() {
        HttpResponse<String> refused = Api.call("POST", "/accounts", "admin", Api.ADMIN_PASSWORD,
                "{\"username\":\"ten-qua-dai\",\"displayName\":\"" + "x".repeat(1_000_000)
                        + "\",\"email\":\"ten-qua-dai@example.org\",\"roles\":[\"journalist\"]}");
        assertEquals(400, refused.statusCode());
        assertEquals("Họ tên hiển thị dài tối đa 120 ký tự", Json.object(refused.body()).getString("error"));
        assertFalse(Api.call("GET", "/accounts", "admin", Api.ADMIN_PASSWORD, null).body().contains("ten-qua-dai"));
    }
}
