package dev.parley.suggest;

import java.util.Set;

/** The small closed word lists the finders share, all lowercase and without accents. */
final class Vocabulary {
    /** Words that begin a sentence with a capital but are no part of a name ("On Wednesday Keir Starmer"). */
    static final Set<String> FUNCTION_WORDS = words("a an the on in at by for from to of and but or nor as after"
            + " before when while since until during if though although because this that these those his her"
            + " their its our my your we they he she it i you meanwhile however yet so then later earlier also last"
            + " next speaking asked according with without under over both neither either some many most all"
            + " several other another no not there here what who why how where which today yesterday tomorrow"
            + " instead still even only now thus indeed dear between among against about into former acting new top"
            + " senior");

    static final Set<String> MONTHS = words("january february march april may june july august september october"
            + " november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.");

    static final Set<String> WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");

    /** Titles and offices written before a name ("Prime Minister Keir Starmer" is offered as "Keir Starmer"). */
    static final Set<String> TITLES = words("president vice prime minister foreign defence defense interior finance"
            + " secretary chancellor king queen prince princess crown sheikh emir sultan pope ambassador envoy"
            + " special spokesman spokeswoman spokesperson senator sen. rep. representative governor gov. mayor mr"
            + " mr. mrs mrs. ms ms. dr dr. gen. col. lt. sgt. capt. adm. sir dame lord lady chairman chairwoman"
            + " chair leader commander premier deputy supreme chief director speaker ayatollah attorney inspector"
            + " judge justice colonel major captain admiral marshal lieutenant sergeant cardinal archbishop bishop"
            + " patriarch rabbi imam professor prof.");

    /** Lowercase words that may sit inside a name ("Osama bin Laden", "Charles de Gaulle", "Bank of England"). */
    static final Set<String> PARTICLES =
            words("bin bint ibn abu al el de da di du del della dos das do von van der den ter la le y of af zu");

    /** Verbs that introduce or close a quotation. */
    static final Set<String> SPEECH_VERBS = words("said says say added adds wrote writes stated states warned warns"
            + " told tells declared declares insisted insists noted notes explained explains replied replies"
            + " announced announces stressed stresses argued argues asked asks continued posted posts tweeted"
            + " recalled remarked concluded vowed pledged claimed claims urged urges answered responded");

    /** Words that end a speaker's description ("said Putin on Wednesday", "Peskov, who..."). */
    static final Set<String> PHRASE_STOPS = words("on in at to as and but or while when who which that after before"
            + " during with for from then adding because since though although if by about was is were are has had"
            + " have will would did does said says also later earlier again last this today yesterday");

    private Vocabulary() {}

    private static Set<String> words(String list) {
        return Set.of(list.split(" "));
    }

    /** "General" is a title after another ("Secretary General", "Attorney General"), else perhaps a name. */
    static boolean isTitle(String folded, String previousFolded) {
        return TITLES.contains(folded)
                || folded.equals("general") && previousFolded != null && TITLES.contains(previousFolded);
    }
}
