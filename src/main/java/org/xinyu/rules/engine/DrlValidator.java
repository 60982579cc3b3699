package org.xinyu.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rules are code that administrators write, so before compiling, a DRL text must pass this check:
 * it may import only the fact model ({@code org.xinyu.rules.engine.fact}), the domain enums, and
 * {@code java.time}/{@code java.util} (less the parts of java.util that start threads or load
 * classes), and it must not name the JVM's dangerous facilities ({@code System}, {@code Runtime},
 * threads, class loaders, reflection, I/O, networking) nor declare globals.
 *
 * <p><b>Limits.</b> This is a textual check on the DRL with comments and string literals blanked
 * out, plus the import check; it is not a sandbox. It cannot see through every indirection an
 * expression language offers, so it is one layer of defence: rule administration is also limited to
 * authenticated administrators, every edit is audited, and a rule set must pass the scenarios before
 * it is published. Because of blanking, a forbidden word inside a comment or a string is allowed.
 */
final class DrlValidator {

    private static final Set<String> ALLOWED_CLASS_IMPORTS = Set.of(
            "org.xinyu.casework.Priority", "org.xinyu.casework.FollowUpType", "org.xinyu.casework.OwnerRole",
            "org.xinyu.casework.EscalationLevel", "org.xinyu.casework.HomeVisitMode",
            "org.xinyu.student.Circumstance", "org.xinyu.observation.ObservationCategory", "org.xinyu.screening.Band",
            "java.lang.String", "java.lang.Math", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Boolean", "java.lang.Number", "java.lang.StringBuilder", "java.lang.Comparable");

    /** Subpackages and classes of java.util that are not plain data or collections. */
    private static final Pattern FORBIDDEN_JAVA_UTIL = Pattern.compile(
            "java\\.util\\.(concurrent|logging|jar|zip|prefs|spi|random\\.RandomGeneratorFactory)\\b.*"
                    + "|java\\.util\\.(ServiceLoader|Timer|TimerTask|ResourceBundle|Scanner|Formatter)\\b.*");

    private static final Pattern ALLOWED_WILDCARD_OR_CLASS = Pattern.compile(
            "org\\.xinyu\\.rules\\.engine\\.fact\\.(\\*|[A-Z]\\w*(\\.\\*|\\.[A-Z]\\w*)?)"
                    + "|java\\.time(\\.format|\\.temporal)?\\.(\\*|[A-Z]\\w*)"
                    + "|java\\.util(\\.function|\\.stream)?\\.(\\*|[A-Z]\\w*)");

    /** Names that give a rule the JVM, the session or the class path. */
    private static final Pattern FORBIDDEN_WORD = Pattern.compile(
            "\\b(System|Runtime|ProcessBuilder|ProcessHandle|Process|Thread|ThreadGroup|ThreadLocal"
                    + "|InheritableThreadLocal|ClassLoader|Class|Module|ModuleLayer|StackWalker|SecurityManager"
                    + "|forName|getClass|getClassLoader|getDeclaredMethod|getDeclaredMethods|getDeclaredField"
                    + "|getMethod|getMethods|getField|newInstance|invoke|setAccessible|exit|halt|exec|load|loadLibrary"
                    + "|getKieRuntime|getKnowledgeRuntime|getWorkingMemory|getKieBase|getChannels|getEntryPoint"
                    + "|Unsafe|MethodHandles|MethodHandle|VarHandle|Files|Paths|Path|File|FileInputStream"
                    + "|FileOutputStream|FileReader|FileWriter|RandomAccessFile|Socket|ServerSocket|URL|URI"
                    + "|HttpClient|Executors|ExecutorService|ForkJoinPool|CompletableFuture|ObjectInputStream"
                    + "|ScriptEngineManager|InitialContext|ServiceLoader|Timer)\\b"
                    + "|\\.class\\b"
                    + "|\\b(java|javax|jakarta|sun|jdk|com\\.sun)\\.(?!time\\b|util\\b)\\w+"
                    + "|\\borg\\.(?!xinyu\\.(rules\\.engine\\.fact|casework|student|observation|screening)\\b)\\w+"
                    + "|\\bjava\\.util\\.(concurrent|logging|jar|zip|prefs|spi)\\b");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+|function\\s+)?([\\w.*]+)\\s*;?\\s*$");
    private static final Pattern GLOBAL = Pattern.compile("^\\s*global\\s");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;?\\s*$");

    private DrlValidator() {
    }

    static List<CompilationError> validate(String file, String drl) {
        List<CompilationError> errors = new ArrayList<>();
        String[] lines = blankCommentsAndStrings(drl).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i];
            Matcher im = IMPORT.matcher(line);
            if (im.matches()) {
                String target = im.group(2);
                if (im.group(1) != null) {
                    errors.add(new CompilationError(file, lineNo, "static and function imports are not allowed: " + target));
                } else if (!isAllowedImport(target)) {
                    errors.add(new CompilationError(file, lineNo, "import outside the fact model, java.time and java.util is not allowed: " + target));
                }
                continue;
            }
            if (PACKAGE.matcher(line).matches()) {
                continue;
            }
            if (GLOBAL.matcher(line).find()) {
                errors.add(new CompilationError(file, lineNo, "globals are not allowed: rules report results by inserting result facts"));
            }
            Matcher fm = FORBIDDEN_WORD.matcher(line);
            while (fm.find()) {
                errors.add(new CompilationError(file, lineNo, "forbidden in rules (only the fact model, java.time and java.util may be used): '" + fm.group() + "'"));
            }
        }
        return errors;
    }

    private static boolean isAllowedImport(String target) {
        if (ALLOWED_CLASS_IMPORTS.contains(target)) {
            return true;
        }
        if (FORBIDDEN_JAVA_UTIL.matcher(target).matches()) {
            return false;
        }
        return ALLOWED_WILDCARD_OR_CLASS.matcher(target).matches();
    }

    /** Replaces the content of comments and string literals by spaces, keeping line breaks so that line numbers stay right. */
    static String blankCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : '\0';
            if (c == '/' && next == '/' || c == '#') {
                while (i < n && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && next == '*') {
                out.append("  ");
                i += 2;
                while (i < n && !(s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/')) {
                    out.append(s.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                if (i < n) {
                    out.append("  ");
                    i += 2;
                }
            } else if (c == '"' || c == '\'') {
                char quote = c;
                out.append(quote);
                i++;
                while (i < n && s.charAt(i) != quote && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < n) {
                        out.append("  ");
                        i += 2;
                        continue;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < n && s.charAt(i) == quote) {
                    out.append(quote);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
