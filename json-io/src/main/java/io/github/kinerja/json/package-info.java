/**
 * The kinerja JSON format: one stable, versioned JSON form for every core type, as a Jackson 2 module.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.json.KinerjaJson} reads and writes documents and is the usual entry point;
 *   <li>{@link io.github.kinerja.json.KinerjaModule} is the Jackson module behind it, found by
 *       {@code ObjectMapper.findAndRegisterModules()} through {@code META-INF/services};
 *   <li>{@link io.github.kinerja.json.DocumentType} lists the documents (SKPs, results and reports) that carry
 *       {@code formatVersion} and {@code type} at their root, and {@link io.github.kinerja.json.JsonDocument} is
 *       one document read without knowing its type in advance;
 *   <li>{@link io.github.kinerja.json.JsonLines} reads and writes JSON Lines batches, one document a line;
 *   <li>{@link io.github.kinerja.json.JsonReadException} with its {@link io.github.kinerja.json.JsonProblem} is
 *       the one exception a malformed document raises, with a JSON Pointer to the field at fault.
 * </ul>
 *
 * <p>The format is described in {@code docs/json-format.md}; its JSON Schema is the resource
 * {@value io.github.kinerja.json.KinerjaJson#SCHEMA_RESOURCE}.
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.json;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
