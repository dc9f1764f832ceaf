package org.daicho.service;

/** What an import wrote: staff added, staff changed, and rows that matched the register already. */
public record ImportResult(int created, int updated, int unchanged) {
}
