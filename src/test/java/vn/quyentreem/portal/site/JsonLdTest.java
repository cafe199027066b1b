package vn.quyentreem.portal.site;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonLdTest {

    @Test
    void noTextCanEndOrBendItsScriptElement() {
        String name = "Tháng hành động <!--<script> </script> & \u2028\u2029 >";
        String script = JsonLd.script(Json.createObjectBuilder().add("name", name).build());
        for (String unsafe : new String[] {"<", ">", "&", "\u2028", "\u2029"}) {
            assertFalse(script.contains(unsafe), unsafe + " in " + script);
        }
        JsonObject read = Json.createReader(new StringReader(script)).readObject();
        assertEquals(name, read.getString("name"), "search engines read the same name");
    }
}
