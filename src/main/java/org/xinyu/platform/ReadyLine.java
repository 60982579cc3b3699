package org.xinyu.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.xinyu.platform.persistence.DatabaseMigration;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Logs the one line that says Xinyu is ready. The web module starts last, after the schema migration and every
 * feature's start-up work (first administrator, rule set, demo data), so this is the moment requests are served.
 * Payara's own banner (the instance as JSON, every REST endpoint) is turned off in deployment/logging.properties.
 */
@WebListener
public class ReadyLine implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ReadyLine.class.getName());

    @Inject
    DatabaseMigration database;

    @Inject
    XinyuSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        double seconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        String path = event.getServletContext().getContextPath() + "/";
        LOG.info(() -> String.format(Locale.ROOT, "Xinyu is ready after %.1f s (%s%s): workbench at %s, API at %sapi/v1, health at %shealth",
                seconds, database.describe(), settings.demo() ? ", demo mode" : "", path, path, path));
    }
}
