package org.daicho.forms;

/**
 * How a {@link FormSheet} prints. Every sheet is A4, one page wide and as many pages tall as needed, with the
 * classification in its print header and footer; the layout chooses the rest.
 *
 * @param landscape A4 landscape (a wide table) or portrait (a sheet to sign, a report)
 * @param gridlines whether gridlines print (tables of records); a report prints only the borders of its cells
 * @param fullSize  false for a wide table shrunk to fit the page (the ledger, about 40 %): wide approval boxes, and
 *                  cells framed by the gridlines only; true for a form printed at about full size: approval boxes of
 *                  the usual 2 cm, the classification mark and the organisation only as wide as they need, and every
 *                  cell framed and centred on its line, as on a paper form
 */
public record FormLayout(boolean landscape, boolean gridlines, boolean fullSize) {

    /** A wide table of records: A4 landscape, gridlines, shrunk to one page wide (the ledger, the carry log). */
    public static final FormLayout LEDGER = new FormLayout(true, true, false);

    /** A form printed at about full size: A4 landscape, gridlines, framed cells. */
    public static final FormLayout FULL_SIZE = new FormLayout(true, true, true);

    /** The same on A4 portrait. */
    public FormLayout portrait() {
        return new FormLayout(false, gridlines, fullSize);
    }

    /** The same without printed gridlines: only the cells' own borders print. */
    public FormLayout withoutGridlines() {
        return new FormLayout(landscape, false, fullSize);
    }
}
