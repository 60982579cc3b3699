package org.xinyu.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total: every list in Xinyu is paged. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
