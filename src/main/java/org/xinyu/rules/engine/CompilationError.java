package org.xinyu.rules.engine;

/** A problem found while validating or compiling a rule set: the file (DRL path or parameters), its line (0 if unknown) and a message. */
public record CompilationError(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
