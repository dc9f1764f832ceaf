package org.daicho.domain;

/** 実施場所. Labels: {@code enum.DisposalPlace.NAME}. */
public enum DisposalPlace {
    /** 庁舎内: on the body's premises, where staff can watch (総務省: erasure in the office with staff present). */
    INSIDE,
    /** 庁舎外: at a contractor's site; the contractor's certificate is the evidence. */
    OUTSIDE
}
