package org.xinyu.casework;

public enum CaseStatus { OPEN, CLOSED }
