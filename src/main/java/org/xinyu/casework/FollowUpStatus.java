package org.xinyu.casework;

public enum FollowUpStatus { OPEN, DONE }
