package org.xinyu.platform;

import org.xinyu.platform.problem.Validation;

/** A validated page request: page ≥ 0, 1 ≤ size ≤ 500. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        new Validation().require(p >= 0, "page", "must be 0 or more")
                .require(s >= 1 && s <= Page.MAX_SIZE, "size", "must be between 1 and " + Page.MAX_SIZE).check();
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
