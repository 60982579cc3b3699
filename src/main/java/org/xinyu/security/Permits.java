package org.xinyu.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which permission(s) a REST method or workbench route needs; the caller must hold at least one.
 * Every resource method and route must carry it (a test fails the build otherwise). It is checked at the
 * edge by {@link PermitsFilter}; the application services check again, with the record's scope.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Permits {
    Permission[] value();
}
