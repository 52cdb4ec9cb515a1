/**
 * The cascade (cascading) of PermenPANRB 6/2022 plans: each RHK intervenes an RHK of the superior's SKP, so the
 * SKP of a unit form a tree of results.
 *
 * <ul>
 *   <li>{@link io.github.kinerja.core.cascade.CascadeChecker} checks a set of SKP as a graph (every referenced
 *       RHK exists, no cycles, every superior RHK is picked up) and builds the tree;
 *   <li>{@link io.github.kinerja.core.cascade.CascadeNode} is one RHK in the tree with the RHK that intervene
 *       it, the data behind a matriks peran hasil (role and result matrix);
 *   <li>{@link io.github.kinerja.core.cascade.CascadeRenderer} renders the tree as indented plain text.
 * </ul>
 */
@ParametersAreNonnullByDefault
@CheckReturnValue
package io.github.kinerja.core.cascade;

import com.google.errorprone.annotations.CheckReturnValue;
import javax.annotation.ParametersAreNonnullByDefault;
