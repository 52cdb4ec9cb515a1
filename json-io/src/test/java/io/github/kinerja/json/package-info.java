/**
 * Tests of the kinerja JSON format: round trips of generated values, golden documents, malformed input, the JSON
 * Schema, JSON Lines batches and the Jackson module.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.json;

import javax.annotation.ParametersAreNonnullByDefault;
