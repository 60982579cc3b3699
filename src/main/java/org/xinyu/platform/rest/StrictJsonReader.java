package org.xinyu.platform.rest;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.xinyu.platform.problem.CleanText;
import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.MultiLine;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.platform.problem.TextRules;
import org.xinyu.platform.problem.TypedValues;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every JSON request body strictly, before JSON-B binds it: Yasson on its own accepts trailing content
 * after the value ({@code {…} xyz}), coerces {@code "9"} into an Integer and truncates {@code 1.5} to 1, and
 * passes any character through. Here the body must be exactly one UTF-8 JSON value, and each field is checked
 * against the Java type it binds to (records and their generic components):
 * <ul>
 *   <li>whole numbers ({@code Integer}, {@code Long}, …) only from JSON numbers without a fraction, within range;</li>
 *   <li>text ({@code String}, enums, dates carried as strings) only from JSON strings, following {@link TextRules}
 *       (tab and line breaks only in {@link MultiLine} fields);</li>
 *   <li>{@code Boolean} only from {@code true}/{@code false}; lists only from arrays; records only from objects;</li>
 *   <li>a primitive component (which JSON-B would silently leave 0) must be present.</li>
 * </ul>
 * Every problem is listed in the 400's {@code errors}, by field path ({@code answers[2]}), and nothing is bound.
 * It replaces the container's JSON-B reader for {@code application/json} (an application provider wins over the
 * built-in one); the binding itself is still JSON-B's.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Priority(1)
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** JSON-B as the container provides it (Yasson), made once: a Jsonb is thread-safe and costly to create. */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        String text = decode(entity.readAllBytes());
        if (text.isBlank()) {
            return null; // no body: the resource answers "body is required"
        }
        JsonValue value = parseExactlyOne(text);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            // a body that is JSON null says nothing a missing body would not, but binds to null as if it were valid
            throw ProblemException.invalid(FieldError.of("body", "body.null", "must not be null"));
        }
        List<FieldError> errors = new ArrayList<>();
        check(genericType, value, "", false, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return Binding.JSONB.fromJson(text, genericType);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid(FieldError.of("body", "body.notUtf8", "is not UTF-8 text"));
        }
    }

    /** One JSON value and nothing after it but whitespace. */
    static JsonValue parseExactlyOne(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw ProblemException.invalid(FieldError.of("body", "body.notJson", "is not JSON"));
            }
            parser.next();
            JsonValue value = parser.getValue();
            long end = parser.getLocation().getStreamOffset();
            if (end >= 0 && end <= text.length() && !text.substring((int) end).isBlank()) {
                throw ProblemException.invalid(FieldError.of("body", "body.trailing", "has content after the JSON value"));
            }
            if (parser.hasNext()) {
                throw ProblemException.invalid(FieldError.of("body", "body.trailing", "has content after the JSON value"));
            }
            return value;
        } catch (JsonParsingException e) {
            throw ProblemException.invalid(FieldError.of("body", "body.notJson", "is not valid JSON (at line "
                    + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")"));
        } catch (jakarta.json.JsonException e) {
            throw ProblemException.invalid(FieldError.of("body", "body.notJson", "is not valid JSON"));
        }
    }

    /** Checks {@code value} against the Java type it will bind to, adding one error per bad field. */
    static void check(Type type, JsonValue value, String path, boolean multiLine, List<FieldError> errors) {
        String field = path.isEmpty() ? "body" : path;
        Class<?> raw = rawClass(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw != null && raw.isPrimitive()) {
                errors.add(FieldError.required(field));
            }
            return;
        }
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            checkTextAnywhere(value, path, multiLine, errors);
            return;
        }
        if (isWhole(raw)) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                errors.add(FieldError.of(field, "wholeNumber", "must be a whole number"));
            } else if (!fits(number.bigDecimalValue(), raw)) {
                errors.add(FieldError.of(field, "outOfRange", "is out of range"));
            }
        } else if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class
                || raw == BigDecimal.class || raw == Number.class) {
            if (!(value instanceof JsonNumber)) {
                errors.add(FieldError.of(field, "number", "must be a number"));
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(FieldError.of(field, "boolean", "must be true or false"));
            }
        } else if (CharSequence.class.isAssignableFrom(raw) || raw.isEnum() || Temporal.class.isAssignableFrom(raw)
                || raw == Character.class || raw == char.class) {
            if (!(value instanceof JsonString string)) {
                errors.add(FieldError.of(field, "string", "must be a string"));
            } else {
                Optional<FieldError> text = TextRules.check(field, string.getString(), multiLine);
                text.or(() -> TypedValues.check(raw, field, string.getString())).ifPresent(errors::add);
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                errors.add(FieldError.of(field, "list", "must be a list"));
                return;
            }
            Type element = raw.isArray() ? raw.getComponentType() : typeArgument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                check(element, array.get(i), path + "[" + i + "]", multiLine, errors);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                errors.add(FieldError.of(field, "object", "must be an object"));
                return;
            }
            Type valueType = typeArgument(type, 1);
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                TextRules.check(key, e.getKey(), false).ifPresent(m -> errors.add(new FieldError(key, "name " + m.message(), m.code(), m.args())));
                check(valueType, e.getValue(), key, multiLine, errors);
            }
        } else if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                errors.add(FieldError.of(field, "object", "must be an object"));
                return;
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                String key = path.isEmpty() ? component.getName() : path + "." + component.getName();
                JsonValue member = object.get(component.getName());
                if (member == null) {
                    if (component.getType().isPrimitive()) {
                        errors.add(FieldError.required(key));
                    }
                    continue;
                }
                check(component.getGenericType(), member, key, multiLine(component), errors);
            }
            for (String name : object.keySet()) {
                TextRules.check(name, name, false).ifPresent(m -> errors.add(new FieldError(name, "name " + m.message(), m.code(), m.args())));
            }
        } else {
            checkTextAnywhere(value, path, multiLine, errors);
        }
    }

    /** A note's field: {@link MultiLine}, or {@link CleanText} text that may have several lines. */
    private static boolean multiLine(RecordComponent component) {
        CleanText clean = component.getAnnotation(CleanText.class);
        return component.isAnnotationPresent(MultiLine.class) || (clean != null && clean.multiLine());
    }

    /** For types this reader does not know field by field: still no forbidden character in any string. */
    private static void checkTextAnywhere(JsonValue value, String path, boolean multiLine, List<FieldError> errors) {
        String field = path.isEmpty() ? "body" : path;
        if (value instanceof JsonString string) {
            TextRules.check(field, string.getString(), multiLine).ifPresent(errors::add);
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                checkTextAnywhere(array.get(i), path + "[" + i + "]", multiLine, errors);
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> e : object.entrySet()) {
                String key = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                TextRules.check(key, e.getKey(), false).ifPresent(m -> errors.add(new FieldError(key, "name " + m.message(), m.code(), m.args())));
                checkTextAnywhere(e.getValue(), key, multiLine, errors);
            }
        }
    }

    private static final Set<Class<?>> WHOLE = Set.of(Integer.class, int.class, Long.class, long.class, Short.class,
            short.class, Byte.class, byte.class, java.math.BigInteger.class);

    private static boolean isWhole(Class<?> raw) {
        return WHOLE.contains(raw);
    }

    private static boolean fits(BigDecimal n, Class<?> raw) {
        try {
            if (raw == Integer.class || raw == int.class) {
                n.intValueExact();
            } else if (raw == Long.class || raw == long.class) {
                n.longValueExact();
            } else if (raw == Short.class || raw == short.class) {
                n.shortValueExact();
            } else if (raw == Byte.class || raw == byte.class) {
                n.byteValueExact();
            }
            return true;
        } catch (ArithmeticException e) {
            return false;
        }
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }
}
