package dev.parley.export;

/**
 * Protection against CSV (formula) injection: a spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and, in some, a tab or carriage return) as a formula, so a crafted event title such as
 * {@code =HYPERLINK(...)} could act when an analyst opens the export. Following OWASP's advice, such a cell gets a
 * leading apostrophe, which spreadsheets read as "this is text". A cell that starts with an apostrophe followed by a
 * guarded cell gets one too, so {@link #restore} undoes {@link #protect} exactly, for every string: the data survive a
 * round trip unchanged, and the cost is a visible apostrophe in the rare cell that starts with one of these
 * characters.
 */
public final class FormulaGuard {
    private static final char MARK = '\'';

    private FormulaGuard() {}

    /** The cell as written to the CSV file: with a leading apostrophe when a spreadsheet could run it. */
    public static String protect(String cell) {
        return needsMark(cell) ? MARK + cell : cell;
    }

    /** The original value of a cell read from the CSV file: the inverse of {@link #protect}. */
    public static String restore(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == MARK && needsMark(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** Whether the first character after any leading apostrophes is one a spreadsheet treats as a formula. */
    private static boolean needsMark(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == MARK) {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        return switch (cell.charAt(i)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
