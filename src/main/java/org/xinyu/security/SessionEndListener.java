package org.xinyu.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Tells the {@link SessionRegistry} when an HTTP session ends, so it holds no dead sessions. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        registry.ended(event.getSession());
    }
}
