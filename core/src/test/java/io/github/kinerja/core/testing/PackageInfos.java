package io.github.kinerja.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds source packages whose package-info lacks the JSR-305 non-null default. Every module checks its own sources
 * with it, because JSR-305 package annotations do not reach sub-packages.
 */
public final class PackageInfos {

    private PackageInfos() {}

    /**
     * Returns the directories below {@code root} that hold Java files but no package-info with
     * {@code @ParametersAreNonnullByDefault}.
     *
     * @param root  a source root such as {@code src/main/java}, not null
     * @return the offending package directories, empty when all is well, not null
     * @throws UncheckedIOException if the tree cannot be read
     */
    public static List<Path> packagesWithoutNonnullDefault(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isDirectory)
                    .filter(PackageInfos::containsJavaFiles)
                    .filter(dir -> !hasNonnullDefault(dir.resolve("package-info.java")))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean containsJavaFiles(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasNonnullDefault(Path packageInfo) {
        try {
            return Files.exists(packageInfo)
                    && Files.readString(packageInfo).contains("@ParametersAreNonnullByDefault");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
