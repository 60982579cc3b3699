package org.xinyu.platform.workbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a route in the side navigation: its label's translation key, its place and a Vaadin icon name. The
 * frame shows it only to callers who hold one of the route's {@code @Permits}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NavItem {
    String key();

    int order();

    String icon() default "FILE_TEXT_O";
}
