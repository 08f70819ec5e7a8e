package dev.parley.studio;

/** A quote's words and the id of its speaker ({@code ""} when unknown). */
public record QuoteForm(String text, String speaker) {
    public QuoteForm {
        text = Forms.text(text);
        speaker = Forms.text(speaker);
    }
}
