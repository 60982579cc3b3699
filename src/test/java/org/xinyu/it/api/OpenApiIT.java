package org.xinyu.it.api;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /openapi is a valid OpenAPI 3 document (issue 12 §3), checked by a standard parser (swagger-parser), and it is
 * true to the server: every JAX-RS call is documented, nothing documented is missing, and the README's calls run
 * as written and conform to it (swagger-request-validator checks request and answer).
 */
class OpenApiIT {

    private static final Set<String> ROOT_PROPERTIES = Set.of("openapi", "info", "jsonSchemaDialect", "servers", "paths",
            "webhooks", "components", "security", "tags", "externalDocs");
    /** Documented without credentials: MicroProfile Health. */
    private static final Set<String> PUBLIC_PATHS = Set.of("/health", "/health/live", "/health/ready");

    @Test
    void the_document_validates_with_swagger_parser_without_a_single_message() {
        OpenApiDocument doc = OpenApiDocument.get();
        assertTrue(doc.parsed.getMessages() == null || doc.parsed.getMessages().isEmpty(),
                "swagger-parser: " + doc.parsed.getMessages());
        assertNotNull(doc.api, "parsed");
        assertTrue(doc.api.getOpenapi().startsWith("3."), doc.api.getOpenapi());
    }

    @Test
    void the_document_is_yaml_by_default_and_json_on_request_and_both_say_the_same_with_no_extra_root_property() {
        HttpResponse<String> yaml = OpenApiDocument.fetch("/openapi", null);
        assertEquals(200, yaml.statusCode());
        assertTrue(yaml.body().startsWith("openapi:") || yaml.body().contains("\nopenapi:"), "YAML by default: " + head(yaml.body()));
        HttpResponse<String> json = OpenApiDocument.fetch("/openapi", "application/json");
        assertEquals(200, json.statusCode());
        JsonObject root;
        try (var reader = Json.createReader(new StringReader(json.body()))) {
            root = reader.readObject();
        }
        Set<String> extra = new TreeSet<>(root.keySet());
        extra.removeIf(key -> ROOT_PROPERTIES.contains(key) || key.startsWith("x-"));
        assertTrue(extra.isEmpty(), "root properties OpenAPI does not define: " + extra);
        SwaggerParseResult fromJson = OpenApiDocument.parse(json.body());
        assertTrue(fromJson.getMessages() == null || fromJson.getMessages().isEmpty(), "JSON: " + fromJson.getMessages());
        assertEquals(OpenApiDocument.get().api.getPaths().keySet(), fromJson.getOpenAPI().getPaths().keySet());
    }

