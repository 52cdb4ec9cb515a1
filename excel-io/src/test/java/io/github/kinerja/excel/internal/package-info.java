/**
 * Tests of the reader helpers: number text, labels and cell access.
 */
@ParametersAreNonnullByDefault
package io.github.kinerja.excel.internal;

import javax.annotation.ParametersAreNonnullByDefault;
