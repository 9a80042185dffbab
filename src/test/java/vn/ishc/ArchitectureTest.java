package vn.ishc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import vn.ishc.geography.AdminUnits;
import vn.ishc.identity.CurrentUser;
import vn.ishc.shared.AreaScope;

/** The few rules of the house style that Spring Modulith does not check. */
@AnalyzeClasses(packages = "vn.ishc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** AdminUnits methods that need no scope: they derive from a unit the caller already holds, or read no unit. */
    static final Set<String> ADMIN_UNITS_WITHOUT_SCOPE =
            Set.of("scopeOf", "parent", "ancestors", "history", "today", "requireMapDate", "atScope", "atPaths");

    /** The records that describe units, villages and users: what a scope limits. */
    static final Pattern SCOPED_DATA = Pattern.compile(
            "vn\\.ishc\\.(geography|identity)\\..*(AdminUnit|UnitHistory|Succession|Village|User)[A-Za-z]*");

    @ArchTest
    static final ArchRule noClassUsesJpa = noClasses()
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("data access is Spring Data JDBC and JdbcClient, with explicit SQL");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that().areMetaAnnotatedWith(Controller.class)
            .and().resideInAnyPackage("..web..", "..api..")
            .should().notBePublic()
            .because("handlers are reached through HTTP only, never called by another module");

    @ArchTest
    static final ArchRule adminUnitQueriesTakeTheScope = methods()
            .that().areDeclaredIn(AdminUnits.class)
            .and().arePublic()
            .and(notNamedAnyOf(ADMIN_UNITS_WITHOUT_SCOPE))
            .should(takeAScope())
            .because("every query of the map is limited to the caller's area scope");

    @ArchTest
    static final ArchRule servicesReturningUnitsVillagesOrUsersTakeTheScope = methods()
            .that().areDeclaredInClassesThat(areServicesOfGeographyOrIdentity())
            .and().arePublic()
            .and(returnScopedData())
            .and(notAdminUnitsExemption())
            .should(takeAScope())
            .because("a query of units, villages or users is limited to the caller's area scope");

    @ArchTest
    static final ArchRule queryClassesTakeTheScope = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Queries")
            .or().areDeclaredInClassesThat().haveSimpleName("Villages")
            .and().arePublic()
            .and().areNotStatic()
            .should(takeAScope())
            .allowEmptyShould(true)
            .because("query classes read scoped data, and every such query takes the caller's scope");

    static ArchCondition<JavaMethod> takeAScope() {
        return new ArchCondition<>("take an AreaScope or a CurrentUser") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean scoped = method.getRawParameterTypes().stream()
                        .anyMatch(t -> t.isEquivalentTo(AreaScope.class) || t.isEquivalentTo(CurrentUser.class));
                events.add(new SimpleConditionEvent(method, scoped,
                        method.getFullName() + (scoped ? " takes" : " does not take") + " an AreaScope or a CurrentUser"));
            }
        };
    }

    static DescribedPredicate<JavaClass> areServicesOfGeographyOrIdentity() {
        return DescribedPredicate.describe("are @Service classes in vn.ishc.geography or vn.ishc.identity",
                c -> c.isMetaAnnotatedWith(Service.class)
                        && c.getPackageName().matches("vn\\.ishc\\.(geography|identity)(\\..*)?"));
    }

    static DescribedPredicate<JavaMethod> returnScopedData() {
        return DescribedPredicate.describe("return units, villages or users (also in a collection or an Optional)",
                m -> m.getReturnType().getAllInvolvedRawTypes().stream()
                        .anyMatch(t -> SCOPED_DATA.matcher(t.getName()).matches()));
    }

    static DescribedPredicate<JavaMethod> notNamedAnyOf(Set<String> names) {
        return DescribedPredicate.describe("are not named any of " + names, m -> !names.contains(m.getName()));
    }

    static DescribedPredicate<JavaMethod> notAdminUnitsExemption() {
        return DescribedPredicate.describe("are not one of AdminUnits' " + ADMIN_UNITS_WITHOUT_SCOPE,
                m -> !(m.getOwner().isEquivalentTo(AdminUnits.class) && ADMIN_UNITS_WITHOUT_SCOPE.contains(m.getName())));
    }
}
