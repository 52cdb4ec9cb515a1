package io.github.kinerja.core.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * An ArchUnit import option that leaves out compiled test classes in any build directory and test jars.
 *
 * <p>ArchUnit's own {@code DoNotIncludeTests} recognises only {@code target/test-classes}, so it lets test classes in
 * when the build directory is renamed with {@code -Dkinerja.buildDirectory}.
 */
public final class ExcludeTestClasses implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

    @Override
    public boolean includes(Location location) {
        return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
    }
}
