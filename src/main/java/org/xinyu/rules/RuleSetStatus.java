package org.xinyu.rules;

/** A rule set is a draft until published; exactly one published version is ACTIVE. */
public enum RuleSetStatus { DRAFT, ACTIVE, RETIRED }
