package org.daicho.domain;

/** ネットワーク区分: the 三層分離 zones of Japanese public bodies (seed policy 2(9)–(11)). */
public enum NetworkZone {
    MY_NUMBER,
    LGWAN,
    INTERNET,
    STANDALONE
}