    @Test
    void tags_are_unique_declared_and_every_operation_has_exactly_one() {
        var api = OpenApiDocument.get().api;
        List<String> names = api.getTags().stream().map(Tag::getName).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "duplicate tags: " + names);
        List<String> problems = new ArrayList<>();
        operations().forEach((key, op) -> {
            if (op.getTags() == null || op.getTags().size() != 1 || !names.contains(op.getTags().get(0))) {
                problems.add(key + " tags " + op.getTags());
            }
            if (op.getOperationId() == null) {
                problems.add(key + " has no operationId");
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_operation_needs_http_basic_except_health_and_documents_its_answers_and_problem_json_errors() {
        var api = OpenApiDocument.get().api;
        SecurityScheme basic = api.getComponents().getSecuritySchemes().get("basic");
        assertNotNull(basic, "a security scheme named basic");
        assertEquals(SecurityScheme.Type.HTTP, basic.getType());
        assertEquals("basic", basic.getScheme());
        List<String> problems = new ArrayList<>();
        operations().forEach((key, op) -> {
            String path = key.substring(key.indexOf(' ') + 1);
            List<SecurityRequirement> security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
            boolean secured = security != null && security.stream().anyMatch(r -> r.containsKey("basic"));
            if (PUBLIC_PATHS.contains(path)) {
                if (secured) {
                    problems.add(key + " is public but documented as needing credentials");
                }
            } else {
                if (!secured) {
                    problems.add(key + " has no HTTP Basic security requirement");
                }
                for (String status : List.of("401", "403")) {
                    if (!op.getResponses().containsKey(status)) {
                        problems.add(key + " does not document " + status);
                    }
                }
            }
            boolean success = false;
            for (Map.Entry<String, ApiResponse> response : op.getResponses().entrySet()) {
                String status = response.getKey();
                ApiResponse answer = response.getValue();
                if (answer.get$ref() != null) {
                    answer = api.getComponents().getResponses().get(answer.get$ref().substring(answer.get$ref().lastIndexOf('/') + 1));
                }
                var content = answer.getContent();
                if (status.startsWith("2")) {
                    success = true;
                    if (!"204".equals(status) && (content == null || content.values().stream().anyMatch(m -> m.getSchema() == null))) {
                        problems.add(key + " " + status + " has no schema");
                    }
                } else if (status.startsWith("4")) {
                    MediaType problem = content == null ? null : content.get("application/problem+json");
                    if (problem == null || problem.getSchema() == null || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())
                            && problem.getSchema().getProperties() == null) {
                        problems.add(key + " " + status + " is not problem+json with the Problem schema");
                    }
                } else if ("default".equals(status)) {
                    problems.add(key + " has a catch-all default answer");
                }
            }
            if (!success) {
                problems.add(key + " documents no 2xx answer");
            }
            if (op.getRequestBody() != null) {
                var body = op.getRequestBody().getContent();
                if (body == null || body.isEmpty() || body.values().stream().anyMatch(m -> m.getSchema() == null)) {
                    problems.add(key + " request body has no schema");
                }
            }
        });
        var problem = api.getComponents().getSchemas().get("Problem");
        assertNotNull(problem, "a shared Problem schema");
        assertTrue(problem.getRequired().containsAll(List.of("type", "title", "status", "detail")), "RFC 9457 members required");
        var errors = (io.swagger.v3.oas.models.media.Schema<?>) problem.getProperties().get("errors");
        assertTrue(errors.getItems().getRequired().containsAll(List.of("field", "message")), "errors name field and message");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_jax_rs_resource_method_is_documented_and_every_documented_call_exists() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.xinyu");
        String root = classes.stream().filter(c -> c.isAnnotatedWith(ApplicationPath.class))
                .map(c -> c.getAnnotationOfType(ApplicationPath.class).value()).findFirst().orElseThrow();
        Set<String> server = new TreeSet<>();
        for (JavaClass resource : classes) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : resource.getMethods()) {
                for (var annotation : method.getAnnotations()) {
                    if (annotation.getRawType().isAnnotatedWith(HttpMethod.class)) {
                        String verb = annotation.getRawType().getAnnotationOfType(HttpMethod.class).value();
                        String sub = method.isAnnotatedWith(Path.class) ? method.getAnnotationOfType(Path.class).value() : "";
                        server.add(verb + " " + normalise(root + "/" + base + "/" + sub));
                    }
                }
            }
        }
        assertTrue(server.size() >= 30, "found the resource methods: " + server);
        Set<String> documented = new TreeSet<>(operations().keySet());
        documented.removeIf(key -> PUBLIC_PATHS.contains(key.substring(key.indexOf(' ') + 1)));
        Set<String> undocumented = new TreeSet<>(server);
        undocumented.removeAll(documented);
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(server);
        assertTrue(undocumented.isEmpty() && missing.isEmpty(),
                "on the server but not documented: " + undocumented + "\ndocumented but not on the server: " + missing);
        for (String publicPath : PUBLIC_PATHS) {
            HttpResponse<String> reply = OpenApiDocument.fetch(publicPath, "application/json");
            assertEquals(200, reply.statusCode(), publicPath + " is served: " + reply.body());
            assertTrue(OpenApiDocument.get().checkResponse("GET", publicPath, reply).isEmpty(),
                    publicPath + ": " + OpenApiDocument.get().checkResponse("GET", publicPath, reply));
        }
    }

