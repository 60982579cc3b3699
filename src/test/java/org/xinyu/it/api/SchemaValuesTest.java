package org.xinyu.it.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz's generator is true to the document: what it makes as valid conforms to the request schema, and what it
 * makes as broken does not (so that "a broken request must not succeed" is a claim about the document, not about
 * the generator). Runs on the source document, without a server.
 */
class SchemaValuesTest {

    private static final String DOCUMENT = "src/main/resources/META-INF/openapi.yaml";

    @Test
    void valid_bodies_conform_to_the_document_and_broken_ones_do_not() throws IOException {
        String yaml = Files.readString(Path.of(DOCUMENT));
        SwaggerParseResult parsed = OpenApiDocument.parse(yaml);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), "swagger-parser: " + parsed.getMessages());
        OpenAPI api = parsed.getOpenAPI();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml).build();
        Random random = new Random(7);
        SchemaValues values = new SchemaValues(api, random, name -> List.of());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
                if (op.getValue().getRequestBody() == null) {
                    continue;
                }
                String concrete = path.getKey().replaceAll("\\{(id|caseId|followUpId|referralId|classId|version)}", "1")
                        .replaceAll("\\{\\w+}", "abc");
                var schema = op.getValue().getRequestBody().getContent().get("application/json").getSchema();
                for (int i = 0; i < 40; i++) {
                    String valid = values.valid(null, schema).toString();
                    List<String> messages = errors(validator, op.getKey(), concrete, valid);
                    if (!messages.isEmpty()) {
                        problems.add(op.getKey() + " " + path.getKey() + " valid " + valid + ": " + messages);
                    }
                    SchemaValues.Broken broken = values.invalid(schema);
                    if (errors(validator, op.getKey(), concrete, broken.value().toString()).isEmpty()) {
                        problems.add(op.getKey() + " " + path.getKey() + " broken (" + broken.rule() + ") conforms: " + broken.value());
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 400, "checked " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems.subList(0, Math.min(20, problems.size()))));
    }

    private static List<String> errors(OpenApiInteractionValidator validator, PathItem.HttpMethod method, String path, String body) {
        SimpleRequest request = new SimpleRequest.Builder(Request.Method.valueOf(method.name()), path)
                .withAuthorization("Basic eDp5").withContentType("application/json").withBody(body).build();
        return validator.validateRequest(request).getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR).map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
