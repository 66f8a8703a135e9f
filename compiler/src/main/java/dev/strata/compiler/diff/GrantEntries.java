package dev.strata.compiler.diff;

import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Grant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** A facade's grants expanded to one {@link GrantEntry} per privilege, object and role, plus USAGE per role. */
public final class GrantEntries {

    private GrantEntries() {
    }

    public static TreeSet<GrantEntry> all(Facade facade) {
        var entries = new TreeSet<GrantEntry>();
        for (Grant grant : facade.grants()) {
            for (String role : grant.roles()) {
                entries.add(new GrantEntry(GrantEntry.USAGE, null, role));
                for (Grant.Privilege privilege : grant.privileges()) {
                    entries.add(new GrantEntry(privilege.name(), grant.object(), role));
                }
            }
        }
        return entries;
    }

    /**
     * The entries on one object of the facade, in a stable order (that of {@link #all}). Only the grants on the
     * object are expanded: the planner asks this for every view and routine of a facade, so expanding all the
     * facade's grants each time made planning a facade quadratic in its size.
     */
    public static List<GrantEntry> on(Facade facade, String object) {
        var entries = new TreeSet<GrantEntry>();
        for (Grant grant : facade.grants()) {
            if (!object.equals(grant.object())) {
                continue;
            }
            for (String role : grant.roles()) {
                for (Grant.Privilege privilege : grant.privileges()) {
                    entries.add(new GrantEntry(privilege.name(), grant.object(), role));
                }
            }
        }
        return new ArrayList<>(entries);
    }
}
