package org.xinyu.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.security.SchoolLookup;

import java.util.Optional;

/** The organisation's answer to security's question "which school is this code?". */
@ApplicationScoped
public class SchoolDirectory implements SchoolLookup {

    @Inject
    OrganisationService organisation;

    @Override
    public Optional<Long> idOf(String schoolCode) {
        return organisation.findSchool(schoolCode).map(School::id);
    }
}
