package io.github.kinerja.core.cascade;

import io.github.kinerja.core.Person;
import io.github.kinerja.core.permen2022.Rhk;
import io.github.kinerja.core.permen2022.RhkReference;
import java.util.List;
import org.immutables.value.Value;

/**
 * One RHK in a cascade tree, with the RHK of subordinates that intervene it as children.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class CascadeNode {

    CascadeNode() {}

    /** Returns a new builder. */
    static ImmutableCascadeNode.Builder builder() {
        return ImmutableCascadeNode.builder();
    }

    /** Returns the id of the SKP that contains the RHK. */
    public abstract String skpId();

    /** Returns the employee whose SKP contains the RHK. */
    public abstract Person pegawai();

    /** Returns the RHK. */
    public abstract Rhk rhk();

    /** Returns the RHK that intervene this one, in the order of the SKP given to the checker. */
    public abstract List<CascadeNode> children();

    /** Returns the reference to this node's RHK. */
    public RhkReference reference() {
        return RhkReference.of(skpId(), rhk().id());
    }

    /** Returns the number of nodes in this subtree, this one included. */
    public int size() {
        int size = 1;
        for (CascadeNode child : children()) {
            size += child.size();
        }
        return size;
    }
}
