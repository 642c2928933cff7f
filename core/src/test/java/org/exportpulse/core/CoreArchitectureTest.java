package org.exportpulse.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the domain core free of I/O: no JDBC, HTTP, files, CLI or file-format libraries. */
class CoreArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.exportpulse.core");

    @Test
    void core_depends_only_on_the_jdk_values_and_itself() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java.lang..", "java.util..", "java.time..", "java.math..", "org.exportpulse.core..")
                .check(core);
    }

    @Test
    void core_uses_no_jdbc_http_files_cli_or_format_libraries() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "javax.sql..",
                        "java.net..",
                        "java.nio.file..",
                        "java.io..",
                        "picocli..",
                        "com.fasterxml..",
                        "de.siegmar..",
                        "org.jdbi..",
                        "org.h2..",
                        "org.flywaydb..",
                        "io.javalin..",
                        "org.eclipse.jetty..",
                        "org.apache.poi..")
                .check(core);
    }

    @Test
    void the_packages_of_core_are_free_of_cycles() {
        slices().matching("org.exportpulse.core.(*)..")
                .should()
                .beFreeOfCycles()
                .check(core);
    }

    @Test
    void core_knows_none_of_the_engines_presenters_or_the_checker() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.exportpulse.check..",
                        "org.exportpulse.forecast..",
                        "org.exportpulse.jdemetra..",
                        "org.exportpulse.brief..",
                        "org.exportpulse.export..")
                .check(core);
    }

    @Test
    void the_importer_sees_the_core_classes() {
        assertThat(core.contain("org.exportpulse.core.time.Period")).isTrue();
    }
}
