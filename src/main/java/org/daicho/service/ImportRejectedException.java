package org.daicho.service;

import org.daicho.domain.ValidationException;

/**
 * An import refused because rows are wrong: nothing was written. {@link #preview()} names every row and column;
 * as a {@link ValidationException} it still reads sensibly where only the field messages are shown.
 */
public final class ImportRejectedException extends ValidationException {

    private final transient ImportPreview preview;

    public ImportRejectedException(ImportPreview preview) {
        super(preview.errors().stream().map(StaffImportError::error).toList());
        this.preview = preview;
    }

    public ImportPreview preview() {
        return preview;
    }
}
