package org.xinyu.security;

import org.xinyu.platform.problem.FieldError;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a password may be set. Pure Java, immutable and thread-safe.
 *
 * <p>Rules, each reported by a stable code (a problem's field error code, {@code problem.<code>} in the workbench's
 * bundles; {@link #errors} gives them with their English message for API clients):
 * <ul>
 *   <li>{@value #TOO_SHORT}: fewer than {@link #minLength()} characters (default 12; counted in
 *       Unicode code points, so a Chinese character counts once);</li>
 *   <li>{@value #CLASSES}: fewer than 3 of the 4 character classes lower-case letter, upper-case
 *       letter, digit, other (anything else: punctuation, space, a Chinese character…);</li>
 *   <li>{@value #COMMON}: equal, ignoring case, to a password in the common-passwords list
 *       ({@code /security/common-passwords.txt});</li>
 *   <li>{@value #CONTAINS_USERNAME}: contains the username, ignoring case, when the username has at
 *       least 3 characters.</li>
 * </ul>
 * A {@code null} password is treated as empty.
 */
public final class PasswordPolicy {

    public static final String TOO_SHORT = "password.tooShort";
    public static final String CLASSES = "password.classes";
    public static final String COMMON = "password.common";
    public static final String CONTAINS_USERNAME = "password.containsUsername";

    /** Every rule's code, in the order {@link #violations} reports them. */
    public static final List<String> CODES = List.of(TOO_SHORT, CLASSES, COMMON, CONTAINS_USERNAME);

    public static final int DEFAULT_MIN_LENGTH = 12;
    /** How many of the four character classes a password needs. */
    public static final int REQUIRED_CLASSES = 3;
    /** Usernames shorter than this are not looked for inside the password. */
    public static final int MIN_USERNAME_CHECK_LENGTH = 3;

    static final String COMMON_PASSWORDS_RESOURCE = "/security/common-passwords.txt";

    private final int minLength;
    private final Set<String> commonPasswords;

    /** The default policy: at least 12 characters, the shipped common-passwords list. */
    public PasswordPolicy() {
        this(DEFAULT_MIN_LENGTH);
    }

    /** A policy with another minimum length and the shipped common-passwords list. */
    public PasswordPolicy(int minLength) {
        this(minLength, ShippedList.PASSWORDS);
    }

    /** A policy with another minimum length and another list of common passwords (any case). */
    public PasswordPolicy(int minLength, Collection<String> commonPasswords) {
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1");
        }
        this.minLength = minLength;
        Set<String> lower = new HashSet<>();
        for (String p : commonPasswords) {
            if (p != null && !p.isBlank()) {
                lower.add(p.strip().toLowerCase(Locale.ROOT));
            }
        }
        this.commonPasswords = Set.copyOf(lower);
    }

    public int minLength() {
        return minLength;
    }

    /** How many passwords the common-passwords list holds. */
    public int commonPasswordCount() {
        return commonPasswords.size();
    }

    /**
     * The rules this password breaks, as codes in the order tooShort, classes, common,
     * containsUsername; empty if it is acceptable.
     *
     * @param username the account's username, may be {@code null}
     * @param password the proposed password, may be {@code null}; not retained
     */
    public List<String> violations(String username, char[] password) {
        return violations(username, password == null ? "" : new String(password));
    }

    /** As {@link #violations(String, char[])}. */
    public List<String> violations(String username, String password) {
        String pw = password == null ? "" : password;
        List<String> violations = new ArrayList<>(4);
        if (pw.codePointCount(0, pw.length()) < minLength) {
            violations.add(TOO_SHORT);
        }
        if (characterClasses(pw) < REQUIRED_CLASSES) {
            violations.add(CLASSES);
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (commonPasswords.contains(lower)) {
            violations.add(COMMON);
        }
        if (username != null) {
            String user = username.strip().toLowerCase(Locale.ROOT);
            if (user.codePointCount(0, user.length()) >= MIN_USERNAME_CHECK_LENGTH && lower.contains(user)) {
                violations.add(CONTAINS_USERNAME);
            }
        }
        return List.copyOf(violations);
    }

    /**
     * The rules this password breaks as field errors of {@code field}: the codes of {@link #violations} with their
     * English messages (for API clients; the workbench translates the code).
     */
    public List<FieldError> errors(String field, String username, String password) {
        return violations(username, password).stream().map(code -> FieldError.of(field, code, message(code), args(code))).toList();
    }

    private String message(String code) {
        return switch (code) {
            case TOO_SHORT -> "must be at least " + minLength + " characters";
            case CLASSES -> "must use " + REQUIRED_CLASSES + " of: lower-case letters, upper-case letters, digits, other characters";
            case COMMON -> "is too common";
            case CONTAINS_USERNAME -> "must not contain the username";
            default -> throw new IllegalArgumentException(code);
        };
    }

    private Object[] args(String code) {
        return switch (code) {
            case TOO_SHORT -> new Object[]{minLength};
            case CLASSES -> new Object[]{REQUIRED_CLASSES};
            default -> new Object[0];
        };
    }

    /** Whether the password breaks no rule. */
    public boolean accepts(String username, String password) {
        return violations(username, password).isEmpty();
    }

    /** How many of lower-case, upper-case, digit and other the password uses (0–4). */
    static int characterClasses(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); ) {
            int cp = password.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    /** Loads the shipped list once, on first use of a policy that needs it. */
    private static final class ShippedList {
        static final List<String> PASSWORDS = load();

        private static List<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMMON_PASSWORDS_RESOURCE);
            }
            List<String> passwords = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String p = line.strip();
                    if (!p.isEmpty() && !p.startsWith("#")) {
                        passwords.add(p);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS_RESOURCE, e);
            }
            return List.copyOf(passwords);
        }
    }
}
