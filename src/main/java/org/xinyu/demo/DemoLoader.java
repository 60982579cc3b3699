package org.xinyu.demo;

import org.xinyu.platform.EvaluationTrigger;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.xinyu.platform.ApplicationStarted;
import org.xinyu.platform.Zones;
import org.xinyu.security.SystemActor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Demo mode: on an empty database, loads the generated demo district (schools in two of Weinan's counties,
 * classes, about 2,500 students, staff, the demo accounts of api.md, and some screenings and observations
 * that the rules turn into cases). A database that already has schools is left alone.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    @Inject
    EntityManager em;

    @Inject
    DemoWriter writer;

    @Inject
    Clock clock;

    @Inject
    org.xinyu.rules.Sweep sweep;

    @Inject
    DemoHistory history;

    @Inject
    DemoCasework casework;

    void onStart(@Observes @Priority(ApplicationStarted.DEMO) ApplicationStarted started) {
        if (!started.demo()) {
            return;
        }
        long schools = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
        if (schools > 0) {
            LOG.info("Demo mode: the database already holds data; nothing loaded.");
            return;
        }
        // as the reserved demo loader: through the features' use cases, their checks and their audit
        SystemActor.DEMO_LOADER.run(this::load);
    }

    private void load() {
        Instant begin = Instant.now();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, Zones.SCHOOL);
        DemoDistrict district = DemoDistrictGenerator.generate(DemoDistrictGenerator.DEFAULT_SEED, today);
        writer.accountsWithoutSchool();
        for (DemoSchool school : district.schools()) {
            writer.school(district, school);
        }
        Instant written = Instant.now();
        // the semester so far: facts on their days, the staff's visits and follow-ups, the sweep's escalations
        DemoHistory.Summary replayed;
        try {
            replayed = history.replay(district, DemoDistrictGenerator.DEFAULT_SEED, now);
        } catch (RuntimeException e) {
            // a demo without its history still starts: what was replayed stays, the sweep below brings it up to now
            LOG.log(java.util.logging.Level.WARNING, "Demo mode: the semester history stopped early", e);
            replayed = new DemoHistory.Summary(0, 0, Duration.between(written, Instant.now()).toMillis());
        }
        DemoHistory.Summary summary = replayed;
        // and now, at the real time, everyone as the scheduled sweep sees them
        sweep.runAll(EvaluationTrigger.DEMO_LOAD);
        LOG.info(() -> "Demo mode: loaded " + district.summary() + " in " + Duration.between(begin, Instant.now()).toMillis()
                + " ms (district " + Duration.between(begin, written).toMillis() + " ms, semester history "
                + summary.millis() + " ms: " + summary.moments() + " moments, " + summary.acts() + " acts); "
                + casework.figures(now) + ".");
    }
}
