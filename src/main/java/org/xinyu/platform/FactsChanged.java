package org.xinyu.platform;

/**
 * Fired synchronously, inside the writing transaction, by everything that writes a fact about a student.
 * The rules engine observes it and re-evaluates the student before the call answers; fact writers never
 * call the engine themselves, so dependencies run one way (rules to facts, never back).
 */
public record FactsChanged(long studentId, EvaluationTrigger trigger) {
}
