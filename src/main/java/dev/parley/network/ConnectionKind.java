package dev.parley.network;

/** Why two actors are connected. */
public enum ConnectionKind {
    /** Both took part in at least one selected event. */
    INTERACTION,
    /** One holds a role (such as a minister's post) of the other during the time window. */
    AFFILIATION
}
