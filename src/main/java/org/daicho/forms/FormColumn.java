package org.daicho.forms;

/**
 * One column of a form's table: its header label and its width in half-width characters of the base font.
 * Widths are set explicitly because {@code autoSizeColumn} is slow on a streaming sheet (toolchain.md).
 */
public record FormColumn(String label, int width) {

    public FormColumn {
        if (width < 1 || width > 255) {
            throw new IllegalArgumentException("column width must be 1–255 characters: " + width);
        }
    }
}
