package dev.parley.studio;

/** A position held by a new actor: title, the id of the body it is held in, and optional dates. */
public record RoleForm(String title, String of, String from, String to) {
    public RoleForm {
        title = Forms.text(title);
        of = Forms.text(of);
        from = Forms.text(from);
        to = Forms.text(to);
    }
}
