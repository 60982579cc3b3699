package org.xinyu.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The one way to write a use case (docs/developer-guide.md), held by the build: every public operation of an
 * application service is a {@code @UseCase}, so its permission, validation and audit are said once, by
 * {@code UseCaseInterceptor}; nothing else writes a success entry or checks a permission by hand, and no use case
 * parses a date or an enum out of a string (commands are typed).
 */
class UseCaseRulesTest {

    static final String USE_CASE = "org.xinyu.security.UseCase";
    static final String INTERCEPTOR = "org.xinyu.security.UseCaseInterceptor";

    /**
     * What writes success entries without being a use case, and why: sign-in, sign-out and session ends have no
     * signed-in caller yet (or no more); the rules' outcome is the evaluator's, written in batches per evaluation; the
     * workbench's route log is the navigation itself.
     */
    static final Set<String> AUDITS_OUTSIDE_USE_CASES = Set.of(
            "org.xinyu.security.Authenticator",
            "org.xinyu.security.workbench.LoginView",
            "org.xinyu.security.workbench.MainLayout",
            "org.xinyu.casework.CaseOutcomes");

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.xinyu");
    }

    static final DescribedPredicate<JavaClass> APPLICATION_SERVICES = new DescribedPredicate<>(
            "are application services (named *Service, outside api/workbench)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getSimpleName().endsWith("Service") && !c.getPackageName().contains(".api")
                    && !c.getPackageName().contains(".workbench") && !c.isInterface() && !c.isRecord() && !c.isEnum()
                    && c.getPackageName().startsWith("org.xinyu.");
        }
    };

    static final ArchCondition<JavaMethod> BE_A_USE_CASE = new ArchCondition<>("be a @UseCase") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean ok = method.isAnnotatedWith(USE_CASE) || method.getOwner().isAnnotatedWith(USE_CASE);
            events.add(new SimpleConditionEvent(method, ok, method.getFullName() + (ok ? " is" : " is not") + " a @UseCase"));
        }
    };

    /** Public methods of application services; finding none fails (the rule would check nothing). */
    static final ArchRule SERVICE_METHODS_ARE_USE_CASES = methods().that().areDeclaredInClassesThat(APPLICATION_SERVICES)
            .and().arePublic().and().areNotStatic()
            .should(BE_A_USE_CASE)
            .allowEmptyShould(false);

    @Test
    void every_public_operation_of_an_application_service_is_a_use_case() {
        SERVICE_METHODS_ARE_USE_CASES.check(production);
    }

    @Test
    void no_public_method_skips_the_checks_by_name() {
        noMethods().that().arePublic().and().haveNameMatching(".*Unchecked.*")
                .should().beDeclaredInClassesThat().resideInAPackage("org.xinyu..")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void only_the_use_case_interceptor_writes_success_entries() {
        classes().that().resideInAPackage("org.xinyu..").and().resideOutsideOfPackage("org.xinyu.audit..")
                .and(new DescribedPredicate<JavaClass>("are not listed in AUDITS_OUTSIDE_USE_CASES") {
                    @Override
                    public boolean test(JavaClass c) {
                        return !c.getName().equals(INTERCEPTOR) && !AUDITS_OUTSIDE_USE_CASES.contains(outermost(c).getName());
                    }
                })
                .should(notCall("org.xinyu.audit.AuditTrail", Set.of("success", "batch")))
                .check(production);
    }

    @Test
    void only_the_use_case_interceptor_checks_a_permission_by_hand() {
        classes().that().resideInAPackage("org.xinyu..").and().resideOutsideOfPackage("org.xinyu.security")
                .should(notCall("org.xinyu.security.Access", Set.of("require")))
                .check(production);
    }

    @Test
    void no_use_case_parses_a_date_or_an_enum_from_a_string() {
        classes().that(new DescribedPredicate<JavaClass>("declare a @UseCase") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(USE_CASE));
                    }
                })
                .should(new ArchCondition<JavaClass>("not parse a date or an enum from a string") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                            JavaClass target = call.getTargetOwner();
                            String name = call.getName();
                            boolean parsesDate = target.getPackageName().equals("java.time") && name.equals("parse");
                            boolean parsesEnum = name.equals("valueOf") && (target.isEnum() || target.isEquivalentTo(Enum.class))
                                    && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class));
                            if (parsesDate || parsesEnum) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false)
                .check(production);
    }

    static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    static ArchCondition<JavaClass> notCall(String owner, Set<String> names) {
        return new ArchCondition<>("not call " + owner + " " + names) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaAccess<?> access : c.getAccessesFromSelf()) {
                    if (access instanceof JavaMethodCall call && call.getTargetOwner().getName().equals(owner)
                            && names.contains(call.getName())) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
