package org.xinyu.student;

public enum Gender { F, M }
