package org.xinyu.platform;

import org.xinyu.platform.problem.FieldError;
import org.xinyu.platform.problem.Validation;

/**
 * A validated page request: 0 ≤ page ≤ {@link #MAX_PAGE}, 1 ≤ size ≤ 500. The bound on page keeps the offset far
 * inside an int (no overflow, no wrap-around to the first rows); nobody pages a hundred thousand pages deep.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_PAGE = 100_000;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 50 : size;
        Validation v = new Validation();
        if (p < 0 || p > MAX_PAGE) {
            v.add(FieldError.range("page", 0, MAX_PAGE));
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            v.add(FieldError.range("size", 1, Page.MAX_SIZE));
        }
        v.check();
        return new PageRequest(p, s);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
