package org.xinyu.platform.persistence;

/** Name of the shared id sequence (see V1 migration); entities allocate from it in blocks of 50. */
public final class Ids {
    public static final String GENERATOR = "xinyu_seq";
    public static final String SEQUENCE = "xinyu_seq";
    public static final int BLOCK = 50;

    private Ids() {
    }
}
