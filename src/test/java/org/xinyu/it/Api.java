package org.xinyu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** A small HTTP client for the integration tests: calls the real server as a user would. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String authorization;

    private Api(String authorization) {
        this.authorization = authorization;
    }

    public static Api as(String username) {
        return as(username, XinyuServer.DEMO_PASSWORD);
    }

    public static Api as(String username, String password) {
        return new Api("Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An account an administrator has just created must replace its chosen password at first sign-in
     * (AccountService.create): this does so, and changes it back, so that a test can go on with the password it chose.
     */
    public static void keepChosenPassword(String username, String password) {
        String interim = password + "-Interim-9";
        Reply first = as(username, password).post("/api/v1/users/me/password", Json.createObjectBuilder()
                .add("currentPassword", password).add("newPassword", interim).build());
        Reply back = as(username, interim).post("/api/v1/users/me/password", Json.createObjectBuilder()
                .add("currentPassword", interim).add("newPassword", password).build());
        if (first.status() != 204 || back.status() != 204) {
            throw new IllegalStateException("first sign-in password change for " + username + " failed: " + first + " / " + back);
        }
    }

    public static Api anonymous() {
        return new Api(null);
    }

    public record Reply(int status, String body, HttpResponse<String> raw) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    public Reply post(String path, String rawBody, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(rawBody)));
    }

    public Reply put(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A raw path, not normalised by the client: for the path-bypass corpus. */
    public Reply getRaw(String rawPath) {
        return send(HttpRequest.newBuilder(URI.create(XinyuServer.baseUrl().replaceAll("/$", "") + rawPath)).timeout(Duration.ofSeconds(30)).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(XinyuServer.baseUrl() + path.replaceFirst("^/", "")))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
