package org.xinyu.platform.workbench;

/** Navigation to a workbench page the caller's role may not open. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String route) {
        super("access to '" + route + "' denied");
    }
}
