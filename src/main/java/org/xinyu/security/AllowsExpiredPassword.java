package org.xinyu.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one REST method a caller whose password has expired may still use: changing it. Every other
 * method answers such a caller 403 "password expired" ({@link PasswordExpiryFilter}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowsExpiredPassword {
}
