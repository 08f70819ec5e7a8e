package dev.parley.studio;

/** An actor id and its role ({@code initiator}, {@code recipient}, {@code participant}, {@code mentioned}). */
public record ParticipantForm(String actor, String role) {
    public ParticipantForm {
        actor = Forms.text(actor);
        role = Forms.text(role);
    }
}
