package dev.parley.network;

/**
 * One of the two sides of the split of a signed network into camps (see {@link Camps}). The numbers carry no
 * judgement: camp 1 is the side of the actor with the most signed connections in its part of the network.
 */
public enum Camp {
    ONE("Camp 1"),
    TWO("Camp 2");

    private final String label;

    Camp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The other side. */
    public Camp other() {
        return this == ONE ? TWO : ONE;
    }
}
