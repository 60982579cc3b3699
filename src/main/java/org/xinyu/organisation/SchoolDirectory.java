package org.xinyu.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.security.SchoolLookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The organisation's answers to security's questions "which school is this code?" and "what are they called?". */
@ApplicationScoped
public class SchoolDirectory implements SchoolLookup {

    @Inject
    OrganisationService organisation;

    @Override
    public Optional<Long> idOf(String schoolCode) {
        return organisation.findSchool(schoolCode).map(School::id);
    }

    @Override
    public List<SchoolRef> schools() {
        List<SchoolRef> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<School> found = organisation.schools(new PageRequest(page, Page.MAX_SIZE));
            found.items().forEach(s -> all.add(new SchoolRef(s.id(), s.code(), s.name(), s.stage().firstGrade(), s.stage().lastGrade())));
            if (found.items().size() < Page.MAX_SIZE || all.size() >= found.total()) {
                return List.copyOf(all);
            }
        }
    }

    @Override
    public List<ClassRef> classes(long schoolId) {
        return organisation.classes(schoolId).stream()
                .map(c -> new ClassRef(c.id(), schoolId, c.grade(), c.classNo())).toList();
    }
}
