package org.xinyu.platform.rest;

import org.xinyu.platform.Page;

import java.util.List;

/** A page as the API shows it: items, total, page, size. */
public record PageDto<T>(List<T> items, long total, int page, int size) {
    public static <T> PageDto<T> of(Page<T> page) {
        return new PageDto<>(page.items(), page.total(), page.page(), page.size());
    }
}
