package org.xinyu.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.problem.FieldError;

import java.util.List;

/** Builds RFC 9457 problem+json answers. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String title, String detail, List<FieldError> errors) {
        return response(status, title, detail, errors, null, List.of());
    }

    /** {@code code} (may be null) and {@code args}: the problem's stable code, see {@link ProblemException}. */
    public static Response response(int status, String title, String detail, List<FieldError> errors, String code,
                                    List<Object> args) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail)
                .add("requestId", RequestContext.current().requestId());
        if (code != null) {
            body.add("code", code);
            if (!args.isEmpty()) {
                body.add("args", arguments(args));
            }
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (FieldError error : errors) {
                JsonObjectBuilder item = Json.createObjectBuilder().add("field", error.field()).add("message", error.message())
                        .add("code", error.code());
                if (!error.args().isEmpty()) {
                    item.add("args", arguments(error.args()));
                }
                array.add(item);
            }
            body.add("errors", array);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }

    private static JsonArrayBuilder arguments(List<Object> args) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object arg : args) {
            if (arg instanceof Integer i) {
                array.add(i);
            } else if (arg instanceof Long l) {
                array.add(l);
            } else {
                array.add(String.valueOf(arg));
            }
        }
        return array;
    }

    /** The same body as a string, for filters that answer before JAX-RS is reached. */
    public static String body(int status, String title, String detail) {
        return Json.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status)
                .add("detail", detail).add("requestId", RequestContext.current().requestId())
                .build().toString();
    }
}
