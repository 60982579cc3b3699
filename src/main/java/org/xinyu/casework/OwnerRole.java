package org.xinyu.casework;

/** Who must carry out a follow-up. */
public enum OwnerRole {
    COUNSELOR, HEAD_TEACHER
}
