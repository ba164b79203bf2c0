package io.inventoryledger.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** ledger-core holds the rules only: no Spring, no SQL, no HTTP, and nothing of the outer modules. */
@AnalyzeClasses(packages = "io.inventoryledger.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIndependenceTest {
    @ArchTest
    static final ArchRule noSpring =
            noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule noSql = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..", "org.postgresql..", "org.h2..");

    @ArchTest
    static final ArchRule noHttp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.servlet..", "javax.servlet..", "java.net.http..", "jakarta.ws..");

    @ArchTest
    static final ArchRule noOuterModules = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.inventoryledger.projections..", "io.inventoryledger.app..");
}
