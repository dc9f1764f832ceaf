package org.daicho.domain;

/** 所有区分: bought outright or leased (a lease has an end date). */
public enum Ownership {
    PURCHASED,
    LEASED
}
