package dev.parley.event;

import java.util.Locale;

/** The event vocabulary, in the spirit of the PLOVER and CAMEO ontologies; each type belongs to one class. */
public enum EventType {
    STATEMENT(EventClass.NEUTRAL, "A public declaration or comment that takes no side in cooperation or conflict."),
    APPOINT(EventClass.NEUTRAL, "An actor names someone to a post, a team or a mission."),
    CONSULT(EventClass.VERBAL_COOPERATION, "A meeting, call, visit or negotiation between actors."),
    AGREE(EventClass.VERBAL_COOPERATION, "Actors announce or sign an agreement, or agree to act together."),
    SUPPORT(EventClass.VERBAL_COOPERATION, "An actor praises, endorses or voices support for another."),
    REQUEST(EventClass.VERBAL_COOPERATION, "An actor asks another for something: aid, talks, a ceasefire."),
    COOPERATE(
            EventClass.MATERIAL_COOPERATION,
            "Actors act together: share intelligence, exchange prisoners, carry out a deal."),
    AID(EventClass.MATERIAL_COOPERATION, "An actor gives military, economic or humanitarian aid to another."),
    CONCEDE(
            EventClass.MATERIAL_COOPERATION,
            "An actor yields: lifts sanctions, releases prisoners, withdraws, accepts terms."),
    ACCUSE(EventClass.VERBAL_CONFLICT, "An actor blames, criticises or denounces another."),
    REJECT(EventClass.VERBAL_CONFLICT, "An actor refuses a proposal, a demand or talks."),
    THREATEN(EventClass.VERBAL_CONFLICT, "An actor warns of sanctions, force or other harm."),
    PROTEST(EventClass.VERBAL_CONFLICT, "An actor formally objects, recalls envoys, or people demonstrate."),
    SANCTION(EventClass.MATERIAL_CONFLICT, "An actor imposes sanctions, cuts ties or halts aid."),
    MOBILIZE(EventClass.MATERIAL_CONFLICT, "An actor masses troops, mobilises forces or raises its alert."),
    COERCE(EventClass.MATERIAL_CONFLICT, "An actor seizes, annexes, blockades or arrests."),
    ASSAULT(EventClass.MATERIAL_CONFLICT, "An actor uses armed force: invasion, strikes, attacks.");

    private final EventClass eventClass;
    private final String description;

    EventType(EventClass eventClass, String description) {
        this.eventClass = eventClass;
        this.description = description;
    }

    public EventClass eventClass() {
        return eventClass;
    }

    /** One line saying what the type covers. */
    public String description() {
        return description;
    }

    /** The word used in data files. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
