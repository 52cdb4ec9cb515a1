package io.github.kinerja.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in the root package-info and inherited by every sub-package.
 *
 * <p>The generated {@code ImmutableX} classes stay package-private, so the abstract value types, their static
 * factories and their nested builders are the whole public face. The allowed class-path annotations keep the
 * CLASS-retained {@code @Generated} marker off the generated builders, so consumers who compile with
 * {@code -Xlint:all -Werror} without the Immutables jar see no warnings.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        depluralize = true,
        // Indonesian nouns ending in "s" are singular: without this entry a list "kreativitas" gets "addKreativita".
        depluralizeDictionary = {"kreativitas:kreativitas"},
        forceEqualsInWithers = true,
        additionalStrictContainerConstructor = false,
        allowedClasspathAnnotations = {
            javax.annotation.ParametersAreNonnullByDefault.class,
            javax.annotation.Nullable.class,
            javax.annotation.concurrent.Immutable.class,
            com.google.errorprone.annotations.CanIgnoreReturnValue.class
        })
@interface DomainStyle {}