    /** {@code /a//{id: \d+}/} → {@code /a/{id}}. */
    static String normalise(String path) {
        String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Test
    void the_readme_api_calls_run_as_written_and_conform_to_the_document() throws IOException {
        String readme = Files.readString(java.nio.file.Path.of(System.getProperty("xinyu.project.dir", ".")).resolve("README.md"));
        int start = readme.indexOf("### Try the rules over the API");
        assertTrue(start >= 0, "the README's API section");
        int open = readme.indexOf("```bash", start);
        String block = readme.substring(open + "```bash".length(), readme.indexOf("```", open + 7));
        List<List<String>> commands = Shell.commands(block);
        Map<String, String> variables = new HashMap<>();
        Map<String, String> placeholders = new HashMap<>();
        int calls = 0;
        for (List<String> words : commands) {
            List<String> expanded = Shell.expand(words, variables);
            if (expanded.isEmpty()) {
                continue;
            }
            if (!"curl".equals(expanded.get(0))) {
                Matcher assignment = Pattern.compile("^([A-Za-z_]\\w*)=(.*)$", Pattern.DOTALL).matcher(expanded.get(0));
                assertTrue(assignment.matches() && expanded.size() == 1, "only variables and curl in the README block: " + expanded);
                variables.put(assignment.group(1), assignment.group(2));
                continue;
            }
            Curl curl = Curl.of(expanded, placeholders);
            HttpResponse<String> reply = curl.send();
            calls++;
            assertTrue(reply.statusCode() / 100 == 2, curl + " → " + reply.statusCode() + " " + reply.body());
            List<String> messages = OpenApiDocument.get().check(curl.method, curl.path, Map.of(), curl.authorization,
                    curl.contentType, curl.body, reply);
            assertTrue(messages.isEmpty(), curl + " → " + reply.statusCode() + " does not conform: " + messages + "\n" + reply.body());
            JsonValue json = Json.createReader(new StringReader(reply.body())).readValue();
            if ("POST".equals(curl.method) && curl.path.endsWith("/students")) {
                placeholders.put("<id>", json.asJsonObject().get("id").toString());
            }
            if (curl.path.endsWith("/case")) {
                placeholders.put("<caseId>", json.asJsonObject().get("id").toString());
            }
        }
        assertTrue(calls >= 4, "ran the README's calls: " + calls);
        assertEquals(Set.of("<id>", "<caseId>"), placeholders.keySet());
    }

    private static String head(String text) {
        return text.substring(0, Math.min(200, text.length()));
    }

    /** "GET /api/v1/students" → operation, in document order. */
    static Map<String, Operation> operations() {
        Map<String, Operation> all = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> path : OpenApiDocument.get().api.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, op) -> all.put(method.name() + " " + path.getKey(), op));
        }
        return all;
    }

    /** Just enough of a POSIX shell for the README: quotes, backslash-newline, comments, ';', $VAR with word splitting. */
    static final class Shell {

        /** Words keep a marker for unquoted $VAR so that expansion can split them. */
        static List<List<String>> commands(String text) {
            List<List<String>> commands = new ArrayList<>();
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                    continue;
                }
                if (c == '\'') {
                    int end = text.indexOf('\'', i + 1);
                    word = word == null ? new StringBuilder() : word;
                    word.append('\u0001').append(text, i + 1, end).append('\u0002');
                    i = end;
                } else if (c == '"') {
                    int end = text.indexOf('"', i + 1);
                    word = word == null ? new StringBuilder() : word;
                    word.append('\u0003').append(text, i + 1, end).append('\u0004');
                    i = end;
                } else if (c == '#' && word == null) {
                    while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                        i++;
                    }
                } else if (c == ' ' || c == '\t' || c == '\n' || c == ';') {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                    if ((c == '\n' || c == ';') && !words.isEmpty()) {
                        commands.add(words);
                        words = new ArrayList<>();
                    }
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            if (!words.isEmpty()) {
                commands.add(words);
            }
            return commands;
        }

        static List<String> expand(List<String> words, Map<String, String> variables) {
            List<String> out = new ArrayList<>();
            Pattern var = Pattern.compile("\\$(\\w+)");
            for (String word : words) {
                // split into quoted and unquoted parts; expand $VAR outside single quotes; split unquoted expansions
                StringBuilder current = new StringBuilder();
                boolean any = false;
                int i = 0;
                while (i < word.length()) {
                    char c = word.charAt(i);
                    if (c == '\u0001') {
                        int end = word.indexOf('\u0002', i);
                        current.append(word, i + 1, end);
                        any = true;
                        i = end + 1;
                    } else if (c == '\u0003') {
                        int end = word.indexOf('\u0004', i);
                        Matcher m = var.matcher(word.substring(i + 1, end));
                        current.append(m.replaceAll(r -> Matcher.quoteReplacement(variables.getOrDefault(r.group(1), ""))));
                        any = true;
                        i = end + 1;
                    } else if (c == '$') {
                        Matcher m = var.matcher(word).region(i, word.length());
                        if (!m.lookingAt()) {
                            current.append(c);
                            i++;
                            continue;
                        }
                        String[] parts = variables.getOrDefault(m.group(1), "").trim().split("\\s+");
                        for (int p = 0; p < parts.length; p++) {
                            if (p > 0) {
                                out.add(current.toString());
                                current.setLength(0);
                            }
                            current.append(parts[p]);
                        }
                        any = true;
                        i = m.end();
                    } else {
                        current.append(c);
                        any = true;
                        i++;
                    }
                }
                if (any && !current.isEmpty()) {
                    out.add(current.toString());
                }
            }
            return out;
        }
    }

    /** The curl options the README uses: -s, -u, -H, -d and the URL. */
    static final class Curl {

        String method = "GET";
        String path;
        String authorization;
        String contentType;
        String body;
        final Map<String, String> headers = new LinkedHashMap<>();

        static Curl of(List<String> words, Map<String, String> placeholders) {
            Curl curl = new Curl();
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                switch (w) {
                    case "-s", "-sS", "-i" -> { }
                    case "-u" -> curl.authorization = "Basic " + java.util.Base64.getEncoder()
                            .encodeToString(words.get(++i).getBytes(StandardCharsets.UTF_8));
                    case "-H" -> {
                        String[] header = words.get(++i).split(":", 2);
                        curl.headers.put(header[0].trim(), header[1].trim());
                    }
                    case "-d", "--data" -> {
                        curl.body = words.get(++i);
                        curl.method = "POST";
                    }
                    case "-X" -> curl.method = words.get(++i);
                    default -> {
                        assertFalse(w.startsWith("-"), "a curl option the test does not know: " + w);
                        String url = w;
                        for (Map.Entry<String, String> p : placeholders.entrySet()) {
                            url = url.replace(p.getKey(), p.getValue());
                        }
                        assertFalse(url.contains("<"), "a placeholder no earlier call filled: " + url);
                        curl.path = URI.create("http://" + url.replaceFirst("^https?://", "")).getPath();
                    }
                }
            }
            curl.contentType = curl.headers.getOrDefault("Content-Type", curl.body == null ? null : "application/x-www-form-urlencoded");
            return curl;
        }

        HttpResponse<String> send() {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(XinyuServer.baseUrl() + path.replaceFirst("^/", "")))
                    .timeout(Duration.ofSeconds(60));
            headers.forEach(request::header);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null && !headers.containsKey("Content-Type")) {
                request.header("Content-Type", contentType);
            }
            return OpenApiDocument.send(request.build());
        }

        @Override
        public String toString() {
            return "curl " + method + " " + path + (body == null ? "" : " " + body);
        }
    }
}
