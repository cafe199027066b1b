package it;

import jakarta.json.JsonObject;

import java.io.StringReader;

final class Json {

    private Json() {
    }

    static JsonObject object(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
