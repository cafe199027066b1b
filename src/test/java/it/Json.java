package it;

import jakarta.json.JsonObject;

import java.io.StringReader;

final class Json {

    private Json() {
    }

    static jakarta.json.JsonArray array(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }

    static JsonObject object(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
