package io.inventoryledger.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * ledger-app holds no SQL: the read models' statements live in ledger-projections (one slice per read model), the
 * event store's in Axon. The app wires, serves HTTP and calls ports and queries.
 */
@AnalyzeClasses(packages = "io.inventoryledger.app", importOptions = ImportOption.DoNotIncludeTests.class)
class NoSqlInAppTest {
    @ArchTest
    static final ArchRule noJdbcTemplates = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc.core..", "org.springframework.jdbc.datasource..")
            .because("SQL belongs to ledger-projections");

    @ArchTest
    static final ArchRule noJdbcStatements = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.sql.Connection")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.sql.Statement")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.sql.PreparedStatement")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.sql.ResultSet")
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage("org.postgresql..", "org.h2..")
            .because("SQL belongs to ledger-projections");
}
