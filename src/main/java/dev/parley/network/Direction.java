package dev.parley.network;

/** Which way a connection's initiator-to-recipient events run, from its {@code a} end to its {@code b} end. */
public enum Direction {
    /** No event has one of the two as initiator and the other as recipient. */
    NONE,
    A_TO_B,
    B_TO_A,
    BOTH;

    static Direction of(int aToB, int bToA) {
        if (aToB > 0) {
            return bToA > 0 ? BOTH : A_TO_B;
        }
        return bToA > 0 ? B_TO_A : NONE;
    }
}
