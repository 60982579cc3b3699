package org.xinyu.organisation;

/** A person who may lead a class: an enabled head-teacher account of the school. */
public record Teacher(String username, String displayName) {
}
