package org.xinyu.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.xinyu.audit.AuditAction;
import org.xinyu.audit.AuditNote;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.security.Access;
import org.xinyu.security.Permission;
import org.xinyu.security.Scope;
import org.xinyu.security.UseCase;

import java.util.List;

/** Schools: the administrator builds the district's network of schools here; everyone reads their own. */
@ApplicationScoped
public class SchoolService {

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    SchoolDirectory directory;

    @Transactional
    @UseCase(permission = Permission.ORGANISATION_MANAGE, audit = AuditAction.SCHOOL_CREATE, target = "SCHOOL")
    public School createSchool(NewSchool request) {
        if (directory.findSchool(request.code()).isPresent()) {
            throw ProblemException.conflict("school.codeTaken", "code", "a school with this code already exists");
        }
        School school = new School(request.code(), request.name().trim(), request.district().trim(), request.stage());
        em.persist(school);
        AuditNote.target(school.id());
        return school;
    }

    @Transactional
    @UseCase(permission = Permission.ORGANISATION_READ)
    public Page<School> schools(PageRequest page) {
        Scope scope = access.scope();
        if (scope.everySchool()) {
            List<School> items = em.createQuery("select s from School s order by s.code", School.class)
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
            long total = em.createQuery("select count(s) from School s", Long.class).getSingleResult();
            return new Page<>(items, total, page.page(), page.size());
        }
        List<School> own = scope.schoolId() == null ? List.of() : List.of(em.find(School.class, scope.schoolId()));
        return new Page<>(page.page() == 0 ? own : List.of(), own.size(), page.page(), page.size());
    }

    @Transactional
    @UseCase(permission = Permission.ORGANISATION_READ)
    public School school(String code) {
        return inScope(code);
    }

    /** The school of this code if the caller's scope covers it; 404 otherwise, as for a school that does not exist. */
    School inScope(String code) {
        School school = directory.findSchool(code).orElseThrow(() -> ProblemException.notFound("School"));
        if (!access.scope().coversSchool(school.id())) {
            throw ProblemException.notFound("School");
        }
        return school;
    }
}
