package org.daicho.service;

/**
 * The first システム管理者, asked for at first start together with the organisation: a staff member (職員番号,
 * 氏名, ふりがな, in the first section) and the account's user name and password.
 */
public record FirstAdministrator(String staffNo, String name, String kana, String userName, char[] password) {
}
