package org.daicho.domain;

/** 所属: a section of the organisation. */
public record Section(Long id, String name, int sortOrder) {
}
