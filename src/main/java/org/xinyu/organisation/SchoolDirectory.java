package org.xinyu.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.xinyu.platform.Page;
import org.xinyu.platform.PageRequest;
import org.xinyu.security.ClassHeadTeachers;
import org.xinyu.security.SchoolLookup;
import org.xinyu.security.UserAccount;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's answers to security's questions "which school is this code?" and "what are they called?", its
 * part of a new head teacher's classes, and the schools and classes as other features' use cases look them up
 * ({@link #findSchool}, {@link #findClass}, {@link #classById}: read-only, no permission or audit of their own, since
 * they are only called inside a use case that has checked its caller and audits its own work).
 */
@ApplicationScoped
public class SchoolDirectory implements SchoolLookup, ClassHeadTeachers {

    @Inject
    SchoolService schoolService;

    @Inject
    ClassService classService;

    @Inject
    EntityManager em;

    @Override
    public Optional<Long> idOf(String schoolCode) {
        return findSchool(schoolCode).map(School::id);
    }

    @Override
    public List<SchoolRef> schools() {
        List<SchoolRef> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<School> found = schoolService.schools(new PageRequest(page, Page.MAX_SIZE));
            found.items().forEach(s -> all.add(ref(s)));
            if (found.items().size() < Page.MAX_SIZE || all.size() >= found.total()) {
                return List.copyOf(all);
            }
        }
    }

    @Override
    public List<ClassRef> classes(long schoolId) {
        return classService.classes(schoolId).stream()
                .map(c -> new ClassRef(c.id(), schoolId, c.grade(), c.classNo())).toList();
    }

    @Override
    public Optional<SchoolRef> school(long schoolId) {
        return Optional.ofNullable(em.find(School.class, schoolId)).map(SchoolDirectory::ref);
    }

    @Override
    public List<ClassRef> classesByIds(Collection<Long> classIds) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from SchoolClass c join fetch c.school where c.id in :ids order by c.id", SchoolClass.class)
                .setParameter("ids", List.copyOf(classIds)).getResultList().stream()
                .map(c -> new ClassRef(c.id(), c.school().id(), c.grade(), c.classNo())).toList();
    }

    @Override
    public void leadNewAccountsClasses(UserAccount account, Set<Long> classIds) {
        classService.leadNewAccountsClasses(account, classIds);
    }

    public Optional<School> findSchool(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return em.createQuery("select s from School s where s.code = :c", School.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("c", code).getResultList().stream().findFirst();
    }

    public Optional<SchoolClass> findClass(long schoolId, Integer grade, Integer classNo) {
        if (grade == null || classNo == null) {
            return Optional.empty();
        }
        return em.createQuery("select c from SchoolClass c where c.school.id = :s and c.grade = :g and c.classNo = :n", SchoolClass.class)
                .setFlushMode(FlushModeType.COMMIT).setParameter("s", schoolId).setParameter("g", grade).setParameter("n", classNo)
                .getResultList().stream().findFirst();
    }

    public Optional<SchoolClass> classById(long id) {
        return Optional.ofNullable(em.find(SchoolClass.class, id));
    }

    private static SchoolRef ref(School s) {
        return new SchoolRef(s.id(), s.code(), s.name(), s.stage().firstGrade(), s.stage().lastGrade());
    }
}
