package org.xinyu.it.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.xinyu.it.XinyuServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The server's own /openapi document, fetched once per run, parsed by swagger-parser and turned into a
 * swagger-request-validator that checks a real request and its real answer against it.
 */
final class OpenApiDocument {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static OpenApiDocument instance;

    final String yaml;
    final SwaggerParseResult parsed;
    final OpenAPI api;
    final OpenApiInteractionValidator validator;

    private OpenApiDocument(String yaml) {
        this.yaml = yaml;
        this.parsed = parse(yaml);
        this.api = parsed.getOpenAPI();
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
    }

    static synchronized OpenApiDocument get() {
        if (instance == null) {
            HttpResponse<String> reply = fetch("/openapi", null);
            if (reply.statusCode() != 200) {
                throw new IllegalStateException("/openapi answered " + reply.statusCode() + ": " + reply.body());
            }
            instance = new OpenApiDocument(reply.body());
        }
        return instance;
    }

    static SwaggerParseResult parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIParser().readContents(text, null, options);
    }

    static HttpResponse<String> fetch(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(XinyuServer.baseUrl() + path.replaceFirst("^/", "")))
                .timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    /** Sends one request with the shared client; the answer's body as UTF-8 text. */
    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The messages of validating one exchange (request and answer) against the document; empty when it conforms. */
    List<String> check(String method, String path, Map<String, String> query, String authorization, String contentType,
                       String requestBody, HttpResponse<String> reply) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
        query.forEach(request::withQueryParam);
        if (authorization != null) {
            request.withAuthorization(authorization);
        }
        if (requestBody != null) {
            request.withBody(requestBody).withContentType(contentType == null ? "application/json" : contentType);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.statusCode());
        reply.headers().map().forEach(response::withHeader);
        if (!reply.body().isEmpty()) {
            response.withBody(reply.body());
        }
        ValidationReport report = validator.validate(request.build(), response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    /** Only what the answer says (for requests that are meant to be invalid): is its status and body documented? */
    List<String> checkResponse(String method, String path, HttpResponse<String> reply) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.statusCode());
        reply.headers().map().forEach(response::withHeader);
        if (!reply.body().isEmpty()) {
            response.withBody(reply.body());
        }
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
