package dev.parley.event;

import java.util.List;
import java.util.Locale;

/** The event vocabulary, in the spirit of the PLOVER and CAMEO ontologies; each type belongs to one class. */
public enum EventType {
    STATEMENT(
            EventClass.NEUTRAL, "A public declaration or comment that takes no side in cooperation or conflict.", "01"),
    APPOINT(EventClass.NEUTRAL, "An actor names someone to a post, a team or a mission.", "01"),
    CONSULT(EventClass.VERBAL_COOPERATION, "A meeting, call, visit or negotiation between actors.", "04"),
    AGREE(EventClass.VERBAL_COOPERATION, "Actors announce or sign an agreement, or agree to act together.", "03", "05"),
    SUPPORT(EventClass.VERBAL_COOPERATION, "An actor praises, endorses or voices support for another.", "05"),
    REQUEST(EventClass.VERBAL_COOPERATION, "An actor asks another for something: aid, talks, a ceasefire.", "02"),
    COOPERATE(
            EventClass.MATERIAL_COOPERATION,
            "Actors act together: share intelligence, exchange prisoners, carry out a deal.",
            "06"),
    AID(EventClass.MATERIAL_COOPERATION, "An actor gives military, economic or humanitarian aid to another.", "07"),
    CONCEDE(
            EventClass.MATERIAL_COOPERATION,
            "An actor yields: lifts sanctions, releases prisoners, withdraws, accepts terms.",
            "08"),
    ACCUSE(EventClass.VERBAL_CONFLICT, "An actor blames, criticises or denounces another.", "11", "09", "10"),
    REJECT(EventClass.VERBAL_CONFLICT, "An actor refuses a proposal, a demand or talks.", "12"),
    THREATEN(EventClass.VERBAL_CONFLICT, "An actor warns of sanctions, force or other harm.", "13"),
    PROTEST(
            EventClass.VERBAL_CONFLICT,
            "An actor formally objects, recalls envoys, or people demonstrate.",
            "14",
            "11"),
    SANCTION(EventClass.MATERIAL_CONFLICT, "An actor imposes sanctions, cuts ties or halts aid.", "16"),
    MOBILIZE(EventClass.MATERIAL_CONFLICT, "An actor masses troops, mobilises forces or raises its alert.", "15"),
    COERCE(EventClass.MATERIAL_CONFLICT, "An actor seizes, annexes, blockades or arrests.", "17", "19"),
    ASSAULT(EventClass.MATERIAL_CONFLICT, "An actor uses armed force: invasion, strikes, attacks.", "19", "18", "20");

    private final EventClass eventClass;
    private final String description;
    private final List<String> cameoRoots;

    EventType(EventClass eventClass, String description, String... cameoRoots) {
        this.eventClass = eventClass;
        this.description = description;
        this.cameoRoots = List.of(cameoRoots);
    }

    /**
     * The CAMEO root categories an event of this type may be coded with (its {@code cameo} code must lie under one of
     * them). The first is the category the type stands for, which gives the type its score; {@code
     * docs/relationships.md} explains the mapping.
     */
    public List<String> cameoRoots() {
        return cameoRoots;
    }

    /** The CAMEO root category the type stands for. */
    public CameoCode cameo() {
        return Cameo.root(cameoRoots.getFirst());
    }

    /** The type's cooperation-conflict score: the Goldstein score of the CAMEO root it stands for. */
    public double goldstein() {
        return cameo().goldstein();
    }

    /** Whether a finer CAMEO code agrees with this type: it lies under one of the type's roots. */
    public boolean allows(CameoCode code) {
        return cameoRoots.contains(code.root());
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
