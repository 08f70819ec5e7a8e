package dev.parley.suggest;

import dev.parley.event.EventType;
import dev.parley.suggest.Words.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Event types from the verbs and nouns of a text, by a lexicon of inflected forms per type ("met", "talks", "phoned"
 * point to {@code consult}; "sanctioned", "sanctions" to {@code sanction}). A few words change meaning with the next
 * ones: "called for" and "called on" ask ({@code request}) where "called" alone is a call ({@code consult}); "struck a
 * deal" agrees where "struck" attacks; "sent weapons" aids and "sent troops" mobilises. Types are ranked by how often
 * their words occur; {@code statement} ("said") comes last whatever its count, since nearly every article says it.
 */
final class TypeFinder {
    private static final int SENTENCES = 3;
    private static final Map<String, EventType> LEXICON = new HashMap<>();
    private static final Set<String> CALL = Set.of("call", "calls", "called", "calling");
    private static final Set<String> ASKING = Set.of("for", "on");
    private static final Set<String> SEND = Set.of("send", "sends", "sent", "sending");
    private static final Set<String> SENT_AID =
            Set.of("aid", "weapons", "arms", "ammunition", "tanks", "missiles", "supplies", "money", "food");
    private static final Set<String> SENT_FORCES = Set.of("troops", "soldiers", "forces", "warships");
    private static final Set<String> DEAL = Set.of("deal", "agreement", "accord", "bargain");

    static {
        words(
                EventType.CONSULT,
                "met meet meets meeting meetings talks talked talk called call calls calling phoned phone spoke"
                        + " speaks spoken visited visit visits visiting hosted hosts hosting negotiated negotiate negotiates negotiating"
                        + " negotiations summit discussed consulted");
        words(EventType.AGREE, "agreed agree agrees agreement signed sign signs signing deal accord treaty");
        words(EventType.SANCTION, "sanctioned sanction sanctions imposed imposes froze frozen freezes embargo");
        words(
                EventType.ACCUSE,
                "accused accuses accusing criticised criticized criticises criticizes criticism"
                        + " condemned condemns blamed blames denounced denounces");
        words(EventType.THREATEN, "threatened threatens threat threats warned warns warning");
        words(EventType.REJECT, "rejected rejects refused refuses dismissed dismisses vetoed");
        words(EventType.SUPPORT, "praised praises welcomed welcomes endorsed endorses backed backs supported");
        words(EventType.REQUEST, "urged urges asked asks demanded demands appealed requested");
        words(EventType.COOPERATE, "exchanged exchange swapped swap cooperated cooperate cooperation");
        words(EventType.AID, "pledged pledges delivered delivers aid donated supplied");
        words(EventType.CONCEDE, "released releases lifted lifts withdrew withdrawn withdraws eased conceded");
        words(EventType.COERCE, "annexed annexation seized seizes arrested arrests detained blockaded blockade");
        words(
                EventType.ASSAULT,
                "attacked attack attacks struck strikes invaded invades invasion shelled shelling"
                        + " bombed bombing airstrike airstrikes");
        words(EventType.PROTEST, "protested protests protest expelled expels recalled summoned");
        words(
                EventType.MOBILIZE,
                "mobilised mobilized mobilises mobilizes mobilisation mobilization deployed" + " deploys massed");
        words(EventType.APPOINT, "appointed appoints named nominated nominates");
        words(EventType.STATEMENT, "said says stated declared announced");
    }

    private static void words(EventType type, String forms) {
        for (String form : forms.split(" ")) {
            LEXICON.put(form, type);
        }
    }

    private static final class Found {
        final EventType type;
        final int first;
        int count;
        final Set<String> verbs = new LinkedHashSet<>();
        final Set<String> sentences = new LinkedHashSet<>();

        Found(EventType type, int first) {
            this.type = type;
            this.first = first;
        }
    }

    private TypeFinder() {}

    static List<TypeSuggestion> find(String text, List<Word> words, Sentences sentences) {
        Map<EventType, Found> found = new EnumMap<>(EventType.class);
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            String f = w.folded();
            EventType type = LEXICON.get(f);
            int last = k;
            if (CALL.contains(f)
                    && k + 1 < words.size()
                    && ASKING.contains(words.get(k + 1).folded())) {
                type = EventType.REQUEST;
                last = k + 1;
            } else if (f.equals("struck") && following(words, k, DEAL) > 0) {
                type = EventType.AGREE;
                last = following(words, k, DEAL);
            } else if (SEND.contains(f) && following(words, k, SENT_AID) > 0) {
                type = EventType.AID;
                last = following(words, k, SENT_AID);
            } else if (SEND.contains(f) && following(words, k, SENT_FORCES) > 0) {
                type = EventType.MOBILIZE;
                last = following(words, k, SENT_FORCES);
            }
            if (type != null) {
                Found t = found.computeIfAbsent(type, x -> new Found(x, w.start()));
                t.count++;
                t.verbs.add(Sentences.collapse(
                        text.substring(w.start(), words.get(last).end())));
                if (t.sentences.size() < SENTENCES) {
                    t.sentences.add(sentences.at(w.start()));
                }
                k = last;
            }
        }
        List<Found> ranked = new ArrayList<>(found.values());
        ranked.sort(Comparator.comparing((Found t) -> t.type == EventType.STATEMENT)
                .thenComparing(t -> -t.count)
                .thenComparingInt(t -> t.first));
        return ranked.stream()
                .map(t -> new TypeSuggestion(t.type, List.copyOf(t.verbs), List.copyOf(t.sentences)))
                .toList();
    }

    /** The index of the first of the next two words that is in {@code targets}, or -1. */
    private static int following(List<Word> words, int k, Set<String> targets) {
        for (int j = k + 1; j <= k + 2 && j < words.size(); j++) {
            if (targets.contains(words.get(j).folded())) {
                return j;
            }
        }
        return -1;
    }
}
