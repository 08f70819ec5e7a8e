package dev.parley.network;

import dev.parley.actor.ActorId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chain of interactions from one actor to another, as found by {@link ActorNetwork#paths}. Each hop names the
 * connection it runs along, so a view can show the events that explain it.
 */
public record ActorPath(List<Hop> hops) {

    /** One step of a path, along an interaction connection. */
    public record Hop(ActorId from, ActorId to, Connection via) {
        public Hop {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(via, "via");
            if (!via.involves(from) || !via.other(from).equals(to)) {
                throw new IllegalArgumentException("hop " + from + " -> " + to + " does not run along " + via);
            }
        }
    }

    public ActorPath {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one hop");
        }
        for (int i = 1; i < hops.size(); i++) {
            if (!hops.get(i - 1).to().equals(hops.get(i).from())) {
                throw new IllegalArgumentException("hops of a path must join up");
            }
        }
    }

    public ActorId from() {
        return hops.getFirst().from();
    }

    public ActorId to() {
        return hops.getLast().to();
    }

    /** The number of hops. */
    public int length() {
        return hops.size();
    }

    /** Every actor on the path, from start to end. */
    public List<ActorId> actors() {
        List<ActorId> actors = new ArrayList<>(hops.size() + 1);
        actors.add(from());
        hops.forEach(h -> actors.add(h.to()));
        return List.copyOf(actors);
    }

    /** The sum of the hops' weights: how well documented the path is. */
    public int totalWeight() {
        return hops.stream().mapToInt(h -> h.via().weight()).sum();
    }
}
