package org.xinyu.rules.engine;

import java.util.List;
import java.util.Optional;

/** Either a compiled rule set or the errors that prevented it. */
public final class CompilationResult {
    private final CompiledRuleSet ruleSet;
    private final List<CompilationError> errors;

    CompilationResult(CompiledRuleSet ruleSet, List<CompilationError> errors) {
        this.ruleSet = ruleSet;
        this.errors = List.copyOf(errors);
    }

    public boolean isSuccess() {
        return ruleSet != null;
    }

    public Optional<CompiledRuleSet> ruleSet() {
        return Optional.ofNullable(ruleSet);
    }

    /** The compiled rule set; throws if compilation failed, listing the errors. */
    public CompiledRuleSet orElseThrow() {
        if (ruleSet == null) {
            throw new IllegalStateException("rule set does not compile: " + errors);
        }
        return ruleSet;
    }

    public List<CompilationError> errors() {
        return errors;
    }
}
